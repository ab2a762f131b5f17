package org.etkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.etkg.rdf.IriScheme;
import org.etkg.serve.EtkgServer;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the query parameters of etkg serve: the SPARQL endpoint's and the timeline's. The
 * input's first byte chooses the path (s: SPARQL, t: timeline, n: name suggestions); the
 * rest is the query string, sent as written except for bytes a URL cannot carry, which are
 * percent-encoded. Every answer comes within FuzzedLoad.HANG, and is a success or a client
 * error: never a server error (an exception the server did not expect), and the timeline's
 * errors are one line of JSON, {"error": ..., "status": ...}. The seeds are
 * in src/test/resources/org/etkg/fuzz/ServeParametersFuzzTestInputs.
 */
class ServeParametersFuzzTest {
    private static final String[] PATHS = {"/etkg/sparql", "/timeline", "/timeline/names"};

    static FuzzedLoad load;
    static EtkgStore store;
    static EtkgServer server;
    static HttpClient http;

    @BeforeAll
    static void start() {
        load = FuzzedLoad.start();
        store = EtkgStore.openExisting(load.store());
        server = EtkgServer.start(store, IriScheme.defaults(),
                new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(2), 1000, false));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        load.close();
    }

    @FuzzTest(maxDuration = "10m")
    void parameters(byte[] input) {
        if (input.length == 0) {
            return;
        }
        // The requests go to our own server; Jazzer's request-forgery detector would flag any other destination.
        BugDetectors.allowNetworkConnections((host, port) -> port == server.port()
                && (host.equals("127.0.0.1") || host.equals("localhost")));
        String path = switch (input[0]) {
            case 's' -> PATHS[0];
            case 't' -> PATHS[1];
            case 'n' -> PATHS[2];
            default -> PATHS[(input[0] & 0xff) % PATHS.length];
        };
        String uri = "http://127.0.0.1:" + server.port() + path + "?" + queryString(input);
        HttpResponse<String> response = assertTimeoutPreemptively(FuzzedLoad.HANG, () -> http.send(
                HttpRequest.newBuilder(URI.create(uri)).timeout(FuzzedLoad.HANG).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), "hangs: " + uri);
        int status = response.statusCode();
        assertTrue(status == 200 || (status >= 400 && status < 500), () -> status + " for " + uri + "\n" + response.body());
        if (status != 200 && path.startsWith("/timeline")) {
            // The answer may quote the input, which may hold any words: its form is what is checked.
            String body = response.body().strip();
            assertEquals(1, body.lines().count(), () -> "not one line: " + body);
            // Gson (which Jena brings), as Jena's own JSON reader refuses the escape \f that RFC 8259 allows.
            JsonElement json = JsonParser.parseString(body);
            assertTrue(json.isJsonObject() && json.getAsJsonObject().get("error").isJsonPrimitive()
                    && json.getAsJsonObject().keySet().equals(java.util.Set.of("error", "status")), () -> "not a JSON error: " + body);
        }
    }

    /** The input after its first byte, with every byte a URL cannot carry as it is percent-encoded. */
    static String queryString(byte[] input) {
        StringBuilder q = new StringBuilder();
        for (int i = 1; i < input.length; i++) {
            int b = input[i] & 0xff;
            boolean escapeFollows = b == '%' && i + 2 < input.length && hex(input[i + 1]) && hex(input[i + 2]);
            if ((b > 0x20 && b < 0x7f && "\"<>\\^`{|}#% ".indexOf(b) < 0) || escapeFollows) {
                q.append((char) b);
            } else {
                q.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return q.toString();
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
