package org.etkg.resolve;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.export.Csv;

/** The disagreements as a table to read, CSV (one row per side) or JSON (one object per attribute). */
public final class ConflictsWriter {
    public enum Format {
        TABLE, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ConflictsWriter() {
    }

    public static void write(List<Conflicts.Conflict> conflicts, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(conflicts, out);
            case CSV -> csv(conflicts, out);
            case JSON -> out.println(json(conflicts));
        }
        out.flush();
    }

    static JsonArray json(List<Conflicts.Conflict> conflicts) {
        JsonArray all = new JsonArray();
        for (Conflicts.Conflict c : conflicts) {
            JsonObject o = new JsonObject();
            o.put("subject", c.subject());
            o.put("label", c.label());
            o.put("status", c.status());
            o.put("attribute", c.attribute());
            JsonArray sides = new JsonArray();
            for (Conflicts.Side s : c.sides()) {
                JsonObject side = new JsonObject();
                side.put("value", s.value());
                side.put("iri", s.iri());
                side.put("article", s.article());
                if (s.quote() != null) {
                    side.put("quote", s.quote());
                }
                sides.add(side);
            }
            o.put("sides", sides);
            all.add(o);
        }
        return all;
    }

    private static void csv(List<Conflicts.Conflict> conflicts, PrintWriter out) {
        CSVPrinter csv = Csv.printer(out, List.of("subject", "label", "status", "attribute", "value", "iri", "article", "quote"));
        for (Conflicts.Conflict c : conflicts) {
            for (Conflicts.Side s : c.sides()) {
                Csv.record(csv, Arrays.asList(c.subject(), c.label(), c.status(), c.attribute(), s.value(), s.iri(), s.article(),
                        s.quote()));
            }
        }
        Csv.flush(csv);
    }

    private static void table(List<Conflicts.Conflict> conflicts, PrintWriter out) {
        if (conflicts.isEmpty()) {
            out.println("The reports agree: no cluster or reviewed pair has two values for one attribute.");
            return;
        }
        String last = null;
        for (Conflicts.Conflict c : conflicts) {
            String head = c.label() + (c.status().equals("review") ? "  (kept apart, for review)" : "  (the same, " + c.sides().size() + " reports)");
            if (!head.equals(last)) {
                if (last != null) {
                    out.println();
                }
                out.println(head);
                last = head;
            }
            out.println("  " + c.attribute() + ":");
            for (Conflicts.Side s : c.sides()) {
                String article = s.article() == null ? "" : s.article().substring(s.article().lastIndexOf('/') + 1);
                out.printf("    %-28s per %s%s%n", s.value(), article, s.quote() == null ? "" : "  “" + s.quote() + "”");
            }
        }
        out.println();
        out.printf("%d disagreement(s).%n", conflicts.size());
    }
}
