package org.etkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.etkg.rdf.IriScheme;
import org.etkg.serve.EtkgServer;
import org.etkg.serve.Security;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes what a client sends to POST /load on a served store (--update, --load-root): the
 * body as an uploaded archive ({@link #upload}) and the query string ({@link #loadParameters},
 * path= and resolve=). Every answer comes within the hang limit and is a success or a client
 * error of one line of JSON; a refusal leaves the store's quads as they were, no unpacked
 * upload is left behind, and no answer quotes the file outside the load root. The seeds are in
 * src/test/resources/org/etkg/fuzz/UploadFuzzTestInputs.
 */
class UploadFuzzTest {
    static final String SECRET = "fuzz-secret-outside-the-root";

    static FuzzedLoad load;
    static EtkgStore store;
    static EtkgServer server;
    static HttpClient http;
    static Path root;

    @BeforeAll
    static void start() throws IOException {
        load = FuzzedLoad.start();
        Path around = load.store().getParent();
        root = Files.createDirectories(around.resolve("root"));
        Files.writeString(around.resolve("facts.yaml"), SECRET + "\n");
        Files.createDirectories(root.resolve("mini"));
        Files.copy(Path.of("src/test/resources/mini/article.txt"), root.resolve("mini/article.txt"));
        Files.copy(Path.of("src/test/resources/mini/facts.yaml"), root.resolve("mini/facts.yaml"));
        store = EtkgStore.openExisting(load.store());
        Security.UploadLimits d = Security.UploadLimits.DEFAULTS;
        server = EtkgServer.start(store, IriScheme.defaults(), new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(2), 1000, true,
                Security.DEFAULTS.withLoadRoot(root).withUpload(new Security.UploadLimits(1 << 20, 1000, 8, 64L << 20, 100))));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        load.close();
    }

    @FuzzTest(maxDuration = "10m")
    void upload(byte[] input) {
        send("/load?resolve=false", "application/zip", input);
    }

    @FuzzTest(maxDuration = "10m")
    void loadParameters(byte[] input) {
        send("/load?" + ServeParametersFuzzTest.queryString(input), "application/zip", new byte[0]);
    }

    private static void send(String pathAndQuery, String type, byte[] body) {
        BugDetectors.allowNetworkConnections((host, port) -> port == server.port()
                && (host.equals("127.0.0.1") || host.equals("localhost")));
        long quads = store.read(dsg -> dsg.stream().count());
        long uploads = uploadFolders();
        String uri = "http://127.0.0.1:" + server.port() + pathAndQuery;
        HttpResponse<String> response = assertTimeoutPreemptively(FuzzedLoad.HANG.multipliedBy(2), () -> http.send(
                HttpRequest.newBuilder(URI.create(uri)).timeout(FuzzedLoad.HANG.multipliedBy(2)).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), "hangs: " + uri);
        int status = response.statusCode();
        String answer = response.body().strip();
        assertTrue(status == 200 || (status >= 400 && status < 500), () -> status + " for " + uri + "\n" + answer);
        assertFalse(answer.contains(SECRET), () -> "quotes a file outside the root: " + answer);
        assertEquals(uploads, uploadFolders(), "an unpacked upload was left behind");
        if (status != 200) {
            assertEquals(1, answer.lines().count(), () -> "not one line: " + answer);
            JsonElement json = JsonParser.parseString(answer);
            assertTrue(json.isJsonObject() && json.getAsJsonObject().get("error").isJsonPrimitive(), () -> "not a JSON error: " + answer);
            long after = store.read(dsg -> dsg.stream().count());
            assertEquals(quads, after, () -> "a refused load changed the store: " + answer);
        }
    }

    private static long uploadFolders() {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("etkg-upload-")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
