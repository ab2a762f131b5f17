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
 * etkg's own writes on a served store (only with --update): POST /load with a zip or tar.gz of
 * article folders and dataset files in the body (UploadedArchive), or ?path=P (repeatable;
 * folders and files under --load-root only, as etkg load takes them); resolve=false to skip
 * resolving; and POST /resolve. A store is locked by the process that serves it, so this is
 * how a team loads while it keeps querying: each load is one write transaction (a bulk load,
 * one for the articles and one for resolving), and every reader sees the store before it or
 * after it. Writes run one at a time.
 */
final class WriteEndpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EtkgStore store;
    private final transient IriScheme iris;
    private final transient Object oneWriter;

    private final transient LoadRoot loadRoot;
    private final transient Security.UploadLimits limits;

    /** @param oneWriter held by every write to the store (this endpoint's and the review page's Load) */
    WriteEndpoint(EtkgStore store, IriScheme iris, LoadRoot loadRoot, Security.UploadLimits limits, Object oneWriter) {
        this.store = store;
        this.oneWriter = oneWriter;
        this.iris = iris;
        this.loadRoot = loadRoot;
        this.limits = limits;
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
            // An upload is received and unpacked before the write lock is taken: a slow client holds up no other writer.
            answer = switch (req.getRequestURI()) {
                case "/load" -> load(req);
                case "/resolve" -> resolve(req);
                default -> throw EtkgException.usage("no such endpoint: " + req.getRequestURI());
            };
        } catch (UploadedArchive.Refused e) {
            TimelineEndpoint.error(resp, e.status, e.getMessage());
            return;
        } catch (EtkgException e) {
            // The loader's own message: file, line and column of what is wrong; the store is unchanged.
            TimelineEndpoint.error(resp, 400, e.getMessage());
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().println(JSON.toStringFlat(answer));
    }

    private JsonObject load(HttpServletRequest req) throws IOException {
        String[] given = req.getParameterValues("path");
        boolean resolve = !"false".equalsIgnoreCase(req.getParameter("resolve"));
        if (given != null && given.length > 0) {
            if (loadRoot == null) {
                throw EtkgException.usage("POST /load?path= is refused: this server reads none of its own files for a client"
                        + " (etkg serve --load-root DIR allows a folder); send the articles as a zip or tar.gz in the body");
            }
            List<Path> paths = new ArrayList<>();
            for (String p : given) {
                paths.add(loadRoot.resolve(p));
            }
            return answer(req, load(paths, resolve), s -> s);
        }
        try (UploadedArchive upload = UploadedArchive.unpack(req.getInputStream(), req.getContentLengthLong(), limits)) {
            LoadAndResolve.Outcome outcome;
            try {
                outcome = load(List.of(upload.files()), resolve);
            } catch (EtkgException e) {
                // The loader names the files it read: here they are the entries of the upload.
                throw new EtkgException(upload.inUploadTerms(e.getMessage()), e.exitCode(), null);
            }
            return answer(req, outcome, upload::inUploadTerms);
        }
    }

    private LoadAndResolve.Outcome load(List<Path> paths, boolean resolve) {
        synchronized (oneWriter) {
            return new LoadAndResolve(Ontology.load(iris), Clock.systemUTC())
                    .load(store, paths, new LoadService.Options(null, false, org.etkg.load.BulkLoader.defaultWorkers()), resolve);
        }
    }

    private JsonObject answer(HttpServletRequest req, LoadAndResolve.Outcome outcome, java.util.function.UnaryOperator<String> names) {
        List<String> graphs = new ArrayList<>();
        outcome.load().report().articles().forEach(a -> graphs.add(iris.articleGraph(a).getURI()));
        outcome.load().report().datasets().forEach(d -> graphs.add("dataset " + names.apply(d)));
        req.setAttribute(AuditLog.GRAPHS, graphs);
        JsonObject o = new JsonObject();
        o.put("articles", outcome.load().report().articles().size());
        o.put("events", outcome.load().report().events());
        o.put("statements", outcome.load().report().statements());
        o.put("triples", outcome.load().report().triples());
        if (outcome.resolved() != null) {
            o.put("resolvedSame", outcome.resolved().accepted());
            o.put("resolvedForReview", outcome.resolved().review());
        }
        req.setAttribute(AuditLog.DETAIL, JSON.toStringFlat(o));
        return o;
    }

    private JsonObject resolve(HttpServletRequest req) {
        ResolveService.Result result;
        synchronized (oneWriter) {
            result = new ResolveService(iris, Clock.systemUTC()).resolve(store, ResolveService.Options.DEFAULTS);
        }
        JsonObject o = new JsonObject();
        o.put("resolvedSame", result.accepted());
        o.put("resolvedForReview", result.review());
        req.setAttribute(AuditLog.GRAPHS, List.of(iris.linkSetGraphPrefix() + "resolve"));
        req.setAttribute(AuditLog.DETAIL, JSON.toStringFlat(o));
        return o;
    }
}
