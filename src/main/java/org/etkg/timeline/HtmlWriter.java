package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.encoder.Encode;

/**
 * One self-contained HTML page (inline CSS, JavaScript and SVG; no network) that draws the
 * timeline on a time axis with lanes by actor or by place, the places on a world map beside
 * it, and shows each entry's evidence. The map's base (Natural Earth's country outlines from
 * world-atlas, decoded by topojson-client; see docs/timeline.md) is in the jar and inlined.
 */
public final class HtmlWriter {
    private static final String TEMPLATE = "etkg/timeline/timeline.html";
    private static final String TOPOJSON_CLIENT = "etkg/timeline/map/topojson-client/topojson-client.min.js";
    private static final String BASE_MAP = "etkg/timeline/map/world-atlas/countries-110m.json";

    private HtmlWriter() {
    }

    public static void write(List<TimelineEntry> entries, String title, PrintWriter out) {
        out.print(page(title, JsonWriter.array(entries)));
        out.flush();
    }

    /**
     * The page `etkg serve` serves at /timeline.html: the same page without data, which asks
     * GET /timeline for it with the filters the analyst types.
     */
    public static void writeServed(String title, PrintWriter out) {
        out.print(page(title, "null"));
        out.flush();
    }

    /**
     * The page's content security policy: scripts are the page's own (by their hash), no
     * other script runs, not even one that text in the data could smuggle in; requests go
     * to the page's own server only. Sent as a header by etkg serve, and in the page itself.
     */
    public static String contentSecurityPolicy() {
        return POLICY;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("__(TITLE|DATA|POLICY|TOPOJSON_CLIENT|BASE_MAP)__");
    private static final String TOPOJSON_SCRIPT = resource(TOPOJSON_CLIENT);
    private static final String BASE_MAP_JSON = inScript(resource(BASE_MAP));
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; script-src "
            + scriptHashes(template().replace("__TOPOJSON_CLIENT__", TOPOJSON_SCRIPT)) + "; base-uri 'none'; form-action 'self'";

    /**
     * Fills the template in one pass, so that text put in one placeholder is never read as
     * another (a title holding __DATA__ stays a title). The data is JSON in a script element:
     * every '<', '>' and '&' is written as a JSON escape (backslash, u, four hex digits), so no text in it (such as
     * "<!--<script" or "</script") can end the element or change how the browser reads it.
     */
    static String page(String title, String json) {
        Matcher m = PLACEHOLDER.matcher(template());
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "TITLE" -> Encode.forHtml(title);
                case "DATA" -> inScript(json);
                case "TOPOJSON_CLIENT" -> TOPOJSON_SCRIPT;
                case "BASE_MAP" -> BASE_MAP_JSON;
                default -> POLICY;
            };
            m.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        m.appendTail(page);
        return page.toString();
    }

    /** 'sha256-…' of each script the template runs (not its JSON data block), as CSP names them. */
    public static String scriptHashes(String html) {
        Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        StringBuilder hashes = new StringBuilder();
        while (m.find()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.append(hashes.length() == 0 ? "" : " ").append("'sha256-").append(Base64.getEncoder().encodeToString(digest)).append("'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes.toString();
    }

    /** JSON made safe inside a script element: no text in it can end the element. */
    private static String inScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String template() {
        return resource(TEMPLATE);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the etkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
