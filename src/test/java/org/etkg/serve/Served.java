package org.etkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;

/**
 * A store served by a real Fuseki for the security tests, with what they ask of it: requests,
 * a copy of every quad, and a fingerprint of every file under a folder to show that an attack
 * left them as they were.
 */
final class Served implements AutoCloseable {
    final EtkgStore store;
    final EtkgServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Served(Path storeDir, String host, boolean update, Security security) {
        this(storeDir, host, "127.0.0.1", update, security);
    }

    /** @param reachAt the address the client connects to (the server's remote address for the request). */
    Served(Path storeDir, String host, String reachAt, boolean update, Security security) {
        store = EtkgStore.openExisting(storeDir);
        try {
            server = EtkgServer.start(store, IriScheme.defaults(),
                    new EtkgServer.Options(host, 0, Duration.ofSeconds(10), 1000, update, security));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        base = "http://" + reachAt + ":" + server.port();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(to(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    DatasetGraph quads() {
        return store.read(dsg -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(c::add);
            return c;
        });
    }

    /** The audit log's lines (none when nothing was written). */
    java.util.List<String> audit() throws IOException {
        Path log = store.dir().resolve(AuditLog.FILE);
        return Files.exists(log) ? Files.readAllLines(log) : java.util.List.of();
    }

    /** Every file under {@code dir} but the audit log, and a digest of its bytes. */
    static Map<String, String> files(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !f.getFileName().toString().equals(AuditLog.FILE)) {
                    all.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
