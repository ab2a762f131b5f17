package org.etkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.EtkgException;
import org.etkg.load.LoadService;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.resolve.LoadAndResolve;
import org.etkg.resolve.ResolveService;
import org.etkg.store.EtkgStore;

/**
 * etkg's own writes on a served store (only with --update): POST /load?path=P (repeatable;
 * folders and files on the server's disk, as etkg load takes them; resolve=false to skip
 * resolving) and POST /resolve. A store is locked by the process that serves it, so this is
 * how a team loads while it keeps querying: each load is one write transaction (a bulk load,
 * one for the articles and one for resolving), and every reader sees the store before it or
 * after it. Writes run one at a time.
 */
final class WriteEndpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EtkgStore store;
    private final transient IriScheme iris;
    private final transient Object oneWriter = new Object();

    WriteEndpoint(EtkgStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        TimelineEndpoint.error(resp, 405, req.getRequestURI() + " writes to the store: use POST");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject answer;
        try {
            synchronized (oneWriter) {
                answer = switch (req.getRequestURI()) {
                    case "/load" -> load(req);
                    case "/resolve" -> resolve();
                    default -> throw EtkgException.usage("no such endpoint: " + req.getRequestURI());
                };
            }
        } catch (EtkgException e) {
            // The loader's own message: file, line and column of what is wrong; the store is unchanged.
            TimelineEndpoint.error(resp, 400, e.getMessage());
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().println(JSON.toStringFlat(answer));
    }

    private JsonObject load(HttpServletRequest req) {
        String[] given = req.getParameterValues("path");
        if (given == null || given.length == 0) {
            throw EtkgException.usage("POST /load needs path=FOLDER_OR_FILE (on the server's disk; repeatable)");
        }
        List<Path> paths = new ArrayList<>();
        for (String p : given) {
            Path path = Path.of(p).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw EtkgException.usage("no such file or folder on the server: " + path);
            }
            paths.add(path);
        }
        boolean resolve = !"false".equalsIgnoreCase(req.getParameter("resolve"));
        LoadAndResolve.Outcome outcome = new LoadAndResolve(Ontology.load(iris), Clock.systemUTC())
                .load(store, paths, new LoadService.Options(null, false, org.etkg.load.BulkLoader.defaultWorkers()), resolve);
        JsonObject o = new JsonObject();
        o.put("articles", outcome.load().report().articles().size());
        o.put("events", outcome.load().report().events());
        o.put("statements", outcome.load().report().statements());
        o.put("triples", outcome.load().report().triples());
        if (outcome.resolved() != null) {
            o.put("resolvedSame", outcome.resolved().accepted());
            o.put("resolvedForReview", outcome.resolved().review());
        }
        return o;
    }

    private JsonObject resolve() {
        ResolveService.Result result = new ResolveService(iris, Clock.systemUTC()).resolve(store, ResolveService.Options.DEFAULTS);
        JsonObject o = new JsonObject();
        o.put("resolvedSame", result.accepted());
        o.put("resolvedForReview", result.review());
        return o;
    }
}
