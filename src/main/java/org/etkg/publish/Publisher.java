package org.etkg.publish;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.ConnectFailure;
import org.etkg.EtkgException;
import org.etkg.store.EtkgStore;

/**
 * Copies the store's named graphs to any SPARQL 1.1 Graph Store Protocol endpoint, one PUT
 * per graph, so that publishing again leaves the remote graphs identical.
 */
public final class Publisher {
    private final String endpoint;
    private final String user;
    private final String password;
    private final Duration timeout;
    private final HttpClient client;
    /** Tries of one graph's PUT when the server drops the connection without an answer. */
    private static final int ATTEMPTS = 3;

    /**
     * @param user and {@code password} may be null for an open endpoint. They answer the
     *             server's challenge, Basic (Fuseki) or Digest (Virtuoso's
     *             /sparql-graph-crud-auth), through Jena's registry of credentials.
     */
    public Publisher(String endpoint, String user, String password, Duration timeout) {
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
        // HTTP/1.1: not every store answers a request that offers the upgrade to HTTP/2 (Virtuoso 7.2 does not).
        this.timeout = timeout;
        this.client = newClient();
    }

    private HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** One graph sent: its name and size. */
    public record Sent(String graph, long triples) {
    }

    /** PUTs the given graphs (all named graphs when empty); stops at the first failure. */
    public List<Sent> publish(EtkgStore store, List<String> graphIris) {
        List<Node> names = store.read(dsg -> {
            List<Node> all = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(all::add);
            if (graphIris.isEmpty()) {
                return all;
            }
            List<Node> chosen = new ArrayList<>();
            for (String iri : graphIris) {
                Node n = NodeFactory.createURI(iri);
                if (!all.contains(n)) {
                    throw EtkgException.usage("no graph <" + iri + "> in the store");
                }
                chosen.add(n);
            }
            return chosen;
        });
        List<Sent> sent = new ArrayList<>();
        URI target = URI.create(endpoint);
        if (user != null) {
            AuthEnv.get().registerUsernamePassword(target, user, password);
        }
        try {
            for (Node name : names) {
                sent.add(put(store, name, sent.size()));
            }
        } finally {
            if (user != null) {
                AuthEnv.get().unregisterUsernamePassword(target);
            }
        }
        return sent;
    }

    private Sent put(EtkgStore store, Node name, int done) {
        // A copy, so that no store transaction stays open while the network is slow.
        Graph copy = store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
        HttpClient via = client;
        for (int attempt = 1; ; attempt++) {
            try {
                GSP.service(endpoint).httpClient(via).graphName(name).PUT(copy);
                break;
            } catch (HttpException e) {
                if (attempt == ATTEMPTS || !droppedConnection(e)) {
                    throw new EtkgException(describe(e, name, done), e);
                }
                // A server may close a kept-alive connection as the request goes out (Virtuoso
                // does, after an authentication challenge), and the pool may hold more such
                // connections. A PUT replaces the graph whole, so sending it again is safe; a
                // client of its own guarantees the next try a new connection.
                via = newClient();
            }
        }
        return new Sent(name.getURI(), copy.size());
    }

    /** Whether the request failed without an answer on a connection the server had closed (not one that never opened). */
    private static boolean droppedConnection(HttpException e) {
        if (e.getStatusCode() > 0) {
            return false;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return false;
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private String describe(HttpException e, Node graph, int done) {
        int status = e.getStatusCode();
        String why;
        if (status == 401 || status == 403) {
            why = "the endpoint refused the credentials (HTTP " + status + "); check --user and --password-file";
        } else if (status == 404) {
            why = "no Graph Store Protocol service at this URL (HTTP 404); for Fuseki it is http://HOST:3030/DATASET/data";
        } else if (status == 405) {
            why = "the endpoint does not accept PUT (HTTP 405): is it read-only?";
        } else if (status > 0) {
            why = "HTTP " + status + " " + (e.getResponse() == null ? e.getMessage() : e.getResponse());
        } else {
            why = ConnectFailure.of(e)
                    .orElseGet(() -> String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        return "publishing <" + graph.getURI() + "> to " + endpoint + " failed: " + why
                + (done > 0 ? " (" + done + " graph(s) were sent before it)" : "");
    }
}
