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

    public static ReviewServer start(ReviewService service, int port) {
        ReviewPage page = new ReviewPage();
        ReviewApi api = new ReviewApi(service);
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(port).enablePing(false)
                .addServlet("", page).addServlet("/index.html", page).addServlet("/review.js", page)
                .addServlet("/review.css", page).addServlet("/api/*", api);
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
