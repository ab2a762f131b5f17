package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is refused with one line naming the file, line and column and what is wrong,
 * exit code 1, and a store whose content is exactly what it was before.
 */
class BadInputTest {
    private static final Path MINI = Path.of("src/test/resources/mini");

    @TempDir
    Path dir;
    Path store;
    Path article;
    DatasetGraph before;

    @BeforeEach
    void storeWithOneArticle() throws Exception {
        store = Cli.loadedStore(dir);
        article = dir.resolve("bad");
        Files.createDirectories(article);
        for (String f : new String[] {"article.txt", "facts.yaml"}) {
            Files.copy(MINI.resolve(f), article.resolve(f));
        }
        before = Cli.snapshot(store);
    }

    static Stream<Arguments> brokenFactsFiles() {
        return Stream.of(
            Arguments.of("YAML syntax error", "    label: Kabul\n", "    label: [Kabul\n",
                    "11:10", "YAML syntax error"),
            Arguments.of("unknown reference", "    place: kabul\n", "    place: kabull\n",
                    "27:12", "unknown entity 'kabull'; did you mean 'kabul'?"),
            Arguments.of("quote not in the article", "Kabul on March 3\"", "Kandahar on March 3\"",
                    "26:12", "quote not found in the article"),
            Arguments.of("ambiguous quote", "quote: \"met the minister\"", "quote: \"the minister\"",
                    "34:12", "occurs 3 times in the article (at line 3 column 47, line 3 column 84"),
            Arguments.of("impossible date", "date: \"--03-03\"", "date: \"--02-30\"",
                    "28:38", "'--02-30' is not a real date: February has no day 30"),
            Arguments.of("duplicate id", "  - id: minister\n", "  - id: kabul\n",
                    "19:5", "duplicate id 'kabul', first used at line 8"),
            Arguments.of("missing required field", "    label: A round of talks\n", "",
                    "31:5", "missing required field 'label'"),
            Arguments.of("unknown event type", "type: visit", "type: vistt",
                    "24:11", "unknown event type 'vistt'; did you mean 'visit'?"),
            Arguments.of("unknown role", "role: visitor", "role: guest",
                    "30:35", "unknown role type 'guest'"),
            Arguments.of("unknown field", "    label: The minister\n", "    label: The minister\n    lable: typo\n",
                    "22:5", "unknown field 'lable'"),
            Arguments.of("duplicate field", "    label: The minister\n", "    label: The minister\n    label: Another\n",
                    "22:5", "duplicate field 'label'"),
            Arguments.of("wrong kind of reference", "    place: kabul\n", "    place: minister\n",
                    "27:12", "field 'place' needs a place, but 'minister' is a person"),
            Arguments.of("shape violation: a round without its ordinal", "    ordinal: 1\n", "",
                    "31:5", "shape violation at <https://w3id.org/etkg/event/mini/round>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFactsFiles")
    void brokenFactsFileIsRefusedWithItsLocationAndTheStoreIsUnchanged(String name, String from, String to,
                                                                          String lineColumn, String problem) throws Exception {
        Path facts = article.resolve("facts.yaml");
        String text = Files.readString(facts);
        assertTrue(text.contains(from), "fixture holds " + from);
        Files.writeString(facts, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        assertRefused(facts + ":" + lineColumn + ": ", problem);
    }

    @Test
    void factsFileThatIsNotUtf8() throws Exception {
        Path facts = article.resolve("facts.yaml");
        byte[] latin1 = Files.readString(facts).replace("label: Kabul", "label: Kâbul").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(facts, latin1);
        assertRefused(facts + ":10:", "not UTF-8: byte 0xE2");
    }

    @Test
    void articleThatIsNotUtf8() throws Exception {
        Files.write(article.resolve("article.txt"), new byte[] {'T', 'a', 'l', 'k', 's', '\n', (byte) 0xFF, 'x'});
        assertRefused(article.resolve("article.txt") + ":2:1: ", "not UTF-8: byte 0xFF");
    }

    @Test
    void emptyFactsFile() throws Exception {
        Files.writeString(article.resolve("facts.yaml"), "\n");
        assertRefused(article.resolve("facts.yaml") + ":1:1: ", "the file is empty");
    }

    @Test
    void missingArticleFile() throws Exception {
        Files.delete(article.resolve("article.txt"));
        assertRefused(article.resolve("article.txt") + ": ", "file not found");
    }

    @Test
    void missingPath() {
        article = dir.resolve("nowhere");
        assertRefused(article + ": ", "no such file or folder");
    }

    @Test
    void badIriInOutsideFacts() throws Exception {
        Files.writeString(article.resolve("outside-facts.yaml"), """
                format: etkg-outside-facts/1
                article: mini
                sources:
                  - {id: wikidata, kind: registry, label: Wikidata}
                facts:
                  - {entity: kabul, sources: [wikidata], sameAs: "http://www.wikidata.org/entity/Q 5838"}
                """);
        assertRefused(article.resolve("outside-facts.yaml") + ":6:", "bad IRI 'http://www.wikidata.org/entity/Q 5838'");
    }

    @Test
    void unknownSourceInOutsideFacts() throws Exception {
        Files.writeString(article.resolve("outside-facts.yaml"), """
                format: etkg-outside-facts/1
                article: mini
                sources:
                  - {id: dawn, label: Dawn}
                facts:
                  - {event: visit, sources: [dwan], date: 2025-03-03}
                """);
        assertRefused(article.resolve("outside-facts.yaml") + ":6:30: ", "unknown source 'dwan'; did you mean 'dawn'?");
    }

    @Test
    void impossibleResolvedDateInOutsideFacts() throws Exception {
        Files.writeString(article.resolve("outside-facts.yaml"), """
                format: etkg-outside-facts/1
                article: mini
                sources:
                  - {id: dawn, label: Dawn}
                facts:
                  - {event: visit, sources: [dawn], date: 2025-02-29}
                """);
        assertRefused(article.resolve("outside-facts.yaml") + ":6:", "2025 is not a leap year");
    }

    @Test
    void datasetFileThatIsNotValidRdf() throws Exception {
        Path ttl = article.resolve("places.ttl");
        Files.writeString(ttl, "@prefix gn: <http://www.geonames.org/ontology#> .\n<http://sws.geonames.org/1/> gn:name \"Kabul .\n");
        assertRefused(ttl + ":3:1: ", "not valid RDF: Broken token (newline in string)");
    }

    @Test
    void aDatasetFileThatIsNotValidRdfIsReportedOnceInTheWholeOutput() throws Exception {
        // In a process of its own, because Jena's log goes to the process's standard error, not to the command's.
        Path ttl = article.resolve("places.ttl");
        Files.writeString(ttl, "@prefix gn: <http://www.geonames.org/ontology#> .\n<http://sws.geonames.org/1/> gn:name \"Kabul .\n");
        Path log = dir.resolve("load.log");
        assertEquals(1, ChildEtkg.run(log, "load", "--store", store.toString(), article.toString()));
        String output = Files.readString(log).strip();
        assertEquals("etkg: " + ttl + ":3:1: not valid RDF: Broken token (newline in string)", output);
    }

    @Test
    void aDatasetValueThatDoesNotFitItsDatatypeIsWarnedOfAtItsFileLineAndColumn() throws Exception {
        Path ttl = article.resolve("officials.ttl");
        Files.writeString(ttl, """
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/azizi> <https://schema.org/birthDate> "sometime"^^xsd:date .
                """);
        Path log = dir.resolve("load.log");
        assertEquals(0, ChildEtkg.run(log, "load", "--store", store.toString(), article.toString()));
        String output = Files.readString(log);
        assertTrue(output.contains(ttl + ":2:60: Lexical form 'sometime' not valid for datatype"), output);
    }

    @Test
    void jsonLdDatasetWhoseContextCannotBeFetchedSaysSo() throws Exception {
        // Nothing listens on port 9: the same answer whether or not this machine reaches the web.
        Path jsonld = article.resolve("events.jsonld");
        Files.writeString(jsonld, "{ \"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"https://example.org/x\", \"name\": \"Talks\" }");
        assertRefused(jsonld + ": ", "could not be fetched: put the context in the file itself");
    }

    @Test
    void datasetFileWithBlankNodes() throws Exception {
        Path ttl = article.resolve("places.ttl");
        Files.writeString(ttl, "<http://sws.geonames.org/1/> <http://www.geonames.org/ontology#name> [ ] .\n");
        assertRefused(ttl + ": ", "holds blank nodes");
    }

    @Test
    void datasetEventWithADateThatIsNoDateIsRefusedAtItsFile() throws Exception {
        // Before the shapes, the timeline index read the date, and the load ended in an internal error.
        Path ttl = article.resolve("events.ttl");
        Files.writeString(ttl, DatasetText.talksInDoha("2025-13-45"));
        assertRefused(ttl + ": ", "shape violation at <https://example.org/talks>");
    }

    @Test
    void failedLoadIntoANewStoreCreatesNoStore() throws Exception {
        Files.writeString(article.resolve("facts.yaml"), "format: etkg-facts/1\n");
        Path fresh = dir.resolve("fresh-store");
        Cli.Result r = Cli.run("load", "--store", fresh.toString(), article.toString());
        assertEquals(1, r.exitCode());
        assertFalse(Files.exists(fresh), "a failed load left a store behind");
    }

    private void assertRefused(String location, String problem) {
        Cli.Result r = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(1, r.exitCode(), r.toString());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception"), "no stack trace: " + err);
        assertTrue(err.startsWith("etkg: " + location), "expected location " + location + " in: " + err);
        assertTrue(err.contains(problem), "expected '" + problem + "' in: " + err);
        assertTrue(r.out().isEmpty(), "nothing reported as loaded: " + r.out());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store changed");
    }
}
