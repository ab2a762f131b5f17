package org.etkg.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.IoProblem;
import org.etkg.export.Csv;
import org.etkg.model.DataError;
import org.etkg.model.Location;

/**
 * Candidates for people to review: a CSV with an empty decision column to fill in
 * (accept or reject) and read back by {@code etkg link --apply}, and the W3C
 * Reconciliation API's candidate shape (id, name, score, match, features) as JSON.
 */
public final class CandidateFiles {
    public static final List<String> COLUMNS = List.of("our_iri", "our_label", "type", "target_iri", "target_label",
            "score", "status", "method", "decision");

    private CandidateFiles() {
    }

    public static void writeCsv(List<Candidate> candidates, Writer w) {
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            rows.add(List.of(c.ours().iri(), c.ours().label(), c.ours().kind().key(), c.target().iri(),
                    c.target().label(), String.format(Locale.ROOT, "%.3f", c.score()), c.status().key(), c.method(), ""));
        }
        writeRows(rows, w);
    }

    /** Rows of the {@link #COLUMNS}, with the header: the file an analyst reviews and --apply reads back. */
    public static void writeRows(List<List<String>> rows, Writer w) {
        CSVPrinter csv = Csv.printer(w, COLUMNS);
        rows.forEach(cells -> Csv.record(csv, cells));
        Csv.flush(csv);
    }

    /** Candidates per our entity, in the shape of the Reconciliation API's query responses. */
    public static JsonObject reconciliation(List<Candidate> candidates) {
        Map<String, JsonArray> byEntity = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            JsonObject o = new JsonObject();
            o.put("id", c.target().iri());
            o.put("name", c.target().label());
            o.put("score", JsonNumber.value(Math.round(c.score() * 1000) / 10.0));
            o.put("match", c.status() == Candidate.Status.ACCEPTED);
            if (c.target().description() != null) {
                o.put("description", c.target().description());
            }
            JsonArray type = new JsonArray();
            JsonObject t = new JsonObject();
            t.put("id", c.target().kind().key());
            t.put("name", c.target().kind().key());
            type.add(t);
            o.put("type", type);
            JsonArray features = new JsonArray();
            features.add(feature("name_similarity", c.labelScore()));
            features.add(feature("country", c.context().stream().anyMatch(s -> s.startsWith("country agrees") || s.startsWith("both are countries")) ? 1
                    : c.context().stream().anyMatch(s -> s.startsWith("country differs")) ? -1 : 0));
            features.add(feature("post", c.context().stream().anyMatch(s -> s.startsWith("post agrees")) ? 1
                    : c.context().stream().anyMatch(s -> s.startsWith("post differs")) ? -1 : 0));
            o.put("features", features);
            byEntity.computeIfAbsent(c.ours().iri(), k -> new JsonArray()).add(o);
        }
        JsonObject root = new JsonObject();
        byEntity.forEach((iri, results) -> {
            JsonObject r = new JsonObject();
            r.put("result", results);
            root.put(iri, r);
        });
        return root;
    }

    private static JsonObject feature(String id, double value) {
        JsonObject f = new JsonObject();
        f.put("id", id);
        f.put("value", JsonNumber.value(value));
        return f;
    }

    /** An analyst's decision on one pair, with the line it was read from. */
    public record Decision(String ours, String target, boolean accept, Location location) {
    }

    /**
     * Reads the rows of a reviewed CSV whose decision column says accept or reject. The file
     * may come back from a spreadsheet: with a byte-order mark (Excel's "CSV UTF-8"), with
     * every cell quoted, with CRLF line ends, with ';' or tabs between cells (the separator of
     * a European locale), or with a label that spans lines.
     */
    public static List<Decision> readDecisions(Path csv) {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DataError(Location.of(csv.toString()), "is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new DataError(Location.of(csv.toString()), "cannot read: " + IoProblem.describe(e, csv));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DataError(new Location(csv.toString(), 1, 1), "the file is empty");
        }
        Lines lines = new Lines(text);
        char delimiter = delimiter(lines.text(1));
        List<Decision> out = new ArrayList<>();
        Map<String, Decision> byPair = new java.util.HashMap<>();
        long[] at = {0};
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get())) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList();
            int ours = header.indexOf("our_iri");
            int target = header.indexOf("target_iri");
            int decision = header.indexOf("decision");
            if (ours < 0 || target < 0 || decision < 0) {
                throw new DataError(new Location(csv.toString(), 1, 1),
                        "the header needs the columns our_iri, target_iri and decision (as etkg link writes them), separated by "
                                + "commas, semicolons or tabs; it has: " + String.join(", ", header));
            }
            while (true) {
                // Where the next record starts, for a quoted cell that never ends: reading it fails.
                at[0] = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                int line = lines.lineAt(record.getCharacterPosition());
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Location decisionAt = new Location(csv.toString(), line, column(lines.text(line), decision, delimiter));
                String d = decision < cells.size() ? cells.get(decision).trim().toLowerCase(Locale.ROOT) : "";
                Boolean accept = switch (d) {
                    case "" -> null;
                    case "accept", "accepted", "yes", "y", "same" -> true;
                    case "reject", "rejected", "no", "n", "different" -> false;
                    default -> throw new DataError(decisionAt,
                            "decision must be accept or reject (or empty to leave it open), not '" + d + "'");
                };
                if (accept != null) {
                    if (ours >= cells.size() || target >= cells.size()) {
                        throw new DataError(new Location(csv.toString(), line, 1), "row has too few columns");
                    }
                    Decision decided = new Decision(cells.get(ours).trim(), cells.get(target).trim(), accept,
                            new Location(csv.toString(), line, 1));
                    String pair = decided.ours().compareTo(decided.target()) < 0
                            ? decided.ours() + " " + decided.target() : decided.target() + " " + decided.ours();
                    Decision earlier = byPair.putIfAbsent(pair, decided);
                    if (earlier != null && earlier.accept() != decided.accept()) {
                        throw new DataError(decisionAt, "this row " + (accept ? "accepts" : "rejects") + " the pair that line "
                                + earlier.location().line() + " " + (earlier.accept() ? "accepts" : "rejects")
                                + "; keep one decision per pair");
                    }
                    out.add(decided);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Commons CSV's only complaint about text it reads is a quoted cell that never ends.
            int line = (int) Math.max(1, at[0]);
            throw new DataError(new Location(csv.toString(), line, 1), "a quoted cell that starts on this line never ends");
        }
        return out;
    }

    /** The separator of a header line: the one of comma, semicolon and tab that it has most of. */
    private static char delimiter(String header) {
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    /** A text's lines, to name the line a record starts on. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        /** The 1-based line of a record that starts at this character position (which may be before the empty lines it skipped). */
        int lineAt(long position) {
            int i = java.util.Collections.binarySearch(starts, (int) position);
            int line = (i >= 0 ? i : -i - 2) + 1;
            while (line < starts.size() && text(line).isBlank()) {
                line++;
            }
            return line;
        }

        /** Line {@code n} (1-based), without its line end. */
        String text(int n) {
            int from = starts.get(n - 1);
            int to = n < starts.size() ? starts.get(n) : text.length();
            return text.substring(from, to).replaceFirst("\r?\n$", "");
        }
    }

    private static int column(String line, int cellIndex, char delimiter) {
        int cell = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            if (cell == cellIndex) {
                return i + 1;
            }
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cell++;
            }
        }
        return line.length() + 1;
    }
}
