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
