package org.etkg.serve;

import org.etkg.index.TimelineEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.load.Loader;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The store served by a real Fuseki on a free loopback port. */
class ServeTest {
    static final String ARTICLE_GRAPH = "https://w3id.org/etkg/graph/article/shift-in-stance-taliban-ttp";

    @TempDir
    static Path dir;
    static EtkgStore store;
    static EtkgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        Path storeDir = Cli.firstArticleStore(dir);
        store = EtkgStore.openExisting(storeDir);
        server = EtkgServer.start(store, IriScheme.defaults(),
                new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(1), 10, false));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> query(String sparql, String accept) throws Exception {
        return get("/etkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    static HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static final String POSTS = """
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?person ?post WHERE { ?person org:holds ?p . ?p rdfs:label ?post } ORDER BY ?post""";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
        "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV"})
    void answersQueriesInEveryResultFormat(String accept, String lang) throws Exception {
        HttpResponse<byte[]> r = query(POSTS, accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        ResultSetLang.init();
        Lang l = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSetRewindable rs = ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(r.body()), l));
        assertEquals(4, rs.size(), "four posts as written");
    }

    /** A browser takes no answer for a page or a script, whatever text it holds: every one says nosniff. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/etkg/sparql?query=ASK%7B%7D, application/sparql-results+json", "/timeline?limit=5, application/json",
        "/timeline?from=not-a-date, application/json", "/timeline.html, text/html", "/, text/html", "/no-such-page, text/html"})
    void everyAnswerTellsBrowsersNotToGuessItsType(String path, String accept) throws Exception {
        HttpResponse<byte[]> r = get(path, accept);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path + " " + r.statusCode() + " " + r.headers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML"})
    void constructAnswersInEveryRdfSyntax(String accept, String lang) throws Exception {
        String construct = "CONSTRUCT { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }";
        HttpResponse<byte[]> r = query(construct, accept);
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.source(new ByteArrayInputStream(r.body())).lang(switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        }).toGraph();
        assertEquals(10, g.size(), "ten links from outside-facts.yaml, through the union default graph");
    }

    @Test
    void postedQueriesWorkToo() throws Exception {
        HttpResponse<byte[]> r = post("/etkg/sparql", "application/sparql-query", POSTS.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("acting Foreign Minister"));
    }

    @Test
    void graphStoreProtocolReadsAGraph() throws Exception {
        HttpResponse<byte[]> r = get("/etkg/get?graph=" + URLEncoder.encode(ARTICLE_GRAPH, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph served = RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).toGraph();
        Graph local = store.read(dsg -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(ARTICLE_GRAPH)).find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(served.isIsomorphicWith(local));
    }

    @Test
    void indexPageSaysWhatTheDatasetHoldsAndOffersTheQuestions() throws Exception {
        HttpResponse<byte[]> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        String page = new String(r.body(), StandardCharsets.UTF_8);
        // Another test may have loaded a second copy of the article meanwhile.
        assertTrue(page.contains("holds 1 article(s), 29 events and statements (17 of them statements) in 13 named graphs")
                || page.contains("holds 2 article(s), 58 events and statements (34 of them statements)"), page);
        assertTrue(page.contains("Which round of the Joint Coordination Committee was this"), page);
        assertTrue(page.contains("The endpoint is read-only."), page);
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        DatasetGraph before = snapshot();
        HttpResponse<byte[]> update = post("/etkg/update", "application/sparql-update",
                "DROP ALL".getBytes(StandardCharsets.UTF_8));
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "status " + update.statusCode());
        HttpResponse<byte[]> gsp = post("/etkg/data?default", "text/turtle", "<a:x> <a:y> <a:z> .".getBytes(StandardCharsets.UTF_8));
        assertTrue(gsp.statusCode() >= 400 && gsp.statusCode() < 500, "status " + gsp.statusCode());
        HttpResponse<byte[]> smuggled = query("SELECT * WHERE { ?s ?p ?o } } INSERT DATA { <a:x> <a:y> <a:z> }", "text/csv");
        assertEquals(400, smuggled.statusCode());
        assertTrue(IsoMatcher.isomorphic(before, snapshot()));
    }

    @Test
    void aSlowQueryStopsAtTheTimeout() throws Exception {
        HttpResponse<byte[]> r = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
        assertEquals(503, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void noResultExceedsTheRowCap() throws Exception {
        HttpResponse<byte[]> all = query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 10, new String(all.body(), StandardCharsets.UTF_8).strip().lines().count());
        HttpResponse<byte[]> three = query("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(1 + 3, new String(three.body(), StandardCharsets.UTF_8).strip().lines().count());
    }

    @Test
    void readersSeeTheStoreBeforeOrAfterALoadNeverHalf() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        long before = count(count);
        Path copy = dir.resolve("second-article");
        Files.createDirectories(copy);
        Path original = Cli.data().resolve("shift-in-stance-taliban-ttp");
        Files.copy(original.resolve("article.txt"), copy.resolve("article.txt"));
        Files.writeString(copy.resolve("facts.yaml"), Files.readString(original.resolve("facts.yaml"))
                .replace("id: shift-in-stance-taliban-ttp", "id: second-article"));
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    seen.add(count(count));
                } catch (Exception e) {
                    seen.add(-1L);
                }
            }
        });
        reader.start();
        new Loader(Ontology.load(IriScheme.defaults())).load(store, List.of(copy));
        done.set(true);
        reader.join();
        long after = count(count);
        assertTrue(after > before);
        seen.removeAll(Set.of(before, after));
        assertTrue(seen.isEmpty(), "readers saw a half-written store: " + seen);
    }

    private static long count(String q) throws Exception {
        String csv = new String(query(q, "text/csv").body(), StandardCharsets.UTF_8);
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static DatasetGraph snapshot() {
        return store.read(dsg -> {
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
    }

    // ------------------------------------------------------------------ GET /timeline

    static org.apache.jena.atlas.json.JsonObject timeline(String query) throws Exception {
        HttpResponse<byte[]> r = get("/timeline" + query, "application/json");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return org.apache.jena.atlas.json.JSON.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    static List<String> iris(org.apache.jena.atlas.json.JsonObject page) {
        List<String> out = new java.util.ArrayList<>();
        page.get("entries").getAsArray().forEach(v -> out.add(v.getAsObject().getString("iri")));
        return out;
    }

    @Test
    void timelineAnswersWithTheCommandLinesFiltersAndPages() throws Exception {
        org.etkg.timeline.TimelineService service = new org.etkg.timeline.TimelineService(store, IriScheme.defaults());
        List<String> expected = service.timeline(org.etkg.timeline.TimelineFilter.of(null, null, "Azizi", null, null, null, ""))
                .stream().map(org.etkg.index.TimelineEntry::iri).toList();
        assertTrue(expected.size() >= 2, expected.toString());
        org.apache.jena.atlas.json.JsonObject first = timeline("?actor=Azizi&limit=1");
        assertEquals(expected.size(), first.get("total").getAsNumber().value().intValue());
        assertEquals(expected.subList(0, 1), iris(first));
        org.apache.jena.atlas.json.JsonObject second = timeline("?actor=Azizi&limit=1&after=" + first.getString("next"));
        assertEquals(expected.subList(1, 2), iris(second));
        assertEquals(1, second.get("offset").getAsNumber().value().intValue());
        List<String> all = iris(timeline("?actor=" + URLEncoder.encode("Noor-ud-Din Azizi", StandardCharsets.UTF_8) + "&limit=1000"));
        assertEquals(expected, all);
        assertTrue(timeline("?limit=1000").get("next").isNull(), "the last page has no next cursor");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=0|limit must be at least 1, not 0",
        "limit=ten|limit must be a whole number, not 'ten'",
        "offset=-2|offset must be 0 or more, not -2",
        "after=%25%25|after: '%%' is not a cursor from a previous page",
        "from=2025-13|from: '2025-13' is not a real date",
        "bogus=1|unknown parameter 'bogus'; the parameters are: actor, after, from, limit, modality, offset, place, to, type",
        "actor=Nobody+Anyone|no actor named 'Nobody Anyone' takes part in any event",
        "type=parade|unknown type 'parade'"})
    void badTimelineRequestsGet400WithAJsonError(String query, String message) throws Exception {
        HttpResponse<byte[]> r = get("/timeline?" + query, "application/json");
        assertEquals(400, r.statusCode());
        org.apache.jena.atlas.json.JsonObject error = org.apache.jena.atlas.json.JSON.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(error.getString("error").startsWith(message), error.toString());
        assertFalse(error.getString("error").contains("\n"));
    }

    @Test
    void namesAreSuggestedAsTheAnalystTypes() throws Exception {
        HttpResponse<byte[]> r = get("/timeline/names?q=azi", "application/json");
        assertEquals(200, r.statusCode());
        org.apache.jena.atlas.json.JsonObject names = org.apache.jena.atlas.json.JSON.parse(new String(r.body(), StandardCharsets.UTF_8));
        List<String> actors = new java.util.ArrayList<>();
        names.get("actors").getAsArray().forEach(v -> actors.add(v.getAsString().value()));
        assertTrue(actors.contains("Noor-ud-Din Azizi"), actors.toString());
        List<String> places = new java.util.ArrayList<>();
        org.apache.jena.atlas.json.JSON.parse(new String(get("/timeline/names?q=kab", "application/json").body(), StandardCharsets.UTF_8))
                .get("places").getAsArray().forEach(v -> places.add(v.getAsString().value()));
        assertTrue(places.contains("Kabul"), places.toString());
    }

    @Test
    void theTimelinePageIsServedWithoutNetworkAccess() throws Exception {
        HttpResponse<byte[]> r = get("/timeline.html", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'self'"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"timeline-data\">null<"), "the served page fetches its data");
        assertFalse(html.contains("src=\"http"));
    }
}
