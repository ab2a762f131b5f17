package org.etkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.auth.AuthPolicy;

/**
 * Stands before every write to a served store (--update): SPARQL Update, Graph Store writes,
 * POST /load and POST /resolve. A request is a write unless it only reads (GET, HEAD, OPTIONS,
 * or a POSTed query): unknown paths count as writes, so that no spelling of a path slips by.
 * <ul>
 * <li>A page on another site cannot write: a POST needs a Content-Type a browser's form
 * cannot send (not application/x-www-form-urlencoded, multipart/form-data or text/plain, nor
 * none) or the header {@code X-Requested-By}; either makes a browser ask first (CORS
 * preflight), and this server allows no other origin. A browser's Origin must be this server.</li>
 * <li>Without --password-file, writes come from this machine only (the client's address is
 * loopback): serve refuses to start on another interface without one.</li>
 * <li>With one, the login (checked by Jetty before this filter) must be a writer.</li>
 * <li>Each write that passes is recorded in the audit log, with its status.</li>
 * </ul>
 */
final class WriteGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String TOKEN_HEADER = "X-Requested-By";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Where a POST is a query: the form is how SPARQL clients send a long one. */
    private static final Set<String> QUERY_PATHS = Set.of(EtkgServer.DATASET, EtkgServer.DATASET + "/",
            EtkgServer.DATASET + "/sparql", EtkgServer.DATASET + "/query");
    /** The review page's writes (--drafts-root): saving a draft's files, loading it into the store. */
    static final List<String> REVIEW_WRITES = List.of(org.etkg.review.ReviewServer.SERVED_PREFIX + "/api/save",
            org.etkg.review.ReviewServer.SERVED_PREFIX + "/api/load");
    /** The review page's POSTs that only compute (the loader's checks, a quote, suggestions): reads, not audited. */
    private static final Set<String> REVIEW_READS = Set.of(org.etkg.review.ReviewServer.SERVED_PREFIX + "/api/check",
            org.etkg.review.ReviewServer.SERVED_PREFIX + "/api/quote", org.etkg.review.ReviewServer.SERVED_PREFIX + "/api/names");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private final transient AuthPolicy writers;
    private final transient AuditLog audit;

    /** @param writers who may write; null when there are no logins (then only from this machine). */
    WriteGuard(AuthPolicy writers, AuditLog audit) {
        this.writers = writers;
        this.audit = audit;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (READ_METHODS.contains(req.getMethod())
                || (QUERY_PATHS.contains(path) || REVIEW_READS.contains(path)) && "POST".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String refusal = crossSite(req);
        if (refusal == null && writers == null && !loopback(req.getRemoteAddr())) {
            refusal = "this server takes writes from its own machine only: it was started without --password-file";
        }
        if (refusal == null && writers != null && !writers.isAllowed(req.getRemoteUser())) {
            refusal = "user '" + req.getRemoteUser() + "' may not write to this store (etkg serve --write-users)";
        }
        if (refusal != null) {
            TimelineEndpoint.error(resp, 403, refusal);
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            record(req, resp.getStatus());
        }
    }

    private void record(HttpServletRequest req, int status) {
        @SuppressWarnings("unchecked")
        Collection<String> graphs = (Collection<String>) req.getAttribute(AuditLog.GRAPHS);
        if (graphs == null) {
            graphs = gspGraph(req);
        }
        String query = req.getQueryString();
        audit.record(req.getRemoteUser(), req.getRemoteAddr(), req.getMethod(),
                req.getRequestURI() + (query == null ? "" : "?" + query), graphs, (String) req.getAttribute(AuditLog.DETAIL), status);
    }

    /** The graph a Graph Store Protocol write names: ?graph=IRI, ?default, or every graph of the quads sent. */
    private static List<String> gspGraph(HttpServletRequest req) {
        if (!req.getRequestURI().startsWith(EtkgServer.DATASET + "/data")) {
            return List.of();
        }
        String graph = req.getParameter("graph");
        return List.of(graph != null ? graph : req.getParameter("default") != null ? "default" : "(the graphs of the quads sent)");
    }

    /** Why a write looks like a cross-site request from a browser, or null. */
    static String crossSite(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        String host = req.getHeader("Host");
        if (origin != null && !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
            return "a write from a page of " + origin + " is refused: pages of other sites cannot write here";
        }
        String token = req.getHeader(TOKEN_HEADER);
        // PUT, DELETE and PATCH are not "simple": a browser asks before sending them from another site.
        if (!"POST".equals(req.getMethod()) || token != null && !token.isBlank()) {
            return null;
        }
        String type = req.getContentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.isEmpty() || FORM_TYPES.contains(media)) {
            return "a write needs a Content-Type such as application/sparql-update, text/turtle or application/zip, or the"
                    + " header '" + TOKEN_HEADER + ": etkg' (" + (media.isEmpty() ? "none was given" : media + " is what a browser's form sends")
                    + "): a page of another site can send neither";
        }
        return null;
    }

    static boolean loopback(String address) {
        try {
            // An address literal: no name is looked up.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
