package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT 2.0 event files load like any other dataset: plain or zipped, or are refused with file:line:column. */
class GdeltImportTest {
    static final Path SAMPLE = Path.of("src/test/resources/gdelt/20250416.export.CSV");

    @Test
    void eachRowBecomesAnEventWithItsCameoTypeDayActorsAndPlace(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), SAMPLE.toAbsolutePath().toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("datasets    1 (20250416-export)"), r::toString);
        Cli.Result rows = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                SELECT ?e ?code ?day ?wkt (COUNT(?role) AS ?actors) WHERE {
                  GRAPH <https://w3id.org/etkg/graph/dataset/20250416-export> {
                    ?e a sem:Event ; sem:eventType ?t ; sem:hasTimeStamp ?day ; sem:hasPlace ?p ; sem:hasActor ?role .
                    ?p geo:hasGeometry/geo:asWKT ?wkt }
                  GRAPH ?o { ?t skos:notation ?code }
                } GROUP BY ?e ?code ?day ?wkt ORDER BY ?e""");
        List<String> lines = rows.out().strip().lines().toList();
        assertEquals(5, lines.size(), rows::toString);
        assertEquals("https://w3id.org/etkg/gdelt/event/1232456701,042,2025-04-16,POINT(69.1833 34.5167),2", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("https://w3id.org/etkg/gdelt/event/1232456704,190,2025-04-16,")), rows::toString);
        Cli.Result valid = Cli.run("validate", "--store", store.toString());
        assertEquals(0, valid.exitCode(), valid::toString);
    }

    @Test
    void aZippedFileLoadsTheSameGraphWhateverLiesBesideIt(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("20250416.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("notes/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("notes/README.txt"));
            z.write("downloaded from the GDELT project\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("20250416.export.CSV"));
            z.write(Files.readAllBytes(SAMPLE));
            z.closeEntry();
        }
        Path plain = dir.resolve("plain");
        Path zipped = dir.resolve("zipped");
        assertEquals(0, Cli.run("load", "--no-resolve", "--store", plain.toString(), SAMPLE.toAbsolutePath().toString()).exitCode());
        assertEquals(0, Cli.run("load", "--no-resolve", "--store", zipped.toString(), zip.toString()).exitCode());
        DatasetGraph a = Cli.snapshot(plain);
        DatasetGraph b = Cli.snapshot(zipped);
        var name = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/etkg/graph/dataset/20250416-export");
        var ga = a.getGraph(name);
        var gb = b.getGraph(name);
        // The graphs differ only in the file they say they come from (its address and SHA-256) and the time of the load.
        for (var p : List.of(org.etkg.rdf.Vocab.Prov.wasDerivedFrom, org.etkg.rdf.Vocab.Prov.generatedAtTime, GdeltBatch.SHA256)) {
            ga.find(name, p, org.apache.jena.graph.Node.ANY).toList().forEach(ga::delete);
            gb.find(name, p, org.apache.jena.graph.Node.ANY).toList().forEach(gb::delete);
        }
        assertTrue(ga.size() > 40 && IsoMatcher.isomorphic(ga, gb), "plain and zipped give the same events");
    }

    @Test
    void aZipThatIsNoZipOrHoldsNoGdeltFileIsRefusedSayingSo(@TempDir Path dir) throws IOException {
        Path notZip = dir.resolve("20250416.export.CSV.zip");
        Files.copy(SAMPLE, notZip);
        Cli.Result r = Cli.run("load", "--store", dir.resolve("s").toString(), notZip.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(notZip + ": not a zip file"), r::toString);
        Path other = dir.resolve("20250417.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(other); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("a.txt", "b.txt")) {
                z.putNextEntry(new ZipEntry(name));
                z.closeEntry();
            }
        }
        Cli.Result none = Cli.run("load", "--store", dir.resolve("s").toString(), other.toString());
        assertEquals(1, none.exitCode(), none::toString);
        assertTrue(none.err().contains("holds no GDELT file (*.export.CSV); it holds a.txt, b.txt"), none::toString);
    }

    @Test
    void badRowsAreRefusedWithFileLineAndColumnAndTheStoreUnchanged(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), Cli.firstArticle().toString()).exitCode());
        DatasetGraph before = Cli.snapshot(store);
        List<String> rows = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        String[] good = rows.get(1).split("\t", -1);
        List<List<String>> cases = List.of(
                List.of(rows.get(1).substring(0, rows.get(1).lastIndexOf('\t')), ":2:1: a GDELT 2.0 event row has 61 tab-separated columns; this one has 60"),
                List.of(String.join("\t", java.util.Arrays.copyOf(good, 58)), ":2:1: a GDELT 2.0 event row has 61 tab-separated columns;"
                        + " this one has 58 (GDELT 1.0's daily files have 57 or 58"),
                List.of(with(good, 1, "2025-04-16"), ":2:12: SQLDATE '2025-04-16' is not a date YYYYMMDD"),
                List.of(with(good, 1, "20250231"), ":2:12: SQLDATE '20250231' is not a date YYYYMMDD"),
                List.of(with(good, 56, "north"), "ActionGeo_Lat 'north' is not a number"),
                List.of(with(good, 26, "0499"), "EventCode '0499' is not a CAMEO 1.1b3 code"));
        for (List<String> c : cases) {
            Path file = dir.resolve("bad.export.CSV");
            Files.writeString(file, rows.get(0) + "\n" + c.get(0) + "\n", StandardCharsets.UTF_8);
            Cli.Result r = Cli.run("load", "--store", store.toString(), file.toString());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().contains("bad.export.CSV") && r.err().contains(c.get(1)), r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
            assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store is as it was");
        }
        // The column of a field: one after the fields and tabs before it.
        String[] f = with(good, 56, "north").split("\t", -1);
        int column = 1;
        for (int i = 0; i < 56; i++) {
            column += f[i].length() + 1;
        }
        Path file = dir.resolve("bad.export.CSV");
        Files.writeString(file, String.join("\t", f) + "\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("load", "--store", store.toString(), file.toString());
        assertTrue(r.err().contains("bad.export.CSV:1:" + column + ": ActionGeo_Lat"), r::toString);
    }

    @Test
    void withSkipBadTheBadRowsAreListedAndTheOthersLoaded(@TempDir Path dir) throws IOException {
        List<String> rows = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        String[] good = rows.get(0).split("\t", -1);
        Path file = dir.resolve("mixed.export.CSV");
        Files.write(file, List.of(rows.get(0), with(good, 1, "16/04/2025"), rows.get(1), with(good, 26, "999")), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--skip-bad", "--store", store.toString(), file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("skipped     2 bad row(s):"), r::toString);
        assertTrue(r.out().contains("mixed.export.CSV:2:12: SQLDATE '16/04/2025'") && r.out().contains("mixed.export.CSV:4:"), r::toString);
        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/etkg/ontology#ImportedEvent> } }");
        assertEquals(List.of("n", "2"), count.out().strip().lines().toList(), count::toString);
    }

    private static String with(String[] fields, int column, String value) {
        String[] copy = fields.clone();
        copy[column] = value;
        return String.join("\t", copy);
    }
}
