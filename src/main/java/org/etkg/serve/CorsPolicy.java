package org.etkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.jena.fuseki.main.FusekiServer;
import org.etkg.EtkgException;

/**
 * Which other sites' pages may read the served store through their visitors' browsers: none,
 * unless the operator names them (--cors-origin). Fuseki's own CORS filter then answers those
 * origins, for reads, without credentials: a page of such a site sees what anyone may read,
 * not what its visitor's login could. Writes from another origin stay refused (WriteGuard).
 */
final class CorsPolicy {
    private CorsPolicy() {
    }

    /** Refuses what is not an origin (a scheme and a host), or '*'. */
    static void check(List<String> origins) {
        for (String o : origins) {
            if (!o.matches("https?://[^/\\s,*]+")) {
                throw EtkgException.usage("--cors-origin " + o + ": an origin is a scheme and a host, such as https://dash.example.org"
                        + " (no path, no '*')");
            }
        }
    }

    static void apply(FusekiServer.Builder builder, List<String> origins) {
        check(origins);
        if (origins.isEmpty()) {
            builder.enableCors(false, null);
            return;
        }
        Properties p = new Properties();
        p.setProperty("allowedOrigins", String.join(",", origins));
        p.setProperty("allowedMethods", "GET,HEAD,POST,OPTIONS");
        p.setProperty("allowedHeaders", "Content-Type,Accept,Origin");
        p.setProperty("allowCredentials", "false");
        try {
            // Fuseki reads its CORS settings from a file.
            Path file = Files.createTempFile("etkg-cors-", ".properties");
            file.toFile().deleteOnExit();
            try (var out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                p.store(out, "etkg serve --cors-origin");
            }
            builder.enableCors(true, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
