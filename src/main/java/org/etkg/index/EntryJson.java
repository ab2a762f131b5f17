package org.etkg.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.etkg.model.PlacedBy;


/**
 * An index entry as one JSON object (the value of {@code etkg:timelineEntry}): every field of
 * a {@link TimelineEntry} but its IRI (the triple's subject) and its reports (a view merges
 * those at read time, from the members' own entries). Absent fields are left out. Written and
 * read with Gson's streaming writer and reader (no tree in between: the index reads one for
 * every event a timeline shows).
 */
final class EntryJson {
    private EntryJson() {
    }

    static String encode(TimelineEntry e) {
        StringWriter text = new StringWriter(512);
        try (JsonWriter o = new JsonWriter(text)) {
            o.beginObject();
            put(o, "label", e.label());
            if (e.statement()) {
                o.name("statement").value(true);
            }
            put(o, "type", e.type());
            put(o, "asWritten", e.asWritten());
            put(o, "writtenYear", e.writtenYear());
            put(o, "writtenMonth", e.writtenMonth());
            put(o, "writtenDay", e.writtenDay());
            put(o, "date", e.date());
            put(o, "begin", e.begin());
            put(o, "end", e.end());
            put(o, "earliest", e.earliest());
            put(o, "latest", e.latest());
            if (!e.relations().isEmpty()) {
                o.name("relations").beginArray();
                for (TimelineEntry.Relation r : e.relations()) {
                    o.beginObject();
                    put(o, "kind", r.kind());
                    put(o, "other", r.other());
                    put(o, "otherLabel", r.otherLabel());
                    put(o, "minimumGap", r.minimumGap());
                    o.endObject();
                }
                o.endArray();
            }
            put(o, "resolvedBy", e.resolvedBy());
            put(o, "anchor", e.anchor());
            put(o, "placedBy", e.placedBy() == null ? null : e.placedBy().key());
            put(o, "placeIri", e.placeIri());
            put(o, "place", e.place());
            if (!e.participants().isEmpty()) {
                o.name("participants").beginArray();
                for (TimelineEntry.Participant p : e.participants()) {
                    o.beginObject();
                    put(o, "iri", p.iri());
                    put(o, "label", p.label());
                    put(o, "role", p.role());
                    o.endObject();
                }
                o.endArray();
            }
            put(o, "sourceIri", e.sourceIri());
            put(o, "source", e.source());
            put(o, "modality", e.modality());
            put(o, "text", e.text());
            put(o, "quote", e.quote());
            if (e.quoteStart() >= 0) {
                o.name("quoteStart").value(e.quoteStart());
            }
            put(o, "partOf", e.partOf());
            put(o, "partOfLabel", e.partOfLabel());
            put(o, "article", e.article());
            o.endObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return withoutShortEscapes(text.toString());
    }

    /**
     * The JSON with Gson's escapes of backspace and form feed written as six-character escapes (backslash, u,
     * four hex digits): both forms are JSON, but Jena's own JSON reader, which analysts use on the
     * store, refuses the short ones. Every backslash in the text begins an escape, so the
     * escapes are read pair by pair.
     */
    private static String withoutShortEscapes(String json) {
        if (json.indexOf("\\b") < 0 && json.indexOf("\\f") < 0) {
            return json;
        }
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            b.append(escaped == 'b' ? "\\u0008" : escaped == 'f' ? "\\u000c" : "\\" + escaped);
        }
        return b.toString();
    }

    /** The entry of the event {@code iri} from its JSON; a damaged value names the event. */
    static TimelineEntry decode(String iri, String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            TimelineEntryBuilder b = TimelineEntry.builder(iri);
            in.beginObject();
            while (in.hasNext()) {
                read(in.nextName(), in, b);
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("text after the object at " + in.getPath());
            }
            return b.build();
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a timeline entry of " + iri + ": " + e.getMessage(), e);
        }
    }

    private static void put(JsonWriter o, String name, Object v) throws IOException {
        if (v instanceof Integer n) {
            o.name(name).value(n.longValue());
        } else if (v != null) {
            o.name(name).value(v.toString());
        }
    }

    /** One member of the object into the builder, in whatever order the object has them. */
    private static void read(String name, JsonReader in, TimelineEntryBuilder b) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return;
        }
        switch (name) {
            case "label" -> b.label = in.nextString();
            case "statement" -> b.statement = in.nextBoolean();
            case "type" -> b.type = in.nextString();
            case "asWritten" -> b.asWritten = in.nextString();
            case "writtenYear" -> b.writtenYear = in.nextInt();
            case "writtenMonth" -> b.writtenMonth = in.nextInt();
            case "writtenDay" -> b.writtenDay = in.nextInt();
            case "date" -> b.date = day(in.nextString());
            case "begin" -> b.begin = day(in.nextString());
            case "end" -> b.end = day(in.nextString());
            case "earliest" -> b.earliest = day(in.nextString());
            case "latest" -> b.latest = day(in.nextString());
            case "relations" -> b.relations = relations(in);
            case "resolvedBy" -> b.resolvedBy = in.nextString();
            case "anchor" -> b.anchor = day(in.nextString());
            case "placedBy" -> b.placedBy = PlacedBy.ofKey(in.nextString());
            case "placeIri" -> b.placeIri = in.nextString();
            case "place" -> b.place = in.nextString();
            case "participants" -> b.participants = participants(in);
            case "sourceIri" -> b.sourceIri = in.nextString();
            case "source" -> b.source = in.nextString();
            case "modality" -> b.modality = in.nextString();
            case "text" -> b.text = in.nextString();
            case "quote" -> b.quote = in.nextString();
            case "quoteStart" -> b.quoteStart = in.nextInt();
            case "partOf" -> b.partOf = in.nextString();
            case "partOfLabel" -> b.partOfLabel = in.nextString();
            case "article" -> b.article = in.nextString();
            default -> in.skipValue(); // a field a later version adds
        }
    }

    private static List<TimelineEntry.Relation> relations(JsonReader in) throws IOException {
        List<TimelineEntry.Relation> relations = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String[] v = strings(in, "kind", "other", "otherLabel", "minimumGap");
            relations.add(new TimelineEntry.Relation(v[0], v[1], v[2], v[3]));
        }
        in.endArray();
        return relations;
    }

    private static List<TimelineEntry.Participant> participants(JsonReader in) throws IOException {
        List<TimelineEntry.Participant> participants = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String[] v = strings(in, "iri", "label", "role");
            participants.add(new TimelineEntry.Participant(v[0], v[1], v[2]));
        }
        in.endArray();
        return participants;
    }

    /** The named string members of one object, in the order asked (null when absent). */
    private static String[] strings(JsonReader in, String... names) throws IOException {
        String[] values = new String[names.length];
        in.beginObject();
        while (in.hasNext()) {
            int i = List.of(names).indexOf(in.nextName());
            if (i < 0 || in.peek() == JsonToken.NULL) {
                in.skipValue();
            } else {
                values[i] = in.nextString();
            }
        }
        in.endObject();
        return values;
    }

    private static LocalDate day(String d) {
        // "YYYY-MM-DD" read by hand: the ISO formatter costs more than the rest of an entry.
        if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
            return LocalDate.of(digits(d, 0, 4), digits(d, 5, 7), digits(d, 8, 10));
        }
        return LocalDate.parse(d);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
