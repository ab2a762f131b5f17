package org.etkg.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * An index entry as one JSON object (the value of {@code etkg:timelineEntry}): every field of
 * a {@link TimelineEntry} but its IRI (the triple's subject) and its reports (a view merges
 * those at read time, from the members' own entries). Absent fields are left out.
 */
final class EntryJson {
    private EntryJson() {
    }

    static String encode(TimelineEntry e) {
        JsonObject o = new JsonObject();
        put(o, "label", e.label());
        if (e.statement()) {
            o.put("statement", true);
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
            JsonArray a = new JsonArray();
            for (TimelineEntry.Relation r : e.relations()) {
                JsonObject x = new JsonObject();
                x.put("kind", r.kind());
                x.put("other", r.other());
                put(x, "otherLabel", r.otherLabel());
                put(x, "minimumGap", r.minimumGap());
                a.add(x);
            }
            o.put("relations", a);
        }
        put(o, "resolvedBy", e.resolvedBy());
        put(o, "anchor", e.anchor());
        put(o, "placedBy", e.placedBy());
        put(o, "placeIri", e.placeIri());
        put(o, "place", e.place());
        if (!e.participants().isEmpty()) {
            JsonArray a = new JsonArray();
            for (TimelineEntry.Participant p : e.participants()) {
                JsonObject x = new JsonObject();
                x.put("iri", p.iri());
                x.put("label", p.label());
                x.put("role", p.role());
                a.add(x);
            }
            o.put("participants", a);
        }
        put(o, "sourceIri", e.sourceIri());
        put(o, "source", e.source());
        put(o, "modality", e.modality());
        put(o, "text", e.text());
        put(o, "quote", e.quote());
        if (e.quoteStart() >= 0) {
            o.put("quoteStart", e.quoteStart());
        }
        put(o, "partOf", e.partOf());
        put(o, "partOfLabel", e.partOfLabel());
        put(o, "article", e.article());
        return JSON.toStringFlat(o);
    }

    static TimelineEntry decode(String iri, String json) {
        JsonObject o = JSON.parse(json);
        List<TimelineEntry.Relation> relations = new ArrayList<>();
        if (o.hasKey("relations")) {
            for (JsonValue v : o.get("relations").getAsArray()) {
                JsonObject x = v.getAsObject();
                relations.add(new TimelineEntry.Relation(str(x, "kind"), str(x, "other"), str(x, "otherLabel"), str(x, "minimumGap")));
            }
        }
        List<TimelineEntry.Participant> participants = new ArrayList<>();
        if (o.hasKey("participants")) {
            for (JsonValue v : o.get("participants").getAsArray()) {
                JsonObject x = v.getAsObject();
                participants.add(new TimelineEntry.Participant(str(x, "iri"), str(x, "label"), str(x, "role")));
            }
        }
        String article = str(o, "article");
        return new TimelineEntry(iri, str(o, "label"), o.hasKey("statement") && o.get("statement").getAsBoolean().value(),
                str(o, "type"), str(o, "asWritten"), num(o, "writtenYear"), num(o, "writtenMonth"), num(o, "writtenDay"),
                day(o, "date"), day(o, "begin"), day(o, "end"), day(o, "earliest"), day(o, "latest"), relations,
                str(o, "resolvedBy"), day(o, "anchor"), str(o, "placedBy"), str(o, "placeIri"), str(o, "place"), participants,
                str(o, "sourceIri"), str(o, "source"), str(o, "modality"), str(o, "text"), str(o, "quote"),
                o.hasKey("quoteStart") ? num(o, "quoteStart") : -1, str(o, "partOf"), str(o, "partOfLabel"), article,
                new TimelineEntry.Reports(List.of(iri), article == null ? List.of() : List.of(article), List.of(), List.of()));
    }

    private static void put(JsonObject o, String key, Object value) {
        if (value instanceof Integer i) {
            o.put(key, i.longValue());
        } else if (value != null) {
            o.put(key, value.toString());
        }
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null ? null : v.getAsString().value();
    }

    private static Integer num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null ? null : v.getAsNumber().value().intValue();
    }

    private static LocalDate day(JsonObject o, String key) {
        String s = str(o, key);
        return s == null ? null : LocalDate.parse(s);
    }
}
