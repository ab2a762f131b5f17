package org.etkg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells browsers to take every response as the type it declares ({@code X-Content-Type-Options:
 * nosniff}): a JSON answer that carries a label an article wrote, or a SPARQL result, is never
 * run as a page or a script, whatever text it holds.
 */
final class NoSniffing extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, resp);
    }
}
