package org.etkg.timeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etkg.index.TimelineEntry;


/**
 * The timeline's rows as JSON, with IRIs, for scripts and pages, through Gson's streaming
 * writer (which Jena brings): HTML-safe for what a page reads ('<', '>', '&', '=' and "'"
 * written as escapes), and row by row, so that a long timeline is never held as one text.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** The entries as one JSON array, for a page that inlines them. */
    public static String array(List<TimelineEntry> entries) {
        TextBuffer text = new TextBuffer(4096);
        try {
            com.google.gson.stream.JsonWriter o = htmlSafe(text);
            Rows rows = new Rows(true);
            o.beginArray();
            for (TimelineEntry e : entries) {
                rows.entry(e, o);
            }
            o.endArray().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes the rows of one response. An identity's spellings (with their articles and
     * headlines, a kilobyte or more for a person of many reports) are given with the first row
     * of the response that names the identity, and later rows name it by its IRI and label
     * alone: a person's whole timeline names the same few identities thousands of times, and
     * written in every row they were four fifths of the output (130 MB for 26,000 rows).
     */
    public static final class Rows {
        private final boolean htmlSafe;
        private final Set<String> spelled = new HashSet<>();
        private final Map<TimelineEntry.Lane, String> named = new IdentityHashMap<>();
        private final TextBuffer buffer = new TextBuffer(4096);

        /** Rows for a page that inlines or reads them (HTML-safe), or for a script. */
        public Rows(boolean htmlSafe) {
            this.htmlSafe = htmlSafe;
        }

        /** One entry as JSON text. */
        public String text(TimelineEntry e) {
            TextBuffer text = new TextBuffer(4096);
            into(e, text);
            return text.toString();
        }

        /**
         * One entry as JSON, into {@code out} in one piece: made in an unsynchronised buffer
         * first, as Gson writes a row in hundreds of small pieces, each a locked call on a
         * PrintWriter.
         */
        public void write(TimelineEntry e, Writer out) {
            buffer.builder().setLength(0);
            into(e, buffer);
            try {
                out.append(buffer.builder());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        private void into(TimelineEntry e, Writer text) {
            try {
                com.google.gson.stream.JsonWriter o = writer(text);
                entry(e, o);
                o.flush();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        private com.google.gson.stream.JsonWriter writer(Writer w) {
            return htmlSafe ? htmlSafe(w) : new com.google.gson.stream.JsonWriter(w);
        }

        /** One entry as JSON: its fields and, for a cluster, its members, each as its own article tells it. */
        void entry(TimelineEntry e, com.google.gson.stream.JsonWriter o) throws IOException {
            o.beginObject();
            row(e, o, this);
            if (!e.reports().members().isEmpty()) {
                o.name("members").beginArray();
                for (TimelineEntry m : e.reports().members()) {
                    o.beginObject();
                    row(m, o, this);
                    o.endObject();
                }
                o.endArray();
            }
            o.endObject();
        }

        /** The lane as JSON, with its spellings if no row before in this response gave them. */
        void lane(TimelineEntry.Lane lane, com.google.gson.stream.JsonWriter o) throws IOException {
            if (spelled.add(lane.iri())) {
                JsonWriter.lane(lane, true, o);
                return;
            }
            // Made once per lane and copied: the same few lanes are in thousands of rows.
            String text = named.get(lane);
            if (text == null) {
                TextBuffer w = new TextBuffer(256);
                com.google.gson.stream.JsonWriter one = writer(w);
                JsonWriter.lane(lane, false, one);
                one.flush();
                text = w.toString();
                named.put(lane, text);
            }
            o.jsonValue(text);
        }
    }

    /** Writes the entries as one JSON array, row by row: a long timeline is never held as one JSON text. */
    public static void write(List<TimelineEntry> entries, PrintWriter out) {
        RowWriter.writeAll(rows(out), entries);
    }

    /** The entries as they come, as one JSON array, one row to a line. */
    static RowWriter rows(PrintWriter out) {
        return new RowWriter() {
            private final Rows rows = new Rows(false);
            private boolean any;

            @Override
            public void start(Bounds bounds) {
                out.print("[");
            }

            @Override
            public void entry(TimelineEntry e) {
                out.print(any ? ",\n" : "\n");
                any = true;
                rows.write(e, out);
            }

            @Override
            public void finish() {
                out.println(any ? "\n]" : "]");
                out.flush();
            }
        };
    }

    private static com.google.gson.stream.JsonWriter htmlSafe(Writer w) {
        com.google.gson.stream.JsonWriter o = new com.google.gson.stream.JsonWriter(w);
        o.setHtmlSafe(true);
        return o;
    }

    /** One entry's fields, into its open object; a field whose value is null is left out, except those always there. */
    private static void row(TimelineEntry e, com.google.gson.stream.JsonWriter o, Rows rows) throws IOException {
        o.name("iri").value(e.iri());
        o.name("label").value(e.label());
        put(o, "kind", e.statement() ? "statement" : "event");
        put(o, "type", e.type());
        String resolved = DateDisplay.resolved(e);
        put(o, "displayDate", resolved.isEmpty() ? DateDisplay.summary(e) : resolved);
        put(o, "resolvedDate", resolved.isEmpty() ? null : resolved);
        put(o, "asWritten", e.asWritten());
        put(o, "date", e.date());
        put(o, "begin", e.begin());
        put(o, "end", e.end());
        put(o, "earliest", e.earliest());
        put(o, "latest", e.latest());
        put(o, "anchor", e.anchor());
        o.name("placedBy").value(e.placedBy() == null ? null : e.placedBy().key());
        o.name("relations").beginArray();
        for (TimelineEntry.Relation r : e.relations()) {
            o.value(DateDisplay.words(r));
        }
        o.endArray();
        put(o, "resolvedBy", e.resolvedBy());
        put(o, "place", e.place());
        put(o, "placeIri", e.placeIri());
        if (e.placeLane() != null) {
            rows.lane(e.placeLane(), o.name("placeLane"));
        }
        o.name("participants").beginArray();
        for (TimelineEntry.Participant p : e.participants()) {
            o.beginObject().name("iri").value(p.iri()).name("label").value(p.label()).name("role").value(p.role());
            if (p.lane() != null) {
                rows.lane(p.lane(), o.name("lane"));
            }
            o.endObject();
        }
        o.endArray();
        put(o, "source", e.source());
        put(o, "sourceIri", e.sourceIri());
        put(o, "modality", e.modality());
        put(o, "quote", e.quote());
        context(e.context(), o);
        put(o, "text", e.text());
        put(o, "partOf", e.partOf());
        put(o, "article", e.article());
        o.name("reports").value(e.reports().articles().size());
        strings(o, "sameAs", e.reports().sameAs());
        strings(o, "articles", e.reports().articles());
        strings(o, "differences", e.reports().differences());
    }

    /** The quote in its paragraph (offsets into the paragraph) and the article's headline, outlet and date. */
    private static void context(TimelineEntry.Context c, com.google.gson.stream.JsonWriter o) throws IOException {
        if (c == null) {
            return;
        }
        o.name("context").beginObject();
        put(o, "headline", c.headline());
        put(o, "outlet", c.outlet());
        put(o, "published", c.published());
        if (c.paragraph() != null) {
            put(o, "paragraph", c.paragraph());
            put(o, "sentenceStart", c.sentenceStart());
            put(o, "sentenceEnd", c.sentenceEnd());
            put(o, "quoteStart", c.quoteStart());
            put(o, "quoteEnd", c.quoteEnd());
        }
        o.endObject();
    }

    /** An identity: its representative, the label views name it by, and (if asked) every spelling with its article. */
    private static void lane(TimelineEntry.Lane lane, boolean withSpellings, com.google.gson.stream.JsonWriter o) throws IOException {
        o.beginObject().name("iri").value(lane.iri()).name("label").value(lane.label());
        if (withSpellings) {
            o.name("spellings").beginArray();
            for (TimelineEntry.Spelling s : lane.spellings()) {
                o.beginObject().name("iri").value(s.iri()).name("label").value(s.label());
                put(o, "article", s.article());
                put(o, "headline", s.headline());
                o.endObject();
            }
            o.endArray();
        }
        if (lane.point() != null) {
            // Where the place is, in decimal degrees (WGS 84), for the timeline's map.
            o.name("lat").value(lane.point().lat()).name("lon").value(lane.point().lon());
        }
        o.endObject();
    }

    /** A member left out when its value is null: numbers and booleans as such, anything else as its text. */
    private static void put(com.google.gson.stream.JsonWriter o, String name, Object v) throws IOException {
        if (v instanceof Number n) {
            o.name(name).value(n);
        } else if (v instanceof Boolean b) {
            o.name(name).value(b.booleanValue());
        } else if (v != null) {
            o.name(name).value(v.toString());
        }
    }

    private static void strings(com.google.gson.stream.JsonWriter o, String name, List<String> values) throws IOException {
        o.name(name).beginArray();
        for (String v : values) {
            o.value(v);
        }
        o.endArray();
    }
}
