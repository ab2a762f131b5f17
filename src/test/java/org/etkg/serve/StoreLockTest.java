package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.etkg.ChildEtkg;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by a running etkg serve in another process. */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void loadAndValidateOnAServedStoreFailAtOnceNamingTheProcess() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path log = dir.resolve("serve.log");
        Process serve = ChildEtkg.start(log, "serve", "--store", store.toString(), "--port", "0");
        try {
            ChildEtkg.awaitLine(serve, log, "Serving");
            String pid = Long.toString(serve.pid());
            for (String command : new String[] {"load", "validate"}) {
                Cli.Result r = command.equals("load")
                        ? Cli.run("load", "--store", store.toString(), Cli.data().toString())
                        : Cli.run("validate", "--store", store.toString());
                assertEquals(1, r.exitCode(), r.toString());
                assertTrue(r.err().contains("store " + store + " is in use by process " + pid), r.err());
                assertTrue(r.err().contains("stop it"), r.err());
                assertTrue(r.err().strip().lines().count() == 1, "one line, no stack trace: " + r.err());
            }
            String line = java.nio.file.Files.readAllLines(log).stream().filter(l -> l.contains("Serving")).findFirst().orElseThrow();
            String url = line.replaceAll(".*SPARQL: (http://[^)]+)\\).*", "$1");
            HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "?query=ASK%7B%7D")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode(), "the server still answers");
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        Cli.Result after = Cli.run("validate", "--store", store.toString());
        assertEquals(0, after.exitCode(), "the lock is released when serve stops: " + after);
    }

    @Test
    void aPortInUseIsSaidInOneLineAndTheStoreIsLeftClosed() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path log = dir.resolve("serve.log");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(1, ChildEtkg.run(log, "serve", "--store", store.toString(), "--port", Integer.toString(port)));
            String output = java.nio.file.Files.readString(log).strip();
            assertTrue(output.startsWith("etkg: cannot start the server on 127.0.0.1:" + port) && output.contains("try --port"), output);
            assertEquals(1, output.lines().count(), "one line, no stack trace: " + output);
        }
    }
}
