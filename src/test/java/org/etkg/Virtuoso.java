package org.etkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Virtuoso Open Source 7.2 from Debian's packages (virtuoso-opensource; .ci/run installs
 * it), started on free loopback ports with a new database in {@code dir}. A new database's
 * administrator is dba with the password dba.
 */
public final class Virtuoso implements AutoCloseable {
    private static final String SERVER = "/usr/bin/virtuoso-t";
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";

    private final Process process;
    private final int httpPort;
    private final Path log;

    private Virtuoso(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    public static Virtuoso start(Path dir) {
        assertTrue(new File(SERVER).canExecute(),
                "this test needs Debian's Virtuoso: apt-get install virtuoso-opensource (.ci/run does)");
        try {
            int sqlPort = freePort();
            int httpPort = freePort();
            Path ini = dir.resolve("virtuoso.ini");
            String d = dir.toAbsolutePath().toString();
            Files.writeString(ini, """
                    [Database]
                    DatabaseFile = %1$s/virtuoso.db
                    ErrorLogFile = %1$s/virtuoso.log
                    LockFile = %1$s/virtuoso.lck
                    TransactionFile = %1$s/virtuoso.trx
                    xa_persistent_file = %1$s/virtuoso.pxa
                    Striping = 0
                    TempStorage = TempDatabase
                    [TempDatabase]
                    DatabaseFile = %1$s/virtuoso-temp.db
                    TransactionFile = %1$s/virtuoso-temp.trx
                    Striping = 0
                    [Parameters]
                    ServerPort = 127.0.0.1:%2$d
                    DisableUnixSocket = 1
                    CaseMode = 2
                    DirsAllowed = ., %1$s
                    NumberOfBuffers = 10000
                    MaxDirtyBuffers = 6000
                    [HTTPServer]
                    ServerPort = 127.0.0.1:%3$d
                    ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                    ServerThreads = 10
                    Charset = UTF-8
                    [SPARQL]
                    ResultSetMaxRows = 100000
                    MaxQueryExecutionTime = 60
                    """.formatted(d, sqlPort, httpPort));
            Path log = dir.resolve("server.log");
            Process p = new ProcessBuilder(SERVER, "+foreground", "+configfile", ini.toString())
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Virtuoso v = new Virtuoso(p, httpPort, log);
            v.awaitReady(Duration.ofSeconds(120));
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SPARQL endpoint, open for reading. */
    public String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The Graph Store Protocol endpoint that takes writes, behind HTTP Digest authentication. */
    public String graphStore() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Virtuoso stopped while starting: " + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        close();
        throw new AssertionError("Virtuoso did not answer within " + timeout.toSeconds() + " s: " + tail());
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
