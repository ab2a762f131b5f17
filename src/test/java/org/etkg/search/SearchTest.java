package org.etkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.file.PathUtils;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.etkg.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** etkg search and the text index: what it finds, its filters, and the index kept in step with the store. */
class SearchTest {
    static final String STATEMENT = "https://w3id.org/etkg/event/jcc-seventh-session-kabul/mutaqi-urges-dialogue";

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void load() {
        store = Cli.loadedStore(dir);
    }

    static List<CSVRecord> search(Path store, String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "search";
        all[1] = "--store";
        all[2] = store.toString();
        all[3] = "--format=csv";
        System.arraycopy(args, 0, all, 4, args.length);
        Cli.Result r = Cli.run(all);
        assertEquals(0, r.exitCode(), r.toString());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(r.out())).getRecords();
    }

    static Set<String> column(List<CSVRecord> hits, String name) {
        return hits.stream().map(h -> h.get(name)).collect(Collectors.toSet());
    }

    @Test
    void findsWordsInStatementsAndQuotesWithTheirArticleQuoteAndDate() throws Exception {
        List<CSVRecord> hits = search(store, "deportation");
        assertTrue(column(hits, "subject").contains(STATEMENT), hits.toString());
        CSVRecord text = hits.stream().filter(h -> h.get("subject").equals(STATEMENT)).findFirst().orElseThrow();
        assertEquals("jcc-seventh-session-kabul", text.get("article"));
        assertEquals("statement", text.get("kind"));
        assertEquals("text", text.get("field"));
        assertTrue(text.get("quote").contains("forced deportation of Afghan refugees"), text.toString());

        List<CSVRecord> quotes = search(store, "\"also met Pakistani chambers\"");
        CSVRecord quote = quotes.get(0);
        assertEquals("quote", quote.get("field"));
        assertEquals("azizi-islamabad-april-2025", quote.get("article"));
        assertEquals("Azizi meets Pakistani chambers of commerce", quote.get("name"));
        assertEquals("2025-04-16", quote.get("date"));
    }

    @Test
    void findsEverySpellingOfANameInTheLabels() throws Exception {
        List<CSVRecord> people = search(store, "azizi", "--kind", "person", "--limit", "100");
        assertEquals(Set.of("person"), column(people, "kind"));
        Set<String> names = people.stream().filter(h -> h.get("field").equals("label")).map(h -> h.get("matched"))
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Nooruddin Azizi", "Nurudin Azizi", "Noor-ud-Din Azizi")), names.toString());
    }

    @Test
    void respectsKindDatesAndLimit() throws Exception {
        List<CSVRecord> all = search(store, "azizi", "--limit", "100");
        assertTrue(column(all, "kind").containsAll(Set.of("person", "event", "statement")), column(all, "kind").toString());
        assertEquals(Set.of("event"), column(search(store, "azizi", "--kind", "event", "--limit", "100"), "kind"));

        List<CSVRecord> april = search(store, "azizi", "--from", "2025-04", "--to", "2025-04", "--limit", "100");
        assertFalse(april.isEmpty());
        april.forEach(h -> assertTrue(h.get("date").startsWith("2025-04"), h.toString()));
        assertTrue(all.stream().anyMatch(h -> h.get("date").startsWith("2024")), "some hits of 2024 to filter away");
        search(store, "azizi", "--to", "2024").forEach(h -> assertTrue(h.get("date").compareTo("2025") < 0, h.toString()));

        assertEquals(3, search(store, "azizi", "--limit", "3").size());
    }

    @Test
    void jsonHasTheSameHits() throws Exception {
        Cli.Result r = Cli.run("search", "--store", store.toString(), "--format", "json", "deportation");
        assertEquals(0, r.exitCode(), r.toString());
        JsonArray hits = JsonParser.parseString(r.out()).getAsJsonArray();
        assertEquals(search(store, "deportation").size(), hits.size());
        assertTrue(r.out().contains(STATEMENT));
    }

    @Test
    void badWordsAndDatesAreUsageErrors() {
        Cli.Result r = Cli.run("search", "--store", store.toString(), "--from", "April", "azizi");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--from 'April' is not a date"), r.err());
        r = Cli.run("search", "--store", store.toString(), "azizi AND (");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void textQueryWorksInEtkgQuery() {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'deportation' }");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains(STATEMENT), r.out());
    }

    @Test
    void textQueryWorksOnTheServedEndpoint() throws Exception {
        try (org.etkg.store.EtkgStore open = org.etkg.store.EtkgStore.openExisting(store);
             org.etkg.serve.EtkgServer server = org.etkg.serve.EtkgServer.start(open, org.etkg.rdf.IriScheme.defaults(),
                     new org.etkg.serve.EtkgServer.Options("127.0.0.1", 0, java.time.Duration.ofSeconds(10), 100, false))) {
            String sparql = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'deportation' }";
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + server.port() + "/etkg/sparql?query="
                    + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains(STATEMENT), response.body());
        }
    }

    @Test
    void aStoreLoadedBeforeTheIndexIsToldToReindex() throws Exception {
        Path old = dir.resolve("before-the-index");
        PathUtils.copyDirectory(store, old);
        PathUtils.deleteDirectory(old.resolve("text"));

        Cli.Result s = Cli.run("search", "--store", old.toString(), "azizi");
        assertEquals(1, s.exitCode(), s.toString());
        assertTrue(s.err().contains("has no text index") && s.err().contains("etkg reindex --store " + old), s.err());
        Cli.Result v = Cli.run("validate", "--store", old.toString());
        assertEquals(1, v.exitCode(), v.toString());
        assertTrue(v.err().contains("etkg reindex --store " + old), v.err());
        Cli.Result q = Cli.run("query", "--store", old.toString(), "azizi-across-articles");
        assertEquals(1, q.exitCode(), q.toString());
        assertTrue(q.err().contains("etkg reindex"), q.err());

        assertEquals(0, Cli.run("reindex", "--store", old.toString()).exitCode());
        assertEquals(0, Cli.run("validate", "--store", old.toString()).exitCode());
        assertEquals(search(store, "azizi", "--limit", "100").size(), search(old, "azizi", "--limit", "100").size());
    }

    @Test
    void validateFindsAMissingEntry() throws Exception {
        Path copy = dir.resolve("missing-entry");
        PathUtils.copyDirectory(store, copy);
        try (FSDirectory d = FSDirectory.open(copy.resolve("text"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.deleteDocuments(new Term(TextDocuments.URI, STATEMENT));
            w.commit();
        }
        Cli.Result v = Cli.run("validate", "--store", copy.toString());
        assertEquals(1, v.exitCode(), v.toString());
        assertTrue(v.err().contains("the text index disagrees with the store") && v.err().contains("jcc-seventh-session-kabul"), v.err());
        assertTrue(v.err().contains("etkg reindex"), v.err());
        assertEquals(0, Cli.run("reindex", "--store", copy.toString()).exitCode());
        assertEquals(0, Cli.run("validate", "--store", copy.toString()).exitCode());
    }

    @Test
    void backupAndRestoreKeepTheSearchAnswers() throws Exception {
        Path backup = dir.resolve("store.nq.gz");
        assertEquals(0, Cli.run("backup", "--store", store.toString(), "-o", backup.toString()).exitCode());
        Path restored = dir.resolve("restored");
        Cli.Result r = Cli.run("restore", "--store", restored.toString(), backup.toString());
        assertEquals(0, r.exitCode(), r.toString());
        for (String words : List.of("azizi", "deportation", "TTP OR refugees")) {
            assertEquals(rows(search(store, words, "--limit", "200")), rows(search(restored, words, "--limit", "200")), words);
        }
        assertEquals(0, Cli.run("validate", "--store", restored.toString()).exitCode());
    }

    @Test
    void compactKeepsTheIndexInStep() throws Exception {
        Path copy = dir.resolve("compacted");
        PathUtils.copyDirectory(store, copy);
        assertEquals(0, Cli.run("load", "--store", copy.toString(), Cli.firstArticle().toString()).exitCode());
        assertEquals(0, Cli.run("compact", "--store", copy.toString()).exitCode());
        assertEquals(0, Cli.run("validate", "--store", copy.toString()).exitCode());
        assertEquals(rows(search(store, "TTP", "--limit", "200")), rows(search(copy, "TTP", "--limit", "200")));
    }

    @Test
    void aReloadReplacesTheArticlesEntries() throws Exception {
        Path own = dir.resolve("reload");
        Path article = dir.resolve("article/azizi-islamabad-april-2025");
        Files.createDirectories(article.getParent());
        PathUtils.copyDirectory(Cli.data().resolve("azizi-islamabad-april-2025"), article);
        assertEquals(0, Cli.run("load", "--store", own.toString(), article.toString()).exitCode());
        assertEquals(1, search(own, "\"invest in Afghanistan\"", "--kind", "statement").stream()
                .filter(h -> h.get("field").equals("label")).count());

        Path facts = article.resolve("facts.yaml");
        Files.writeString(facts, Files.readString(facts).replace("label: Azizi urges Pakistani business to invest in Afghanistan",
                "label: Azizi urges Pakistani business to put money into Afghanistan"));
        assertEquals(0, Cli.run("load", "--store", own.toString(), article.toString()).exitCode());
        assertEquals(0, search(own, "\"invest in Afghanistan\"", "--kind", "statement").stream()
                .filter(h -> h.get("field").equals("label")).count());
        assertEquals(1, search(own, "\"put money\"").size());
        assertEquals(0, Cli.run("validate", "--store", own.toString()).exitCode());
    }

    @Test
    void theBulkPathIndexesToo() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertEquals(0, Cli.run("generate", "--articles", "30", "--seed", "3", "--out", corpus.toString()).exitCode());
        Path bulk = dir.resolve("bulk");
        Path ordinary = dir.resolve("ordinary");
        assertEquals(0, Cli.run("load", "--store", bulk.toString(), "--bulk", corpus.toString()).exitCode());
        assertEquals(0, Cli.run("load", "--store", ordinary.toString(), "--no-bulk", corpus.toString()).exitCode());
        assertEquals(0, Cli.run("validate", "--store", bulk.toString()).exitCode());
        List<CSVRecord> hits = search(bulk, "*:*", "--limit", "100000");
        assertFalse(hits.isEmpty());
        assertEquals(rows(search(ordinary, "*:*", "--limit", "100000")), rows(hits));
    }

    /** Hits as comparable rows, without the score (the same index built another way may score ties otherwise). */
    static Set<List<String>> rows(List<CSVRecord> hits) {
        return hits.stream().map(h -> List.of(h.get("date"), h.get("article"), h.get("kind"), h.get("subject"), h.get("matched")))
                .collect(Collectors.toSet());
    }
}
