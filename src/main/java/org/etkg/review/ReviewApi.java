package org.etkg.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.EtkgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's JSON API under /api/: index, draft, entity, names (suggestions), check, quote, save, load. Writes come only
 * from the page itself: a POST must carry JSON and the page's own header, which a form or a
 * script of another site cannot send without the browser asking first (and this server never agrees).
 */
final class ReviewApi extends HttpServlet {
    static final String HEADER = "X-Etkg-Review";
    private static final int MOST_BYTES = 8 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ReviewApi.class);

    private final transient ReviewService service;

    ReviewApi(ReviewService service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(resp, () -> switch (path(req)) {
            case "/index" -> service.index();
            case "/draft" -> service.open(name(req));
            case "/entity" -> service.entity(parameter(req, "id"));
            default -> throw new NotFound(path(req));
        });
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(resp, () -> {
            String type = req.getContentType() == null ? "" : req.getContentType();
            if (!type.startsWith("application/json") || !"1".equals(req.getHeader(HEADER))) {
                throw new EtkgException("only the review page may post here (JSON with its " + HEADER + " header)");
            }
            JsonObject body = body(req);
            return switch (path(req)) {
                case "/names" -> service.names(string(body, "q"), array(body, "entities"));
                case "/check" -> service.check(name(req), object(body, "facts"), optional(body, "outside"));
                case "/quote" -> service.quote(name(req), object(body, "facts"), integer(body, "start"), integer(body, "end"));
                case "/save" -> service.save(name(req), string(body, "version"), object(body, "facts"), optional(body, "outside"));
                case "/load" -> service.load(name(req), string(body, "version"));
                default -> throw new NotFound(path(req));
            };
        });
    }

    private interface Answer {
        JsonObject get();
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String path) {
            super("no such address: " + path);
        }
    }

    private static void answer(HttpServletResponse resp, Answer answer) throws IOException {
        JsonObject out;
        int status = 200;
        try {
            out = answer.get();
        } catch (NotFound e) {
            status = 404;
            out = error(e.getMessage());
        } catch (ReviewService.Conflict e) {
            status = 409;
            out = error(e.getMessage());
        } catch (EtkgException e) {
            status = 400;
            out = error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("review: a bug in etkg", e);
            status = 500;
            out = error("etkg failed (a bug; please report it): " + e);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        ReviewPage.secure(resp);
        // No Content-Length: with it the answer is complete, and sent, once its bytes are written, before
        // etkg serve's write guard has recorded the save in the audit log (which it does before the answer).
        resp.getOutputStream().write(bytes);
    }

    private static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        return o;
    }

    /** The address under the API's own (/api/ for etkg review, /review/api/ under etkg serve). */
    private static String path(HttpServletRequest req) {
        return req.getPathInfo() == null ? "" : req.getPathInfo();
    }

    private static String parameter(HttpServletRequest req, String key) {
        String v = req.getParameter(key);
        if (v == null || v.isBlank()) {
            throw new EtkgException("the request has no '" + key + "'");
        }
        return v;
    }

    private static JsonArray array(JsonObject body, String key) {
        JsonValue v = body.get(key);
        return v != null && v.isArray() ? v.getAsArray() : new JsonArray();
    }

    private static String name(HttpServletRequest req) {
        String name = req.getParameter("name");
        if (name == null || name.isBlank()) {
            throw new EtkgException("which draft? (name=...)");
        }
        return name;
    }

    private static JsonObject body(HttpServletRequest req) {
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                throw new EtkgException("the request is larger than " + (MOST_BYTES >> 20) + " MiB");
            }
            return JSON.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EtkgException("cannot read the request: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new EtkgException("the request is not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(JsonObject body, String key) {
        JsonValue v = body.get(key);
        if (v == null || !v.isObject()) {
            throw new EtkgException("the request has no '" + key + "'");
        }
        return v.getAsObject();
    }

    private static JsonObject optional(JsonObject body, String key) {
        JsonValue v = body.get(key);
        return v == null || !v.isObject() ? null : v.getAsObject();
    }

    private static String string(JsonObject body, String key) {
        JsonValue v = body.get(key);
        if (v == null || !v.isString()) {
            throw new EtkgException("the request has no '" + key + "'");
        }
        return v.getAsString().value();
    }

    private static int integer(JsonObject body, String key) {
        JsonValue v = body.get(key);
        if (v == null || !v.isNumber()) {
            throw new EtkgException("the request has no number '" + key + "'");
        }
        return v.getAsNumber().value().intValue();
    }
}
