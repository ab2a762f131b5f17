package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page on another site cannot write to a served store through its user's browser: what a
 * browser sends without asking the server first (a form's urlencoded, multipart or text/plain
 * body, or no Content-Type) is refused on every write endpoint, as is a request whose Origin is
 * another site; no CORS header lets another origin in. Queries by form stay allowed.
 */
class CrossSiteWritesTest {
    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void serve() {
        served = new Served(Cli.firstArticleStore(dir), "127.0.0.1", true, Security.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void aCrossSiteFormPostIsRefusedAndTheStoreUnchanged() throws Exception {
        DatasetGraph before = served.quads();
        Map<String, String> files = Served.files(served.store.dir());
        List<String> audited = served.audit();
        byte[] form = "update=DROP+ALL".getBytes(StandardCharsets.UTF_8);
        List<HttpResponse<String>> refused = List.of(
                // What <form method=post action=http://server/etkg/update> sends.
                served.send(served.to("/etkg/update").header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofByteArray(form))),
                served.post("/etkg/update", "application/x-www-form-urlencoded", form),
                served.post("/etkg/update", "text/plain", "DROP ALL".getBytes(StandardCharsets.UTF_8)),
                served.post("/etkg/update", "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"update\"\r\n\r\nDROP ALL\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8)),
                served.post("/etkg/data?default", "text/plain", "<urn:x> <urn:y> <urn:z> .".getBytes(StandardCharsets.UTF_8)),
                served.post("/load", "multipart/form-data; boundary=x", Archives.zip().miniArticle("mini").bytes()),
                served.send(served.to("/resolve").POST(HttpRequest.BodyPublishers.noBody())),
                // fetch() from another site with a type that needs a preflight: no browser sends it, and Origin says where it is from.
                served.send(served.to("/etkg/update").header("Content-Type", "application/sparql-update")
                        .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))));
        for (HttpResponse<String> r : refused) {
            assertEquals(403, r.statusCode(), r.request().uri() + " " + r.body());
            assertTrue(r.body().contains("a page of another site") || r.body().contains("pages of other sites cannot write"), r.body());
        }
        assertTrue(IsoMatcher.isomorphic(before, served.quads()), "the store changed");
        assertEquals(files, Served.files(served.store.dir()), "the store's files changed");
        assertEquals(audited, served.audit(), "a refused write was carried out");
    }

    @Test
    void noOtherOriginIsLetIn() throws Exception {
        HttpResponse<String> preflight = served.send(served.to("/etkg/update").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
    }

    @Test
    void clientsThatAreNotBrowsersStillWrite() throws Exception {
        HttpResponse<String> update = served.post("/etkg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:etkg-test:csrf> { <urn:x> <urn:y> <urn:z> } }".getBytes(StandardCharsets.UTF_8));
        assertEquals(204, update.statusCode(), update.body());
        HttpResponse<String> form = served.send(served.to("/etkg/update").header("Content-Type", "application/x-www-form-urlencoded")
                .header(WriteGuard.TOKEN_HEADER, "etkg")
                .POST(HttpRequest.BodyPublishers.ofString("update=DROP+GRAPH+%3Curn%3Aetkg-test%3Acsrf%3E")));
        assertTrue(form.statusCode() == 200 || form.statusCode() == 204, form.body());
        // A Graph Store DELETE has no body and no Content-Type, and no browser sends it cross-site without asking.
        int put = served.post("/etkg/data?graph=urn:etkg-test:csrf2", "text/turtle",
                "<urn:x> <urn:y> <urn:z> .".getBytes(StandardCharsets.UTF_8)).statusCode();
        assertTrue(put >= 200 && put < 300, "status " + put);
        HttpResponse<String> delete = served.send(served.to("/etkg/data?graph=urn:etkg-test:csrf2").DELETE());
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, delete.statusCode() + " " + delete.body());
        HttpResponse<String> query = served.send(served.to("/etkg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString("query=ASK+%7B%7D")));
        assertEquals(200, query.statusCode(), query.body());
    }

    @Test
    void anOriginTheOperatorNamesMayReadButNotWrite() throws Exception {
        String dash = "https://dash.example.org";
        try (Served cors = new Served(Cli.firstArticleStore(dir.resolve("cors")), "127.0.0.1", true,
                Security.DEFAULTS.withCorsOrigins(List.of(dash)))) {
            HttpResponse<String> read = cors.send(cors.to("/etkg/sparql?query=ASK%7B%7D").header("Origin", dash)
                    .header("Accept", "application/sparql-results+json").GET());
            assertEquals(200, read.statusCode(), read.body());
            assertEquals(dash, read.headers().firstValue("Access-Control-Allow-Origin").orElse(""), read.headers().toString());
            assertFalse(read.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));
            HttpResponse<String> other = cors.send(cors.to("/etkg/sparql?query=ASK%7B%7D").header("Origin", "https://evil.example").GET());
            assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent(), other.headers().toString());
            DatasetGraph before = cors.quads();
            HttpResponse<String> write = cors.send(cors.to("/etkg/update").header("Origin", dash)
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
            assertEquals(403, write.statusCode(), write.body());
            assertTrue(IsoMatcher.isomorphic(before, cors.quads()), "the store changed");
        }
        Cli.Result bad = Cli.run("serve", "--store", served.store.dir().toString(), "--cors-origin", "*");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("--cors-origin *: an origin is a scheme and a host"), bad.err());
    }
}
