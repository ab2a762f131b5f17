package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
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
 * A client cannot make the served store call other addresses or read the server's files: a
 * query's SERVICE to a local listener (a plain socket) is refused and the listener is never
 * connected to, whether the address is written, bound to a variable, SILENT, or in an update;
 * LOAD of a file: URL is refused. An endpoint the operator allows is called (the control).
 */
class RequestForgeryTest {
    @TempDir
    static Path dir;
    static ServerSocketChannel listener;
    static String probe;
    static Served served;

    @BeforeAll
    static void serve() throws Exception {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        // Not blocking: accept() answers at once, null when no one connected.
        listener.configureBlocking(false);
        probe = "http://127.0.0.1:" + listener.socket().getLocalPort() + "/sparql";
        served = new Served(Cli.firstArticleStore(dir), "127.0.0.1", true, Security.DEFAULTS);
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
        listener.close();
    }

    static HttpResponse<String> query(Served s, String sparql) throws Exception {
        return s.send(s.to("/etkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json").GET());
    }

    static void noConnection() throws Exception {
        // The refused query has been answered: a connection it made would be waiting to be accepted by now.
        SocketChannel c = listener.accept();
        if (c != null) {
            c.close();
        }
        assertNull(c, "the server connected to the probe");
    }

    @Test
    void serviceToALocalListenerIsRefusedAndNeverConnects() throws Exception {
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <" + probe + "> { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(<" + probe + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * WHERE { ?x ?y ?z SERVICE <" + probe + "> { ?s ?p ?o } } LIMIT 1")) {
            HttpResponse<String> r = query(served, q);
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("SERVICE <" + probe + "> is refused"), r.body());
            noConnection();
        }
        HttpResponse<String> silent = query(served, "SELECT * WHERE { SERVICE SILENT <" + probe + "> { ?s ?p ?o } }");
        assertTrue(silent.statusCode() == 200 || silent.statusCode() >= 400, silent.body());
        noConnection();
    }

    @Test
    void anUpdateCannotCallOutOrReadAFile() throws Exception {
        DatasetGraph before = served.quads();
        Map<String, String> files = Served.files(served.store.dir());
        HttpResponse<String> service = served.post("/etkg/update", "application/sparql-update", ("INSERT { GRAPH <urn:g> { ?s ?p ?o } }"
                + " WHERE { SERVICE <" + probe + "> { ?s ?p ?o } }").getBytes(StandardCharsets.UTF_8));
        assertTrue(service.statusCode() >= 400, service.statusCode() + " " + service.body());
        noConnection();
        HttpResponse<String> load = served.post("/etkg/update", "application/sparql-update",
                "LOAD <file:///etc/hostname> INTO GRAPH <urn:g>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, load.statusCode(), load.body());
        assertTrue(load.body().contains("LOAD <file:///etc/hostname> is refused"), load.body());
        HttpResponse<String> loadOut = served.post("/etkg/update", "application/sparql-update",
                ("LOAD <" + probe + ">").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, loadOut.statusCode(), loadOut.body());
        noConnection();
        assertTrue(IsoMatcher.isomorphic(before, served.quads()), "the store changed");
        assertEquals(files, Served.files(served.store.dir()), "the store's files changed");
    }

    /** A SPARQL endpoint on a plain socket that answers one call with one row, urn:called. */
    static Thread answerOnce(java.net.ServerSocket peer) {
        Thread answering = new Thread(() -> {
            try (java.net.Socket c = peer.accept()) {
                var in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream(), StandardCharsets.US_ASCII));
                for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                    // The request's head; a GET has no body.
                }
                byte[] body = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"urn:called\"}}]}}"
                        .getBytes(StandardCharsets.UTF_8);
                c.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                        + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                c.getOutputStream().write(body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "service-peer");
        answering.start();
        return answering;
    }

    @Test
    void anAllowedEndpointIsCalled() throws Exception {
        // A listener of its own: the control that SERVICE works when allowed.
        try (java.net.ServerSocket peer = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + peer.getLocalPort() + "/sparql";
            Thread answering = answerOnce(peer);
            Path store = Cli.firstArticleStore(dir.resolve("allowed"));
            try (Served allowing = new Served(store, "127.0.0.1", false, Security.DEFAULTS.withAllowService(List.of(endpoint)))) {
                HttpResponse<String> r = query(allowing, "SELECT ?s WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("urn:called"), r.body());
            }
            answering.join();
        }
    }

    @Test
    void etkgQueryOnTheCommandLineKeepsFederatedQueries() throws Exception {
        try (java.net.ServerSocket peer = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + peer.getLocalPort() + "/sparql";
            Thread answering = answerOnce(peer);
            Cli.Result r = Cli.run("query", "--store", Cli.firstArticleStore(dir.resolve("cli")).toString(), "--format", "csv",
                    "-e", "SELECT ?s WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }");
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.out().contains("urn:called"), r.toString());
            answering.join();
        }
    }
}
