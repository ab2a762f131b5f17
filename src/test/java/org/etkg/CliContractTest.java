package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: help, version, exit codes, formats and messages. */
class CliContractTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"load", "query", "export", "validate"})
    void everyCommandHasHelpListingItsExitCodes(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Usage: etkg " + command), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("--store=DIR"), r.out());
    }

    @Test
    void everyCommandsDescriptionIsPrintedLineForLineAsWritten() {
        var commands = org.etkg.cli.EtkgCommand.commandLine().getSubcommands();
        assertTrue(commands.size() > 10, commands.keySet().toString());
        commands.forEach((name, command) -> {
            Cli.Result r = Cli.run(name, "--help");
            assertEquals(0, r.exitCode(), name);
            List<String> lines = r.out().lines().map(String::strip).toList();
            for (String written : command.getCommandSpec().usageMessage().description()) {
                String line = String.format(written).strip();
                assertTrue(lines.contains(line), name + " --help prints '" + line + "' on one line:\n" + r.out());
            }
        });
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode());
        for (String s : new String[] {"load", "query", "export", "validate", "0   success", "2   bad usage"}) {
            assertTrue(r.out().contains(s), "help mentions " + s + ":\n" + r.out());
        }
    }

    @Test
    void versionNamesEtkgAndJena() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("etkg "), r.out());
        assertTrue(r.out().contains("Apache Jena 5.6.0"), r.out());
    }

    @Test
    void topLevelHelpListsEachCommandInOneWholeSentence() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode());
        List<String> lines = r.out().lines().toList();
        int start = lines.indexOf("Commands:");
        int commands = 0;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            assertTrue(line.matches("  [a-z]+ +[A-Z].*\\.$"), "one line, a whole sentence: '" + line + "'");
            commands++;
        }
        assertTrue(commands >= 10, r.out());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("3   internal error"), r.out());
    }

    @Test
    void unknownOptionIsUsageError() {
        Cli.Result r = Cli.run("load", "--stroe", "x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown option: '--stroe'"), r.err());
    }

    @Test
    void loadReportsWhatItLoaded() {
        Cli.Result r = Cli.run("load", "--store", dir.resolve("s").toString(), Cli.firstArticle().toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("articles    1 (shift-in-stance-taliban-ttp)"), r.out());
        assertTrue(r.out().matches("(?s).*events +12\\n.*statements +17\\n.*triples +\\d+\\n.*graphs +13\\n.*"), r.out());
    }

    @Test
    void pathsThatOverlapLoadEachArticleAndDatasetOnce() {
        Path article = Cli.firstArticle();
        Path places = Cli.linkedSample().resolve("geonames-places.ttl");
        Cli.Result r = Cli.run("load", "--store", dir.resolve("s").toString(), article.toString(),
                Cli.linkedSample().toString(), article.toString(), places.toString(), article.resolve("facts.yaml").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("articles    1 (shift-in-stance-taliban-ttp)"), r.out());
        assertTrue(r.out().contains("datasets    1 (geonames-places)"), r.out());
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("notes");
        java.nio.file.Files.writeString(file, "not a folder");
        Path store = Cli.firstArticleStore(dir);
        Cli.Result export = Cli.run("export", "--store", store.toString(), "-o", file.resolve("x.ttl").toString());
        assertEquals(1, export.exitCode(), export.toString());
        assertEquals("etkg: cannot write " + file.resolve("x.ttl") + ": " + file + " is a file, not a folder", export.err().strip());
        Cli.Result load = Cli.run("load", "--store", file.resolve("store").toString(), Cli.firstArticle().toString());
        assertEquals(1, load.exitCode(), load.toString());
        assertEquals(1, load.err().strip().lines().count(), "one line, no word of removing a store it never made: " + load.err());
        assertTrue(load.err().contains(file.toAbsolutePath() + " is a file, not a folder"), load.err());
        assertEquals("not a folder", java.nio.file.Files.readString(file));
    }

    @Test
    void aStoreLoadedWithItsOwnBaseIsReadWithItAndNeverMixedWithAnother() {
        Path store = dir.resolve("own-base");
        String base = "http://example.org/kg/";
        assertEquals(0, Cli.run("load", "--store", store.toString(), "--base", base, Cli.firstArticle().toString()).exitCode());
        Cli.Result given = Cli.run("timeline", "--store", store.toString(), "--base", base, "--format", "csv");
        Cli.Result remembered = Cli.run("timeline", "--store", store.toString(), "--format", "csv");
        assertEquals(0, remembered.exitCode(), remembered.toString());
        assertTrue(given.out().contains(base + "event/shift-in-stance-taliban-ttp/visit-kabul,") && given.out().contains(",2025-04-16,"), given.out());
        assertEquals(given.out(), remembered.out(), "without --base, the store's own");
        Cli.Result question = Cli.run("query", "--store", store.toString(), "jcc-rounds", "--format", "csv");
        assertTrue(question.out().contains(base + "event/shift-in-stance-taliban-ttp/jcc-round-7,7,"), "the competency questions too: " + question);
        Cli.Result more = Cli.run("load", "--store", store.toString(), Cli.linkedSample().toString());
        assertEquals(0, more.exitCode(), more.toString());
        assertFalse(Cli.snapshot(store).containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/etkg/graph/ontology")),
                "a later load without --base wrote under the store's own base");
        var before = Cli.snapshot(store);
        Cli.Result mixed = Cli.run("load", "--store", store.toString(), "--base", "https://w3id.org/etkg/", Cli.linkedSample().toString());
        assertEquals(2, mixed.exitCode(), mixed.toString());
        assertTrue(mixed.err().contains("was loaded with --base " + base), mixed.err());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store changed");
    }

    @Test
    void queryByExpressionInEveryFormat() {
        Path store = Cli.loadedStore(dir);
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { <https://w3id.org/etkg/id/kabul> rdfs:label ?l }";
        assertTrue(Cli.run("query", "--store", store.toString(), "-e", q).out().contains("| \"Kabul\"@en |"));
        assertEquals("l\r\nKabul\r\n", Cli.run("query", "--store", store.toString(), "-e", q, "--format", "csv").out());
        assertEquals("?l\n\"Kabul\"@en\n", Cli.run("query", "--store", store.toString(), "-e", q, "--format", "tsv").out());
        assertTrue(Cli.run("query", "--store", store.toString(), "-e", q, "--format", "json").out().contains("\"xml:lang\": \"en\""));
        assertTrue(Cli.run("query", "--store", store.toString(), "-e", q, "--format", "xml").out().contains("<literal xml:lang=\"en\">Kabul</literal>"));
    }

    @Test
    void queryOfAFileAndAskAndConstruct() {
        Path store = Cli.loadedStore(dir);
        Cli.Result file = Cli.run("query", "--store", store.toString(), Path.of("queries/posts.rq").toString(), "--format", "csv");
        assertEquals(0, file.exitCode(), file.toString());
        assertTrue(file.out().contains("acting Foreign Minister"), file.out());
        Cli.Result ask = Cli.run("query", "--store", store.toString(), "-e", "ASK { ?s ?p ?o }");
        assertEquals("yes", ask.out().strip());
        Cli.Result construct = Cli.run("query", "--store", store.toString(), "-e",
                "CONSTRUCT { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }");
        assertTrue(construct.out().contains("wd:Q5838"), construct.out());
    }

    @Test
    void queryTextGivenWithoutMinusEIsRunAsWithIt() {
        Path store = Cli.loadedStore(dir);
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { <https://w3id.org/etkg/id/kabul> rdfs:label ?l }";
        Cli.Result select = Cli.run("query", "--store", store.toString(), q, "--format", "csv");
        assertEquals(0, select.exitCode(), select.toString());
        assertEquals("l\r\nKabul\r\n", select.out());
        Cli.Result ask = Cli.run("query", "--store", store.toString(), "ASK {}");
        assertEquals("yes", ask.out().strip(), ask.toString());
        Cli.Result syntax = Cli.run("query", "--store", store.toString(), "select ?x where { ?x ?y }");
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().startsWith("etkg: QUERY:1:") && syntax.err().contains("SPARQL syntax error"), syntax.err());
        Cli.Result notText = Cli.run("query", "--store", store.toString(), "who met { whom");
        assertEquals(2, notText.exitCode());
        assertTrue(notText.err().contains("no query named 'who met { whom'") && notText.err().contains("give it with -e"), notText.err());
    }

    @Test
    void queryMistakesAreExplained() {
        Path store = Cli.loadedStore(dir);
        Cli.Result syntax = Cli.run("query", "--store", store.toString(), "-e", "SELECT ?x WHERE { ?x ?y }");
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().startsWith("etkg: -e:1:"), syntax.err());
        assertTrue(syntax.err().contains("SPARQL syntax error"), syntax.err());
        Cli.Result name = Cli.run("query", "--store", store.toString(), "no-such-question");
        assertEquals(2, name.exitCode());
        assertTrue(name.err().contains("no query named 'no-such-question'") && name.err().contains("posts"), name.err());
        Cli.Result format = Cli.run("query", "--store", store.toString(), "posts", "--format", "yaml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("choose one of: table, csv, tsv, json, xml"), format.err());
    }

    @Test
    void queryListShowsTheQuestions() {
        Cli.Result r = Cli.run("query", "--list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("jcc-rounds") && r.out().contains("Which round of the Joint Coordination Committee"), r.out());
    }

    @Test
    void commandsOnAMissingStoreSayHowToMakeOne() {
        Path missing = dir.resolve("none");
        for (String[] args : new String[][] {{"query", "-e", "ASK {}"}, {"export"}, {"validate"}}) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--store";
            full[args.length + 1] = missing.toString();
            Cli.Result r = Cli.run(full);
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("no etkg store at " + missing + " (load data first"), r.err());
        }
    }

    @Test
    void validateExitsZeroOnTheLoadedStore() {
        Path store = Cli.loadedStore(dir);
        Cli.Result r = Cli.run("validate", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void validateExitsOneAndNamesTheViolation() {
        Path store = Cli.loadedStore(dir);
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            s.write(dsg -> dsg.delete(Quad.create(
                    NodeFactory.createURI("https://w3id.org/etkg/graph/article/shift-in-stance-taliban-ttp"),
                    NodeFactory.createURI("https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/jcc-round-7"),
                    NodeFactory.createURI("https://w3id.org/etkg/ontology#ordinal"),
                    NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
        }
        Path report = dir.resolve("report.ttl");
        Cli.Result r = Cli.run("validate", "--store", store.toString(), "--report", report.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("1 violation(s)"), r.err());
        assertTrue(r.err().contains("jcc-round-7") && r.err().contains("ordinal"), r.err());
        assertTrue(report.toFile().length() > 0, "report written");
    }
}
