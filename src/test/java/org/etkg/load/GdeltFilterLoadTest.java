package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * etkg load's GDELT filters, each and together, and a folder of GDELT files: a bad file in the
 * middle, and a second run that passes over what is loaded. The sample's four rows: three 042
 * visits (Kabul 16 April, Islamabad 16 April, Kabul 25 April) and a 190 in Kabul on 16 April,
 * all PAK acting on AFG.
 */
class GdeltFilterLoadTest {
    static final Path SAMPLE = GdeltImportTest.SAMPLE;

    private static Cli.Result load(Path store, Path file, String... filter) {
        List<String> args = new ArrayList<>(List.of("load", "--no-resolve", "--store", store.toString()));
        args.addAll(List.of(filter));
        args.add(file.toAbsolutePath().toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertKept(String rows, Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("rows        " + rows), "expected rows " + rows + " in " + r);
    }

    @Test
    void eachFilterKeepsItsRows(@TempDir Path dir) {
        assertKept("4 read, 4 kept, 0 refused by the filter", load(dir.resolve("a"), SAMPLE, "--gdelt-country", "AFG"));
        assertKept("4 read, 0 kept, 4 refused by the filter", load(dir.resolve("b"), SAMPLE, "--gdelt-country", "CHE,NER"));
        assertKept("4 read, 1 kept, 3 refused by the filter", load(dir.resolve("c"), SAMPLE, "--gdelt-code", "19"));
        assertKept("4 read, 3 kept, 1 refused by the filter", load(dir.resolve("d"), SAMPLE, "--gdelt-code", "042"));
        assertKept("4 read, 1 kept, 3 refused by the filter", load(dir.resolve("e"), SAMPLE, "--gdelt-from", "2025-04-20"));
        assertKept("4 read, 3 kept, 1 refused by the filter", load(dir.resolve("f"), SAMPLE, "--gdelt-to", "2025-04-16"));
        assertKept("4 read, 3 kept, 1 refused by the filter", load(dir.resolve("g"), SAMPLE, "--gdelt-bbox", "69,34,70,35"));
    }

    @Test
    void filtersTogetherKeepTheRowsAllOfThemKeep(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertKept("4 read, 1 kept, 3 refused by the filter", load(store, SAMPLE, "--gdelt-code", "04", "--gdelt-bbox", "69,34,70,35",
                "--gdelt-to", "2025-04-20", "--gdelt-country", "PAK"));
        Cli.Result events = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                SELECT ?e WHERE { GRAPH ?g { ?e a sem:Event } }""");
        assertEquals(List.of("e", "https://w3id.org/etkg/gdelt/event/1232456701"), events.out().strip().lines().toList(), events::toString);
    }

    /** The action place's country is FIPS: Switzerland is SZ, and FIPS CH (China) is not Switzerland. */
    @Test
    void theActionPlacesCountryIsReadAsFips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.export.CSV");
        List<String> rows = new ArrayList<>();
        rows.add(row(0, 1, f -> { f[7] = ""; f[17] = ""; f[53] = "SZ"; }));
        rows.add(row(0, 2, f -> { f[7] = ""; f[17] = ""; f[53] = "CH"; }));
        rows.add(row(0, 3, f -> { f[7] = ""; f[17] = ""; f[53] = "NG"; }));
        Files.write(file, rows);
        assertKept("3 read, 1 kept, 2 refused by the filter", load(dir.resolve("che"), file, "--gdelt-country", "CHE"));
        assertKept("3 read, 1 kept, 2 refused by the filter", load(dir.resolve("chn"), file, "--gdelt-country", "CN"));
        assertKept("3 read, 0 kept, 3 refused by the filter", load(dir.resolve("nga"), file, "--gdelt-country", "NGA"));
        assertKept("3 read, 1 kept, 2 refused by the filter", load(dir.resolve("ner"), file, "--gdelt-country", "NER"));
    }

    @Test
    void badFilterValuesAreRefusedSayingWhatIsWrongAndCreateNoStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        String[][] bad = {
            {"--gdelt-country", "AFG,XYZ", "--gdelt-country: 'XYZ' is not an ISO 3166-1 country code"},
            {"--gdelt-country", "AFG,,PAK", "has an empty item"},
            {"--gdelt-code", "4", "--gdelt-code: '4' is not a CAMEO code or root"},
            {"--gdelt-from", "16/04/2025", "--gdelt-from: '16/04/2025' is not a day YYYY-MM-DD"},
            {"--gdelt-bbox", "69,34,70", "--gdelt-bbox: '69,34,70' is not minLon,minLat,maxLon,maxLat"},
            {"--gdelt-bbox", "69,95,70,35", "latitudes within ±90"},
        };
        for (String[] b : bad) {
            Cli.Result r = load(store, SAMPLE, b[0], b[1]);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(b[2]), r::toString);
            assertFalse(r.err().contains("Exception"), r::toString);
            assertFalse(Files.exists(store), "no store for a refused load");
        }
        Cli.Result r = Cli.run("load", "--store", store.toString(), "--gdelt-from", "2025-05-01", "--gdelt-to", "2025-04-01", SAMPLE.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--gdelt-to 2025-04-01 is before --gdelt-from 2025-05-01"), r::toString);
    }

    @Test
    void aFolderLoadsFileByFileABadOneIsNamedAndASecondRunPassesOverTheLoaded(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("gdelt");
        Files.createDirectories(folder);
        Files.write(folder.resolve("20250416000000.export.CSV"), List.of(row(0, 10, f -> { }), row(1, 11, f -> { })));
        // The middle file: its second row's date is not a date.
        Files.write(folder.resolve("20250416001500.export.CSV"), List.of(row(0, 20, f -> { }), row(1, 21, f -> f[1] = "2025-04-16")));
        zip(folder.resolve("20250416003000.export.CSV.zip"), List.of(row(2, 30, f -> { }), row(3, 31, f -> { })));
        Path store = dir.resolve("store");
        Cli.Result first = Cli.run("load", "--no-resolve", "--store", store.toString(), folder.toString());
        assertEquals(1, first.exitCode(), first::toString);
        assertTrue(first.err().contains("1 file(s) failed"), first::toString);
        assertTrue(first.err().contains("20250416001500.export.CSV:2:"), "the failing file, line and column: " + first);
        assertTrue(first.out().contains("datasets    2 (20250416000000-export, 20250416003000-export)"), first::toString);
        assertEquals(List.of("10", "11", "30", "31"), eventIds(store), "the store holds the others and nothing of the bad one");

        Cli.Result second = Cli.run("load", "--no-resolve", "--store", store.toString(), folder.toString());
        assertEquals(1, second.exitCode(), second::toString);
        assertTrue(second.out().contains("passed over 2 file(s) already loaded with the same content"), second::toString);
        assertTrue(second.out().contains("rows        0 read, 0 kept, 0 refused"), "rows of loaded files only: " + second);
        assertTrue(second.err().contains("20250416001500.export.CSV:2:"), second::toString);

        Files.write(folder.resolve("20250416001500.export.CSV"), List.of(row(0, 20, f -> { }), row(1, 21, f -> { })));
        Cli.Result third = Cli.run("load", "--no-resolve", "--store", store.toString(), folder.toString());
        assertEquals(0, third.exitCode(), third::toString);
        assertTrue(third.out().contains("datasets    1 (20250416001500-export)"), third::toString);
        assertEquals(List.of("10", "11", "20", "21", "30", "31"), eventIds(store));

        // The same files with another filter are read again: what they keep differs.
        Cli.Result filtered = Cli.run("load", "--no-resolve", "--store", store.toString(), "--gdelt-code", "19", folder.toString());
        assertEquals(0, filtered.exitCode(), filtered::toString);
        assertTrue(filtered.out().contains("datasets    3"), filtered::toString);
    }

    private static List<String> eventIds(Path store) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                SELECT ?id WHERE { GRAPH ?g { ?e a sem:Event } BIND(STRAFTER(STR(?e), "/gdelt/event/") AS ?id) } ORDER BY ?id""");
        List<String> lines = r.out().strip().lines().toList();
        return lines.subList(1, lines.size());
    }

    /** Line {@code index} of the sample with GLOBALEVENTID {@code id} and its fields changed by {@code change}. */
    private static String row(int index, long id, java.util.function.Consumer<String[]> change) {
        try {
            String[] f = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(index).split("\t", -1);
            f[0] = Long.toString(id);
            change.accept(f);
            return String.join("\t", f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void zip(Path zip, List<String> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(zip.getFileName().toString().replaceFirst("\\.zip$", "")));
            z.write((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
