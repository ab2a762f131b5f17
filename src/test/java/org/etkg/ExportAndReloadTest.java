package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports parse back to the store's content; reloading gives the same store. */
class ExportAndReloadTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig, TRIG", "nquads, NQUADS", "jsonld, JSONLD"})
    void datasetExportParsesBackIsomorphicToTheStore(String format, String langName) throws Exception {
        Path store = Cli.loadedStore(dir);
        Path file = dir.resolve("all." + format);
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", format, "-o", file.toString());
        assertEquals(0, r.exitCode(), r.toString());
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).lang(lang(langName)).parse(parsed);
        DatasetGraph inStore = Cli.snapshot(store);
        assertTrue(parsed.size() > 10, "named graphs exported: " + parsed.size());
        assertTrue(IsoMatcher.isomorphic(inStore, parsed), "export in " + format + " differs from the store");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"store.nq, NQUADS", "store.trig.gz, TRIG", "STORE.JSONLD, JSONLD"})
    void withoutFormatTheFileNameChoosesItAndGzGzips(String name, String langName) throws Exception {
        Path store = Cli.firstArticleStore(dir);
        Path file = dir.resolve(name);
        Cli.Result r = Cli.run("export", "--store", store.toString(), "-o", file.toString());
        assertEquals(0, r.exitCode(), r.toString());
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try (java.io.InputStream in = name.endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang(langName)).parse(parsed);
        }
        assertTrue(IsoMatcher.isomorphic(Cli.snapshot(store), parsed), name + " holds the store in its own syntax");
        Cli.Result reload = Cli.run("load", "--store", dir.resolve("again").toString(), file.toString());
        assertEquals(0, reload.exitCode(), "load reads it back: " + reload);
    }

    @Test
    void turtleExportIsTheUnionOfAllGraphs() throws Exception {
        Path store = Cli.loadedStore(dir);
        Cli.Result r = Cli.run("export", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        Graph parsed = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        Graph union = Cli.snapshot(store).getUnionGraph();
        assertTrue(parsed.isIsomorphicWith(union), "Turtle export differs from the union graph");
    }

    @Test
    void oneGraphCanBeExported() throws Exception {
        Path store = Cli.loadedStore(dir);
        String iri = "https://w3id.org/etkg/graph/outside/shift-in-stance-taliban-ttp/wikidata";
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "turtle", "--graph", iri);
        assertEquals(0, r.exitCode(), r.err());
        Graph parsed = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        Graph expected = Cli.snapshot(store).getGraph(NodeFactory.createURI(iri));
        assertTrue(parsed.isIsomorphicWith(expected));
        assertTrue(r.out().contains("wd:Q5838"), "Kabul's Wikidata link, with the wd: prefix");
        Cli.Result byName = Cli.run("export", "--store", store.toString(), "--format", "turtle",
                "--graph", "outside/shift-in-stance-taliban-ttp/wikidata");
        assertEquals(r.out(), byName.out(), "a graph named as the store lists it, after <base>graph/");
    }

    @Test
    void unknownGraphIsAUsageErrorNamingTheGraphs() {
        Path store = Cli.loadedStore(dir);
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--graph", "https://example.org/nope");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no graph <https://example.org/nope>"), r.err());
        assertTrue(r.err().contains("graph/article/shift-in-stance-taliban-ttp"), r.err());
    }

    @Test
    void anExportThatDoesNotFitInTheHeapSaysWhatToDoInsteadOfAStackTrace() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path out = dir.resolve("all.jsonld");
        Path log = dir.resolve("export.log");
        // The demo store's JSON-LD needs about 48 MB of heap: 24 MB runs out in Jena's writer.
        int code = ChildEtkg.run(log, java.util.List.of("-Xmx24m"), "export", "--store", store.toString(), "--format", "jsonld",
                "-o", out.toString());
        String said = Files.readString(log);
        assertEquals(1, code, said);
        assertTrue(said.contains("etkg: out of memory: Java's heap (at most ") && said.contains("--format nquads"), said);
        assertFalse(said.contains("\tat ") || said.contains("internal error"), said);
        assertFalse(Files.exists(out), "a half-written export was left behind");
    }

    @Test
    void aQueryTableThatDoesNotFitInTheHeapSaysToStreamInstead() throws Exception {
        Path store = Cli.firstArticleStore(dir);
        Path log = dir.resolve("query.log");
        // Every pair of the store's triples: the table is laid out from all the rows before the first is shown.
        int code = ChildEtkg.run(log, java.util.List.of("-Xmx64m"), "query", "--store", store.toString(), "SELECT * { ?a ?b ?c . ?d ?e ?f }");
        String said = Files.readString(log);
        assertEquals(1, code, said);
        assertTrue(said.contains("etkg: out of memory: ") && said.contains("--format csv, tsv or json, which stream"), said);
        assertFalse(said.contains("export --format nquads"), "advice for another command: " + said);
    }

    @Test
    void aTrigDatasetWithNamedGraphsOfItsOwnIsFoldedIntoOneDatasetGraphWithNothingLeftOut() throws Exception {
        // Parsed into a graph, Jena keeps the default graph only: the named graphs' triples were once dropped with a warning.
        Path trig = dir.resolve("ours.trig");
        Files.writeString(trig, """
                @prefix ex: <https://example.org/> .
                ex:g1 { ex:a ex:p "1" . }
                ex:g2 { ex:b ex:p "2" . }
                ex:c ex:p "3" .
                """);
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--no-resolve", "--store", store.toString(), trig.toString());
        assertEquals(0, r.exitCode(), r.toString());
        DatasetGraph after = Cli.snapshot(store);
        Graph dataset = after.getGraph(NodeFactory.createURI("https://w3id.org/etkg/graph/dataset/ours"));
        Node p = NodeFactory.createURI("https://example.org/p");
        for (String s : new String[] {"a", "b", "c"}) {
            assertTrue(dataset.contains(NodeFactory.createURI("https://example.org/" + s), p, Node.ANY), s + " is in the dataset's graph");
        }
        assertFalse(after.containsGraph(NodeFactory.createURI("https://example.org/g1")), "the file's own graph names are not the store's");
    }

    @Test
    void aDatasetFileWithAnUpperCaseExtensionLoadsAsAnyOther() throws Exception {
        // PLACES.NT.GZ, as Windows tools write it, was once passed over without a word.
        Path folder = dir.resolve("datasets");
        Files.createDirectories(folder);
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(folder.resolve("PLACES.NT.GZ")))) {
            gz.write("<https://example.org/kabul> <https://example.org/p> \"1\" .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--no-resolve", "--store", store.toString(), folder.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("datasets    1 (PLACES)"), r.out());
        assertTrue(Cli.snapshot(store).getGraph(NodeFactory.createURI("https://w3id.org/etkg/graph/dataset/PLACES"))
                .contains(NodeFactory.createURI("https://example.org/kabul"), Node.ANY, Node.ANY));
    }

    @Test
    void reloadingTheSameArticleLeavesAnIsomorphicStore() {
        Path store = Cli.loadedStore(dir);
        DatasetGraph first = Cli.snapshot(store);
        Cli.Result again = Cli.run("load", "--store", store.toString(), Cli.data().toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(IsoMatcher.isomorphic(first, Cli.snapshot(store)), "reload changed the store");
    }

    @Test
    void reloadingAChangedArticleReplacesItsGraphs() throws Exception {
        Path copy = dir.resolve("data/article");
        Files.createDirectories(copy);
        Path original = Cli.data().resolve("shift-in-stance-taliban-ttp");
        for (String f : new String[] {"article.txt", "facts.yaml", "outside-facts.yaml"}) {
            Files.copy(original.resolve(f), copy.resolve(f));
        }
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), copy.toString()).exitCode());
        String facts = Files.readString(copy.resolve("facts.yaml"));
        Files.writeString(copy.resolve("facts.yaml"), facts.replace("label: Afghan Taliban\n", "label: The Afghan Taliban\n"));
        Files.delete(copy.resolve("outside-facts.yaml"));
        Cli.Result r = Cli.run("load", "--store", store.toString(), copy.toString());
        assertEquals(0, r.exitCode(), r.toString());

        DatasetGraph after = Cli.snapshot(store);
        Node taliban = NodeFactory.createURI("https://w3id.org/etkg/id/afghan-taliban");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        assertTrue(after.getUnionGraph().contains(taliban, label, NodeFactory.createLiteralLang("The Afghan Taliban", "en")));
        assertFalse(after.getUnionGraph().contains(taliban, label, NodeFactory.createLiteralLang("Afghan Taliban", "en")),
                "the old label is gone");
        after.listGraphNodes().forEachRemaining(g ->
                assertFalse(g.getURI().contains("/graph/outside/"), "outside graph left behind: " + g));
    }

    @Test
    void reloadingAnArticleLeavesAnArticleWhoseIdItBeginsUntouched() throws Exception {
        // "strikes" is the beginning of "strikes-2": a reload of the first once dropped the second's graphs.
        Path strikes = articleWithId(Cli.data().resolve("airstrikes-march-2024"), "strikes");
        Path strikes2 = articleWithId(Cli.data().resolve("airstrikes-march-2024"), "strikes-2");
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--no-resolve", "--store", store.toString(), strikes.toString(), strikes2.toString()).exitCode());
        DatasetGraph before = Cli.snapshot(store);

        Cli.Result r = Cli.run("load", "--no-resolve", "--store", store.toString(), strikes.toString());
        assertEquals(0, r.exitCode(), r.toString());

        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "reloading 'strikes' changed the store");
        assertTrue(Cli.snapshot(store).containsGraph(NodeFactory.createURI("https://w3id.org/etkg/graph/article/strikes-2")));
    }

    /** A copy of an article folder under another article id. */
    private Path articleWithId(Path original, String id) throws Exception {
        Path copy = dir.resolve("data/" + id);
        Files.createDirectories(copy);
        String oldId = original.getFileName().toString();
        try (var files = Files.list(original)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String text = Files.readString(f);
                Files.writeString(copy.resolve(f.getFileName()), f.getFileName().toString().endsWith(".yaml") ? text.replace(oldId, id) : text);
            }
        }
        return copy;
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
    }
}
