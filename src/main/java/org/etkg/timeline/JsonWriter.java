package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The timeline's rows as JSON, with IRIs, for scripts. */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static JsonArray toJson(List<TimelineEntry> entries) {
        JsonArray rows = new JsonArray();
        entries.forEach(e -> rows.add(entry(e)));
        return rows;
    }

    /** One entry as JSON: its fields and, for a cluster, its members, each as its own article tells it. */
    public static JsonObject entry(TimelineEntry e) {
        JsonObject o = row(e);
        if (!e.reports().members().isEmpty()) {
            JsonArray members = new JsonArray();
            e.reports().members().forEach(m -> members.add(row(m)));
            o.put("members", members);
        }
        return o;
    }

    /** One entry's fields; a cluster's row also lists its members, each as its own article tells it. */
    private static JsonObject row(TimelineEntry e) {
        {
            JsonObject o = new JsonObject();
            o.put("iri", e.iri());
            o.put("label", e.label());
            o.put("kind", e.statement() ? "statement" : "event");
            put(o, "type", e.type());
            put(o, "displayDate", DateDisplay.summary(e));
            put(o, "resolvedDate", DateDisplay.resolved(e).isEmpty() ? null : DateDisplay.resolved(e));
            put(o, "asWritten", e.asWritten());
            put(o, "date", e.date());
            put(o, "begin", e.begin());
            put(o, "end", e.end());
            put(o, "earliest", e.earliest());
            put(o, "latest", e.latest());
            put(o, "anchor", e.anchor());
            o.put("placedBy", e.placedBy());
            JsonArray relations = new JsonArray();
            e.relations().forEach(r -> relations.add(DateDisplay.words(r)));
            o.put("relations", relations);
            put(o, "resolvedBy", e.resolvedBy());
            put(o, "place", e.place());
            put(o, "placeIri", e.placeIri());
            JsonArray participants = new JsonArray();
            for (TimelineEntry.Participant p : e.participants()) {
                JsonObject po = new JsonObject();
                po.put("iri", p.iri());
                po.put("label", p.label());
                po.put("role", p.role());
                participants.add(po);
            }
            o.put("participants", participants);
            put(o, "source", e.source());
            put(o, "sourceIri", e.sourceIri());
            put(o, "modality", e.modality());
            put(o, "quote", e.quote());
            put(o, "text", e.text());
            put(o, "partOf", e.partOf());
            put(o, "article", e.article());
            o.put("reports", e.reports().articles().size());
            JsonArray sameAs = new JsonArray();
            e.reports().sameAs().forEach(sameAs::add);
            o.put("sameAs", sameAs);
            JsonArray articles = new JsonArray();
            e.reports().articles().forEach(articles::add);
            o.put("articles", articles);
            JsonArray differences = new JsonArray();
            e.reports().differences().forEach(differences::add);
            o.put("differences", differences);
            return o;
        }
    }

    /** Writes the entries as one JSON array, row by row: a long timeline is never held as one JSON tree. */
    public static void write(List<TimelineEntry> entries, PrintWriter out) {
        out.print("[");
        for (int i = 0; i < entries.size(); i++) {
            out.print(i == 0 ? "\n" : ",\n");
            out.print(JSON.toStringFlat(entry(entries.get(i))));
        }
        out.println(entries.isEmpty() ? "]" : "\n]");
        out.flush();
    }

    private static void put(JsonObject o, String key, Object value) {
        if (value instanceof LocalDate d) {
            o.put(key, d.toString());
        } else if (value != null) {
            o.put(key, value.toString());
        }
    }
}
