package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.EtkgException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes need a login once the server is on the network. The server listens on every
 * interface and the client reaches it at this machine's own non-loopback address, so the
 * server sees a remote client: an update without credentials, with a wrong password, or by a
 * user who may only read is refused and the store's files are unchanged; reads stay open; a
 * writer's update is done and audited. serve refuses to start on the network without a
 * password file, and refuses a password in clear.
 */
class LoginsTest {
    static final String ALICE = "alice-secret-pw";
    static final String BOB = "bob-secret-pw";

    @TempDir
    static Path dir;
    static Path passwords;
    static Served served;
    static String address;

    static String md5(String password) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    /** This machine's first IPv4 address that is not loopback: a client there is not local to the server. */
    static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface n : NetworkInterface.networkInterfaces().toList()) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : n.inetAddresses().toList()) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    static void serve() throws Exception {
        Optional<String> found = nonLoopbackAddress();
        assumeTrue(found.isPresent(), "this machine has no non-loopback IPv4 address to reach the server at");
        address = found.get();
        passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# who may log in\nalice: MD5:" + md5(ALICE) + "\nbob: MD5:" + md5(BOB) + "\n");
        served = new Served(Cli.firstArticleStore(dir), "0.0.0.0", address, true,
                Security.DEFAULTS.withLogins(passwords, List.of(), List.of("alice")));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    static HttpResponse<String> update(String sparql, String user, String password) throws Exception {
        HttpRequest.Builder r = served.to("/etkg/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return served.send(r);
    }

    static void refusedAndUnchanged(int status, HttpResponse<String> r, DatasetGraph before, Map<String, String> files) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(IsoMatcher.isomorphic(before, served.quads()), "the store changed");
        assertEquals(files, Served.files(served.store.dir()), "the store's files changed");
    }

    @Test
    void anUnauthenticatedUpdateFromAnotherAddressIsRefused() throws Exception {
        List<String> audited = served.audit();
        DatasetGraph before = served.quads();
        Map<String, String> files = Served.files(served.store.dir());
        refusedAndUnchanged(401, update("DROP ALL", null, null), before, files);
        refusedAndUnchanged(401, served.post("/load", "application/zip", Archives.zip().miniArticle("mini").bytes()), before, files);
        refusedAndUnchanged(401, served.post("/etkg/data?default", "text/turtle",
                "<urn:x> <urn:y> <urn:z> .".getBytes(StandardCharsets.UTF_8)), before, files);
        refusedAndUnchanged(401, served.send(served.to("/resolve").header("X-Requested-By", "etkg")
                .POST(HttpRequest.BodyPublishers.noBody())), before, files);
        assertEquals(audited, served.audit(), "a refused request reached the store");
    }

    @Test
    void aWronglyAuthenticatedUpdateIsRefused() throws Exception {
        DatasetGraph before = served.quads();
        Map<String, String> files = Served.files(served.store.dir());
        refusedAndUnchanged(401, update("DROP ALL", "alice", "not-her-password"), before, files);
        refusedAndUnchanged(401, update("DROP ALL", "mallory", ALICE), before, files);
        // Bob may log in, and read, but not write (--write-users alice).
        refusedAndUnchanged(403, update("DROP ALL", "bob", BOB), before, files);
    }

    @Test
    void readsStayOpenAndAWritersUpdateIsDoneAndAudited() throws Exception {
        HttpResponse<String> read = served.send(served.to("/etkg/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)).header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> r = update("INSERT DATA { GRAPH <urn:etkg-test:alice> { <urn:x> <urn:y> <urn:z> } }", "alice", ALICE);
        assertEquals(204, r.statusCode(), r.body());
        boolean written = served.store.read(dsg -> dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI("urn:etkg-test:alice")));
        assertTrue(written, "the update was not done");
        String line = served.audit().get(served.audit().size() - 1).replace(" ", "");
        assertTrue(line.contains("\"user\":\"alice\"") && line.contains("\"remote\":\"" + address + "\"")
                && line.contains("\"graphs\":[\"urn:etkg-test:alice\"]") && line.contains("\"status\":204"), line);
    }

    @Test
    void serveRefusesUpdatesOnTheNetworkWithoutAPasswordFile() throws Exception {
        Cli.Result r = Cli.run("serve", "--store", served.store.dir() + "-none", "--host", "0.0.0.0", "--port", "0", "--update");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--update on --host 0.0.0.0 would let anyone who reaches the port change the store")
                && r.err().contains("--password-file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aPasswordInClearIsRefusedWithoutShowingIt() throws Exception {
        Path clear = dir.resolve("clear-passwords");
        Files.writeString(clear, "alice: MD5:" + md5(ALICE) + "\ncarol: plain-text-pw\n");
        EtkgException e = org.junit.jupiter.api.Assertions.assertThrows(EtkgException.class,
                () -> ServerAccess.of(Security.DEFAULTS.withLogins(clear, List.of(), List.of()), true, false, "0.0.0.0"));
        assertEquals(clear + ":2: the password of user 'carol' is not hashed: write it as MD5:<hex> (printf %s 'PASSWORD' | md5sum)"
                + " or CRYPT:<hash>; a password in clear is refused", e.getMessage());
        EtkgException unknown = org.junit.jupiter.api.Assertions.assertThrows(EtkgException.class,
                () -> ServerAccess.of(Security.DEFAULTS.withLogins(passwords, List.of(), List.of("dave")), true, false, "0.0.0.0"));
        assertEquals("--write-users: no user 'dave' in " + passwords, unknown.getMessage());
    }

    @Test
    void readUsersMakeReadsNeedALogin() throws Exception {
        Path store = Cli.firstArticleStore(dir.resolve("readers"));
        try (Served readers = new Served(store, "0.0.0.0", address, false, Security.DEFAULTS.withLogins(passwords, List.of("bob"), List.of()))) {
            String ask = "/etkg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            assertEquals(401, readers.send(readers.to(ask).GET()).statusCode());
            assertEquals(401, readers.send(readers.to("/timeline").GET()).statusCode());
            String bob = "Basic " + Base64.getEncoder().encodeToString(("bob:" + BOB).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, readers.send(readers.to(ask).header("Authorization", bob).GET()).statusCode());
        }
    }
}
