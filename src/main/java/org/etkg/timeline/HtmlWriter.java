package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.owasp.encoder.Encode;

/**
 * One self-contained HTML page (inline CSS, JavaScript and SVG; no network) that draws the
 * timeline on a time axis with lanes by actor or by place and shows each entry's evidence.
 */
public final class HtmlWriter {
    private static final String TEMPLATE = "etkg/timeline/timeline.html";

    private HtmlWriter() {
    }

    public static void write(List<TimelineEntry> entries, String title, PrintWriter out) {
        String page = template()
                .replace("__TITLE__", Encode.forHtml(title))
                // "</" cannot appear inside a script element; JSON allows "<\/".
                .replace("__DATA__", JsonWriter.array(entries));
        out.print(page);
        out.flush();
    }

    /**
     * The page `etkg serve` serves at /timeline.html: the same page without data, which asks
     * GET /timeline for it with the filters the analyst types.
     */
    public static void writeServed(String title, PrintWriter out) {
        out.print(template().replace("__TITLE__", Encode.forHtml(title)).replace("__DATA__", "null"));
        out.flush();
    }

    private static String template() {
        try (InputStream in = HtmlWriter.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the etkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
