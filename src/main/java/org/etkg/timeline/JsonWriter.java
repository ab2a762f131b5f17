package org.etkg.timeline;

import java.io.PrintWriter;
import java.util.List;

import org.etkg.index.JsonOut;
import org.etkg.index.TimelineEntry;

/** The timeline's rows as JSON, with IRIs, for scripts. */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** The entries as one JSON array, for a page that inlines them. */
    public static String array(List<TimelineEntry> entries) {
        JsonOut o = new JsonOut().beginArray();
        entries.forEach(e -> entry(e, o));
        return o.endArray().toString();
    }

    /** One entry as JSON text. */
    public static String text(TimelineEntry e) {
        return entry(e, new JsonOut()).toString();
    }

    /** One entry as JSON: its fields and, for a cluster, its members, each as its own article tells it. */
    private static JsonOut entry(TimelineEntry e, JsonOut o) {
        row(e, o.beginObject());
        if (!e.reports().members().isEmpty()) {
            o.key("members").beginArray();
            e.reports().members().forEach(m -> row(m, o.beginObject()).endObject());
            o.endArray();
        }
        return o.endObject();
    }

    /** One entry's fields, into its open object. */
    private static JsonOut row(TimelineEntry e, JsonOut o) {
        o.key("iri").value(e.iri());
        o.key("label").value(e.label());
        o.put("kind", e.statement() ? "statement" : "event");
        o.put("type", e.type());
        String resolved = DateDisplay.resolved(e);
        o.put("displayDate", resolved.isEmpty() ? DateDisplay.summary(e) : resolved);
        o.put("resolvedDate", resolved.isEmpty() ? null : resolved);
        o.put("asWritten", e.asWritten());
        o.put("date", e.date());
        o.put("begin", e.begin());
        o.put("end", e.end());
        o.put("earliest", e.earliest());
        o.put("latest", e.latest());
        o.put("anchor", e.anchor());
        o.key("placedBy").value(e.placedBy() == null ? null : e.placedBy().key());
        o.key("relations").beginArray();
        e.relations().forEach(r -> o.value(DateDisplay.words(r)));
        o.endArray();
        o.put("resolvedBy", e.resolvedBy());
        o.put("place", e.place());
        o.put("placeIri", e.placeIri());
        if (e.placeLane() != null) {
            lane(e.placeLane(), o.key("placeLane"));
        }
        o.key("participants").beginArray();
        for (TimelineEntry.Participant p : e.participants()) {
            o.beginObject().key("iri").value(p.iri()).key("label").value(p.label()).key("role").value(p.role());
            if (p.lane() != null) {
                lane(p.lane(), o.key("lane"));
            }
            o.endObject();
        }
        o.endArray();
        o.put("source", e.source());
        o.put("sourceIri", e.sourceIri());
        o.put("modality", e.modality());
        o.put("quote", e.quote());
        TimelineEntry.Context c = e.context();
        if (c != null) {
            o.key("context").beginObject();
            o.put("headline", c.headline());
            o.put("outlet", c.outlet());
            o.put("published", c.published());
            if (c.paragraph() != null) {
                o.put("paragraph", c.paragraph());
                o.put("sentenceStart", c.sentenceStart());
                o.put("sentenceEnd", c.sentenceEnd());
                o.put("quoteStart", c.quoteStart());
                o.put("quoteEnd", c.quoteEnd());
            }
            o.endObject();
        }
        o.put("text", e.text());
        o.put("partOf", e.partOf());
        o.put("article", e.article());
        o.key("reports").value(e.reports().articles().size());
        o.key("sameAs").beginArray();
        e.reports().sameAs().forEach(o::value);
        o.endArray();
        o.key("articles").beginArray();
        e.reports().articles().forEach(o::value);
        o.endArray();
        o.key("differences").beginArray();
        e.reports().differences().forEach(o::value);
        o.endArray();
        return o;
    }

    /** An identity: its representative, the label views name it by, and every spelling with its article. */
    private static void lane(TimelineEntry.Lane lane, JsonOut o) {
        o.beginObject().key("iri").value(lane.iri()).key("label").value(lane.label()).key("spellings").beginArray();
        for (TimelineEntry.Spelling s : lane.spellings()) {
            o.beginObject().key("iri").value(s.iri()).key("label").value(s.label());
            o.put("article", s.article());
            o.put("headline", s.headline());
            o.endObject();
        }
        o.endArray().endObject();
    }

    /** Writes the entries as one JSON array, row by row: a long timeline is never held as one JSON text. */
    public static void write(List<TimelineEntry> entries, PrintWriter out) {
        out.print("[");
        StringBuilder b = new StringBuilder(2048);
        for (int i = 0; i < entries.size(); i++) {
            out.print(i == 0 ? "\n" : ",\n");
            b.setLength(0);
            entry(entries.get(i), new JsonOut(b));
            out.append(b);
        }
        out.println(entries.isEmpty() ? "]" : "\n]");
        out.flush();
    }
}
