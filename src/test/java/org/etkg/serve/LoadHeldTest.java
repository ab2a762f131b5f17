package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.bench.LoadHeld;
import org.etkg.generate.CorpusGenerator;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers while a writer works: 8 clients ask every competency question and timeline pages of
 * a served store while 249 new articles are bulk loaded through POST /load and resolved
 * (src/bench/load-held.sh does the same with 32 clients, 60 s and 1,000 articles).
 */
class LoadHeldTest {
    @TempDir
    Path dir;

    @Test
    void noRequestFailsAndNoReadSeesHalfALoad() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path corpus = dir.resolve("corpus");
        // 249 articles in corpus/000: enough for the bulk path.
        new CorpusGenerator(7, 249).write(corpus, 249);
        try (EtkgStore served = EtkgStore.openExisting(store);
             EtkgServer server = EtkgServer.start(served, IriScheme.defaults(),
                     new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(30), 10_000, true, Security.DEFAULTS.withLoadRoot(corpus)))) {
            LoadHeld.Report r = LoadHeld.run("http://127.0.0.1:" + server.port(), corpus.resolve("000"), 8,
                    Duration.ofSeconds(10), List.of("Mohammad Sadiq", "Amir Khan Muttaqi"));
            System.out.println(r.summary());
            assertEquals(List.of(), r.failures(), r.summary());
            assertEquals(List.of(), r.tornReads(), r.summary());
            assertEquals(r.articlesBefore() + 249, r.articlesAfter(), r.summary());
            assertTrue(r.requests() > 50, "the readers kept asking: " + r.summary());
            assertTrue(r.loadAnswer().contains("\"articles\" : 249") || r.loadAnswer().contains("\"articles\":249"), r.loadAnswer());
        }
    }

    /** Every quad of the served store, read through the server's own open store (a second open would close it). */
    private static DatasetGraph copy(EtkgStore served) {
        return served.read(dsg -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(c::add);
            return c;
        });
    }

    @Test
    void writesNeedUpdateAndBadInputIsRefusedWithItsNameAndTheStoreUnchanged() throws Exception {
        Path store = Cli.firstArticleStore(dir);
        HttpClient http = HttpClient.newHttpClient();
        try (EtkgStore served = EtkgStore.openExisting(store)) {
            try (EtkgServer readOnly = EtkgServer.start(served, IriScheme.defaults(),
                    new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(5), 100, false))) {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
                        + "/load?path=/tmp")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), "no writes without --update");
            }
            try (EtkgServer server = EtkgServer.start(served, IriScheme.defaults(),
                    new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(5), 100, true, Security.DEFAULTS.withLoadRoot(dir)))) {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/load?path=nowhere")).header("X-Requested-By", "etkg").POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("no such file or folder under the load root: nowhere"), r.body());

                // An article the loader refuses: its message with file, line and column, and the store as it was.
                Path bad = Files.createDirectories(dir.resolve("bad-article"));
                Files.copy(Path.of("src/test/resources/mini/article.txt"), bad.resolve("article.txt"));
                Files.writeString(bad.resolve("facts.yaml"), Files.readString(
                        Path.of("src/test/resources/mini/facts.yaml")).replace("kind: city", "kind: town"));
                DatasetGraph before = copy(served);
                var refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/load?path=" + bad)).header("X-Requested-By", "etkg").POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains(bad.resolve("facts.yaml") + ":") && refused.body().contains("unknown kind 'town'"),
                        refused.body());
                assertTrue(IsoMatcher.isomorphic(before, copy(served)), "a refused load changed the store");
            }
        }
    }
}
