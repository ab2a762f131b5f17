package org.etkg.review;

import org.apache.jena.fuseki.main.FusekiServer;
import org.etkg.EtkgException;

/**
 * The review page on the loopback interface, by the same embedded server (Jetty inside
 * Fuseki) as etkg serve, with no dataset: the page, its script and style, and its JSON API.
 */
public final class ReviewServer implements AutoCloseable {
    private final FusekiServer server;

    private ReviewServer(FusekiServer server) {
        this.server = server;
    }

    /** Where etkg serve puts the review page of its --drafts-root. */
    public static final String SERVED_PREFIX = "/review";

    public static ReviewServer start(ReviewService service, int port) {
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(port).enablePing(false);
        mount(builder, "", service);
        try {
            return new ReviewServer(builder.build().start());
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new EtkgException("cannot start the review page on 127.0.0.1:" + port + ": " + root.getMessage()
                    + (root instanceof java.net.BindException ? " (is another server using the port? try --port)" : ""), e);
        }
    }

    /**
     * Adds the page, its script and style and its API to a server being built, under
     * {@code prefix} ("" for the root): prefix/, prefix/review.js, prefix/review.css, prefix/api/...
     */
    public static void mount(FusekiServer.Builder builder, String prefix, ReviewService service) {
        ReviewPage page = new ReviewPage(prefix);
        builder.addServlet(prefix.isEmpty() ? "" : prefix + "/", page).addServlet(prefix + "/index.html", page)
                .addServlet(prefix + "/review.js", page).addServlet(prefix + "/review.css", page)
                .addServlet(prefix + "/api/*", new ReviewApi(service));
        if (!prefix.isEmpty()) {
            builder.addServlet(prefix, page);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
