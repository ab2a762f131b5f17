package org.etkg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose query string cannot be decoded (a bad percent-escape, bytes that are
 * not UTF-8) with 400 and one line, before any endpoint sees it. Without it the servlet
 * container throws on the first read of a parameter, and the SPARQL endpoint answers 500 and
 * the timeline an HTML page. Found by fuzzing (ServeParametersFuzzTest; for /load, UploadFuzzTest).
 */
final class ReadableParameters extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            req.getParameterMap();
        } catch (RuntimeException e) {
            String message = "the query string cannot be read (" + e.getMessage() + "): parameters are UTF-8, percent-encoded";
            String uri = req.getRequestURI();
            // etkg's own endpoints answer errors in JSON; Fuseki's, in text as Fuseki does.
            if (uri.startsWith("/timeline") || uri.equals("/load") || uri.equals("/resolve")) {
                TimelineEndpoint.error(resp, 400, message);
            } else {
                resp.setStatus(400);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getWriter().println("Bad request: " + message);
            }
            return;
        }
        chain.doFilter(req, resp);
    }
}
