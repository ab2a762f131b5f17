package org.etkg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.EtkgException;
import org.etkg.timeline.HtmlWriter;
import org.etkg.timeline.JsonWriter;
import org.etkg.timeline.Paging;
import org.etkg.index.TimelineEntry;
import org.etkg.timeline.TimelineFilter;
import org.etkg.timeline.PageSink;
import org.etkg.timeline.TimelineService;

/**
 * The timeline over HTTP: {@code GET /timeline} answers JSON with the command line's filters
 * and paging under the options' names, {@code GET /timeline/names?q=…} suggests actors and
 * places as an analyst types, and {@code GET /timeline.html} is the page that uses both.
 * Each request reads in one transaction, so a page never sees half a load.
 */
final class TimelineEndpoint extends HttpServlet {
    /** The parameters of GET /timeline: the options of `etkg timeline`, without their dashes. */
    static final Set<String> PARAMETERS = Set.of("actor", "place", "from", "to", "type", "modality", "limit", "offset", "after");
    /** Rows a request gets when it does not say: enough for a screen, quick to send. */
    static final int DEFAULT_LIMIT = 100;

    private final transient TimelineService timeline;
    /** Whether the store can change while served (--update); otherwise the names are read once. */
    private final boolean updatable;
    private transient volatile org.etkg.timeline.SuggestedNames names;

    TimelineEndpoint(TimelineService timeline, boolean updatable) {
        this.timeline = timeline;
        this.updatable = updatable;
        if (!updatable) {
            // Read the names once, in the background, so that the first suggestion is as quick as the rest.
            Thread reader = new Thread(() -> {
                try {
                    names = timeline.names();
                } catch (RuntimeException e) {
                    // The first request reads them again and reports what is wrong.
                }
            }, "etkg-timeline-names");
            reader.setDaemon(true);
            reader.start();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        try {
            switch (path) {
                case "/timeline" -> page(req, resp);
                case "/timeline/names" -> names(req, resp);
                case "/timeline.html" -> {
                    resp.setContentType("text/html; charset=utf-8");
                    resp.setHeader("Content-Security-Policy", HtmlWriter.contentSecurityPolicy());
                    HtmlWriter.writeServed("etkg timeline", resp.getWriter());
                }
                default -> resp.sendError(404, "Not found: " + path);
            }
        } catch (EtkgException e) {
            // A user's mistake (an unknown actor, a bad date or cursor): 400 with the CLI's one-line message.
            error(resp, e.exitCode() == org.etkg.ExitCode.USAGE ? 400 : 500, e.getMessage());
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        for (String name : req.getParameterMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw EtkgException.usage("unknown parameter '" + name + "'; the parameters are: "
                        + String.join(", ", new java.util.TreeSet<>(PARAMETERS)));
            }
        }
        TimelineFilter filter = TimelineFilter.of(req.getParameter("from"), req.getParameter("to"), req.getParameter("actor"),
                req.getParameter("place"), req.getParameter("type"), req.getParameter("modality"), "");
        Paging paging = Paging.of(number(req, "limit", DEFAULT_LIMIT), number(req, "offset", 0), blankToNull(req.getParameter("after")), "");
        // The served page shows each quote in its paragraph. The rows are written as they are read.
        resp.setContentType("application/json; charset=utf-8");
        PrintWriter out = resp.getWriter();
        JsonWriter.Rows rows = new JsonWriter.Rows(true);
        timeline.stream(filter, paging, org.etkg.timeline.PageDetail.IN_CONTEXT, new PageSink() {
            private boolean any;

            @Override
            public void start(PageSink.Bounds page) {
                // Numbers and a base64url cursor: nothing a client sent is written here.
                out.print("{\"total\": " + page.total() + ", \"offset\": " + page.offset() + ", \"next\": "
                        + (page.next() == null ? "null" : "\"" + page.next() + "\"") + ", \"entries\": [");
            }

            @Override
            public void entry(TimelineEntry entry) {
                out.print(any ? ",\n" : "\n");
                any = true;
                rows.write(entry, out);
            }
        });
        out.println("]}");
    }

    private void names(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        org.etkg.timeline.SuggestedNames known = names;
        if (known == null || updatable) {
            known = timeline.names();
            names = known;
        }
        Map<String, List<String>> found = known.suggest(q == null ? "" : q, 12);
        JsonObject o = new JsonObject();
        found.forEach((kind, labels) -> {
            JsonArray a = new JsonArray();
            labels.forEach(a::add);
            o.put(kind, a);
        });
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().println(JSON.toStringFlat(o));
    }

    private static int number(HttpServletRequest req, String name, int dflt) {
        String v = blankToNull(req.getParameter(name));
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw EtkgException.usage(name + " must be a whole number, not '" + (v.length() > 40 ? v.substring(0, 39) + "…" : v) + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        JsonObject o = new JsonObject();
        o.put("error", message);
        o.put("status", status);
        resp.getWriter().println(JSON.toStringFlat(o));
    }
}
