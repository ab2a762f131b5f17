package org.etkg.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page and its script and style, served from the jar (nothing from the network). The
 * Content-Security-Policy lets the page run only its own script and style and talk only to this
 * server: a draft's words are put on the page as text, never as markup, and even a mistake there
 * could not run a script.
 */
final class ReviewPage extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(
            "/", "review.html", "/index.html", "review.html", "/review.js", "review.js", "/review.css", "review.css");

    /** Where the page is: "" at the root of etkg review, "/review" under etkg serve. */
    private final String prefix;

    ReviewPage(String prefix) {
        this.prefix = prefix;
    }

    static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
                + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        if (!prefix.isEmpty() && uri.equals(prefix)) {
            // The page names its script, style and API relative to itself: it must be read from prefix/.
            resp.sendRedirect(prefix + "/");
            return;
        }
        String file = uri.startsWith(prefix) ? FILES.get(uri.substring(prefix.length())) : null;
        if (file == null) {
            resp.sendError(404, "Not found");
            return;
        }
        try (InputStream in = ReviewPage.class.getResourceAsStream("/etkg/review/" + file)) {
            if (in == null) {
                throw new IllegalStateException("etkg/review/" + file + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            resp.setContentType(file.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            secure(resp);
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }
}
