package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT's mentions files: each mention of an event the store holds is a report of it (its URL,
 * outlet and time), found from the event; a mention of an event the store does not hold is passed
 * over and counted; a bad row is refused at its line and column with the store as it was; a file
 * loaded already is passed over. The fixture: docs-examples/mentions, six event rows (1232456701,
 * 1232456801 and 1232456802 one visit to Kabul) and eight mentions, one of an event not in the file.
 */
class GdeltMentionsTest {
    static final Path FIXTURE = Path.of("src/test/resources/docs-examples/mentions");
    static final Path EVENTS = FIXTURE.resolve("20250416000000.export.CSV");
    static final Path MENTIONS = FIXTURE.resolve("20250416000000.mentions.CSV");

    private static Cli.Result load(Path store, String... args) {
        List<String> all = new ArrayList<>(List.of("load", "--no-resolve", "--store", store.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The reports of one event as "time outlet url-or-citation", in order of time. */
    private static List<String> reports(Path store, String eventId) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX schema: <http://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?line WHERE {
                  <https://w3id.org/etkg/gdelt/event/%s> sem:accordingTo ?r .
                  ?r schema:datePublished ?t ; schema:publisher/rdfs:label ?outlet .
                  OPTIONAL { ?r schema:url ?url } OPTIONAL { ?r schema:identifier ?cited }
                  BIND(CONCAT(STR(?t), " ", STR(?outlet), " ", COALESCE(STR(?url), ?cited)) AS ?line)
                } ORDER BY ?line""".formatted(eventId));
        assertEquals(0, r.exitCode(), r::toString);
        // One column of CSV: a value with a comma comes quoted.
        List<String> lines = r.out().strip().lines()
                .map(l -> l.startsWith("\"") ? l.substring(1, l.length() - 1).replace("\"\"", "\"") : l).toList();
        return lines.subList(1, lines.size());
    }

    private static String quadCount(Path store) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return r.out().strip();
    }

    @Test
    void eachMentionIsAReportOfItsEventWithItsUrlOutletAndTime(@TempDir Path dir) throws IOException {
        // Zipped mentions beside plain events, as GDELT publishes them, in one folder.
        Path folder = Files.createDirectories(dir.resolve("gdelt"));
        Files.copy(EVENTS, folder.resolve(EVENTS.getFileName()));
        zip(MENTIONS, folder.resolve(MENTIONS.getFileName() + ".zip"));
        Path store = dir.resolve("store");
        Cli.Result r = load(store, folder.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("datasets    2 (20250416000000-export, 20250416000000-mentions)"), r::toString);
        assertTrue(r.out().contains("mentions    8 read, 7 kept, 1 passed over (their event is not in the store)"), r::toString);

        assertEquals(List.of(
                "2025-04-16T08:15:00Z kabul-times.example https://kabul-times.example/2025/04/16/pakistani-delegation-arrives",
                "2025-04-16T12:00:00Z BBC Monitoring BBC Monitoring South Asia, 16 April 2025"), reports(store, "1232456701"));
        // One article that mentions two rows is one report of both.
        assertEquals(List.of(
                "2025-04-16T08:15:00Z kabul-times.example https://kabul-times.example/2025/04/16/pakistani-delegation-arrives",
                "2025-04-16T09:30:00Z frontier-post.example https://frontier-post.example/news/2025-04-16/afghan-hosts"),
                reports(store, "1232456801"));
        assertEquals(List.of("2025-04-16T13:45:00Z frontier-post.example https://frontier-post.example/news/2025-04-16/clashes-kabul"),
                reports(store, "1232456704"));

        // The named query shows the visit to Kabul once, with the reports of all three of its rows.
        Cli.Result q = Cli.run("query", "--store", store.toString(), "--format", "csv", "gdelt-event-reports");
        assertEquals(0, q.exitCode(), q::toString);
        List<String> kabul = q.out().lines().filter(l -> l.contains("/event/1232456701,")).toList();
        assertEquals(4, kabul.size(), q::toString);
        assertTrue(kabul.stream().anyMatch(l -> l.contains("https://islamabad-daily.example/world/kabul-talks?id=88")), q::toString);
        assertFalse(q.out().contains("/event/1232456801,") || q.out().contains("/event/1232456802,"), "rows of the cluster shown once: " + q);

        Cli.Result valid = Cli.run("validate", "--store", store.toString());
        assertEquals(0, valid.exitCode(), valid::toString);
    }

    @Test
    void mentionsOfEventsNotInTheStoreArePassedOverAndCounted(@TempDir Path dir) {
        Path alone = dir.resolve("alone");
        Cli.Result r = load(alone, MENTIONS.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("mentions    8 read, 0 kept, 8 passed over"), r::toString);
        assertEquals(List.of(), reports(alone, "1232456701"));

        // A filter leaves out events, and with them their mentions: only the clash (190) is kept.
        Path filtered = dir.resolve("filtered");
        r = load(filtered, "--gdelt-code", "19", FIXTURE.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("rows        6 read, 1 kept, 5 refused by the filter"), r::toString);
        assertTrue(r.out().contains("mentions    8 read, 1 kept, 7 passed over"), r::toString);
        assertEquals(List.of("2025-04-16T13:45:00Z frontier-post.example https://frontier-post.example/news/2025-04-16/clashes-kabul"),
                reports(filtered, "1232456704"));
        assertEquals(List.of(), reports(filtered, "1232456701"));

        // Given before the events, the mentions still find them: a load reads its event files first.
        Path reversed = dir.resolve("reversed");
        r = load(reversed, MENTIONS.toString(), EVENTS.toString());
        assertTrue(r.out().contains("mentions    8 read, 7 kept, 1 passed over"), r::toString);

        // Events loaded by an earlier run are in the store: a later run's mentions of them are kept.
        Path later = dir.resolve("later");
        assertEquals(0, load(later, EVENTS.toString()).exitCode());
        r = load(later, MENTIONS.toString());
        assertTrue(r.out().contains("mentions    8 read, 7 kept, 1 passed over"), r::toString);
    }

    @Test
    void aBadMentionsRowIsRefusedAtItsLineAndColumnAndTheStoreIsAsItWas(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, load(store, EVENTS.toString()).exitCode());
        String before = quadCount(store);
        List<String> rows = Files.readAllLines(MENTIONS);
        String[][] bad = {
            // line 2: MentionTimeDate (column 27: after a 10-digit id and a 14-digit time)
            {"2", "2", "2025-04-16 08:15", ":2:27: MentionTimeDate '2025-04-16 08:15' is not a time YYYYMMDDHHMMSS"},
            {"3", "5", "https://frontier-post.example/news/a b", ":3:"},
            {"1", "3", "web", ":1:42: MentionType 'web' is not one of GDELT's 1-6"},
        };
        for (String[] b : bad) {
            List<String> changed = new ArrayList<>(rows);
            int line = Integer.parseInt(b[0]) - 1;
            String[] f = changed.get(line).split("\t", -1);
            f[Integer.parseInt(b[1])] = b[2];
            changed.set(line, String.join("\t", f));
            Path file = dir.resolve("20250416000000.mentions.CSV");
            Files.write(file, changed);
            Cli.Result r = load(store, file.toString());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().contains(file + b[3]), "file:line:column and what is wrong: " + r);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r);
            assertEquals(before, quadCount(store), "the store as it was");
            assertEquals(List.of(), reports(store, "1232456701"));
        }
        Path file = dir.resolve("short.mentions.CSV");
        Files.write(file, List.of(rows.get(0), rows.get(1).substring(0, rows.get(1).lastIndexOf('\t'))));
        Cli.Result r = load(store, file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file + ":2:1: a GDELT 2.0 mentions row has 16 tab-separated columns; this one has 15"), r::toString);
        assertEquals(before, quadCount(store));

        // With --skip-bad the bad row is listed and the others are loaded.
        r = load(store, "--skip-bad", dir.resolve("20250416000000.mentions.CSV").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("skipped     1 bad row(s):"), r::toString);
        assertTrue(r.out().contains("mentions    8 read, 6 kept, 1 passed over"), r::toString);
    }

    @Test
    void aSecondLoadOfTheSameMentionsFilePassesOverIt(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertEquals(0, load(store, FIXTURE.toString()).exitCode());
        String before = quadCount(store);
        Cli.Result again = load(store, FIXTURE.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("passed over 2 file(s) already loaded with the same content (20250416000000.export.CSV, "
                + "20250416000000.mentions.CSV)"), again::toString);
        assertFalse(again.out().contains("mentions    "), "no mentions read: " + again);
        assertEquals(before, quadCount(store));
        assertEquals(2, reports(store, "1232456701").size());
    }

    @Test
    void mentionsLoadWithGdeltFilesAloneNotWithArticles(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Cli.Result r = load(store, Cli.firstArticle().toString(), MENTIONS.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("GDELT mentions files load with GDELT files alone"), r::toString);
        assertFalse(Files.exists(store), "no store for a refused load");
    }

    /** The ids the mentions are looked up in hold every id added, and no other, as the set grows. */
    @Test
    void theEventIdsHoldWhatIsAdded() {
        GdeltEventIds ids = new GdeltEventIds();
        for (long id = 0; id < 200_000; id += 2) {
            ids.add(1_232_456_700L + id);
        }
        assertEquals(100_000, ids.size());
        for (long id = 0; id < 200_000; id++) {
            assertEquals(id % 2 == 0, ids.contains(1_232_456_700L + id), "id " + id);
        }
        assertFalse(ids.contains(-1));
    }

    private static void zip(Path file, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(file.getFileName().toString()));
            z.write(Files.readAllBytes(file));
            z.closeEntry();
        }
    }
}
