package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a second Fuseki, a team's store, started in the test on loopback. */
class PublishTest {
    @TempDir
    Path dir;

    static DatasetGraph copy(DatasetGraph remote) {
        return Txn.calculateRead(remote, () -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            remote.find().forEachRemaining(c::add);
            return c;
        });
    }

    @Test
    void publishingMakesTheRemoteStoreIsomorphicAndAgainLeavesItSo() {
        Path store = Cli.loadedStore(dir);
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer team = FusekiServer.create().loopback(true).port(0).add("/team", remote, true).build().start();
        try {
            String url = "http://127.0.0.1:" + team.getHttpPort() + "/team/data";
            Cli.Result first = Cli.run("publish", "--store", store.toString(), "--to", url);
            assertEquals(0, first.exitCode(), first.toString());
            DatasetGraph local = Cli.snapshot(store);
            long graphs = org.apache.jena.atlas.iterator.Iter.count(local.listGraphNodes());
            assertTrue(first.out().contains("Published " + graphs + " graph(s)"), "every graph of the store: " + first.out());
            assertTrue(first.out().contains("<https://w3id.org/etkg/graph/article/shift-in-stance-taliban-ttp>"), first.out());
            assertTrue(IsoMatcher.isomorphic(local, copy(remote)), "remote differs after publishing");
            Cli.Result second = Cli.run("publish", "--store", store.toString(), "--to", url);
            assertEquals(0, second.exitCode(), second.toString());
            assertTrue(IsoMatcher.isomorphic(local, copy(remote)), "remote differs after publishing twice");
        } finally {
            team.stop();
        }
    }

    @Test
    void oneGraphCanBePublished() {
        Path store = Cli.loadedStore(dir);
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer team = FusekiServer.create().loopback(true).port(0).add("/team", remote, true).build().start();
        try {
            String graph = "https://w3id.org/etkg/graph/outside/shift-in-stance-taliban-ttp/wikidata";
            Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to",
                    "http://127.0.0.1:" + team.getHttpPort() + "/team/data", "--graph", graph);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(1, Txn.calculateRead(remote, () -> { int[] n = {0}; remote.listGraphNodes().forEachRemaining(g -> n[0]++); return n[0]; }));
        } finally {
            team.stop();
        }
    }

    /**
     * A server that closes the first connection without an answer (as Virtuoso does now and
     * then on a kept-alive connection) and answers every later PUT with 201, counting them.
     */
    static final class DroppingServer implements AutoCloseable {
        final java.net.ServerSocket socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        final Thread thread;

        DroppingServer(int drops) throws java.io.IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (java.net.Socket c = socket.accept()) {
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                                length = Integer.parseInt(line.substring(15).strip());
                            }
                        }
                        if (requests.incrementAndGet() <= drops) {
                            continue;
                        }
                        in.skip(length);
                        c.getOutputStream().write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    } catch (java.io.IOException closed) {
                        // The socket was closed: the test is over.
                    }
                }
            }, "dropping-server");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/team/data";
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    @Test
    void aConnectionDroppedWithoutAnAnswerIsTriedAgainOnANewConnection() throws Exception {
        Path store = Cli.firstArticleStore(dir.resolve("dropped"));
        String graph = "https://w3id.org/etkg/graph/article/shift-in-stance-taliban-ttp";
        try (DroppingServer once = new DroppingServer(1)) {
            Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to", once.url(), "--graph", graph);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(2, once.requests.get(), "the dropped PUT was sent again, once");
        }
        // Twice in a row, as a server that closed every kept-alive connection of the pool would.
        try (DroppingServer twice = new DroppingServer(2)) {
            Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to", twice.url(), "--graph", graph);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(3, twice.requests.get(), "the dropped PUT was sent twice more");
        }
        try (DroppingServer always = new DroppingServer(Integer.MAX_VALUE)) {
            Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to", always.url(), "--graph", graph);
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().startsWith("etkg: publishing <" + graph + "> to " + always.url() + " failed: "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertEquals(3, always.requests.get(), "tried three times, not more");
        }
    }

    @Test
    void wrongCredentialsAndUnreachableEndpointsFailClearly() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "alice: right-password\n");
        Path good = dir.resolve("good");
        Files.writeString(good, "right-password\n");
        Path bad = dir.resolve("bad");
        Files.writeString(bad, "wrong-password\n");
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer team = FusekiServer.create().loopback(true).port(0).passwordFile(passwords.toString())
                .auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("alice"))
                .add("/team", remote, true).build().start();
        try {
            String url = "http://127.0.0.1:" + team.getHttpPort() + "/team/data";
            Cli.Result refused = Cli.run("publish", "--store", store.toString(), "--to", url,
                    "--user", "alice", "--password-file", bad.toString());
            assertEquals(1, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("refused the credentials (HTTP 401)"), refused.err());
            Cli.Result accepted = Cli.run("publish", "--store", store.toString(), "--to", url,
                    "--user", "alice", "--password-file", good.toString());
            assertEquals(0, accepted.exitCode(), accepted.toString());
            assertTrue(IsoMatcher.isomorphic(Cli.snapshot(store), copy(remote)));
        } finally {
            team.stop();
        }
        Cli.Result down = Cli.run("publish", "--store", store.toString(), "--to", "http://127.0.0.1:9/team/data", "--timeout", "2s");
        assertEquals(1, down.exitCode());
        assertTrue(down.err().contains("failed: cannot connect"), down.err());
    }
}
