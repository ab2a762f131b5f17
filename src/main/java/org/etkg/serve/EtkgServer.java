package org.etkg.serve;

import java.time.Duration;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.etkg.EtkgException;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.review.ReviewServer;
import org.etkg.review.ReviewService;
import org.etkg.search.TextQueries;
import org.etkg.store.EtkgStore;
import org.etkg.timeline.TimelineService;

/**
 * The store served over the SPARQL protocols by an embedded Fuseki: query (GET and POST,
 * every result and RDF format by content negotiation), the Graph Store Protocol for
 * reading graphs, updates only when asked, a timeout on every query, a cap on the rows of
 * every result, the union of the graphs as the default graph, and a page at / that says
 * what the dataset holds, and the timeline (JSON at /timeline, a page at /timeline.html).
 */
public final class EtkgServer implements AutoCloseable {
    public static final String DATASET = "/etkg";

    private final FusekiServer server;
    private final TimelineService timeline;

    private EtkgServer(FusekiServer server, TimelineService timeline) {
        this.server = server;
        this.timeline = timeline;
    }

    /**
     * Waits until the timeline's index is in memory, read in the background since the start
     * (pages are answered from the store meanwhile); false when the time ran out.
     */
    public boolean awaitTimeline(Duration timeout) {
        return timeline.awaitMemory(timeout);
    }

    /** What to serve and how. {@code host} is 127.0.0.1/localhost/::1 (loopback) or 0.0.0.0 (all interfaces). */
    public record Options(String host, int port, Duration timeout, long maxRows, boolean update, Security security) {
        /** No logins, SERVICE refused, loads by upload only. */
        public Options(String host, int port, Duration timeout, long maxRows, boolean update) {
            this(host, port, timeout, maxRows, update, Security.DEFAULTS);
        }
    }

    /**
     * Checks the options against each other and the files they name (the password file, the
     * load root), so that a command refuses them before it opens the store.
     */
    public static void check(Options options) {
        boolean loopback = loopback(options.host());
        ServerAccess.of(options.security(), options.update(), loopback, options.host());
        CorsPolicy.check(options.security().corsOrigins());
        LoadRoot loadRoot = LoadRoot.of(options.security().loadRoot());
        if (loadRoot != null && !options.update()) {
            throw EtkgException.usage("--load-root is where POST /load may read from: it needs --update");
        }
        if (options.security().draftsRoot() != null) {
            ReviewService.checkRoot(options.security().draftsRoot());
        }
    }

    private static boolean loopback(String host) {
        return switch (host) {
            case "127.0.0.1", "localhost", "::1", "[::1]" -> true;
            case "0.0.0.0", "*", "::" -> false;
            default -> throw EtkgException.usage("--host " + host
                    + ": serve binds to the loopback interface (127.0.0.1) or to every interface (0.0.0.0)");
        };
    }

    public static EtkgServer start(EtkgStore store, IriScheme iris, Options options) {
        check(options);
        boolean loopback = loopback(options.host());
        Security security = options.security();
        ServerAccess access = ServerAccess.of(security, options.update(), loopback, options.host());
        LoadRoot loadRoot = LoadRoot.of(security.loadRoot());
        DatasetGraph dsg = store.dataset();
        if (options.update()) {
            store.stopKeepingResolveMemory(); // SPARQL updates change the store without EtkgStore.write
        }
        // No SERVICE calls for clients but to the endpoints the operator trusts.
        ServicePolicy.apply(dsg.getContext(), security.allowService());
        // The union of all graphs is the default graph, as in etkg query; every query stops at the timeout.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        // text:query on the endpoint answers from the store's text index.
        TextQueries.attachIfPresent(store);
        long maxRows = options.maxRows();
        SPARQL_QueryDataset cappedQuery = new SPARQL_QueryDataset() {
            @Override
            protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
                Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
                Query q = decided.getRight();
                if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
                    q = q.cloneQuery();
                    q.setLimit(maxRows);
                }
                return Pair.create(decided.getLeft(), q);
            }
        };
        FusekiServer.Builder builder = FusekiServer.create()
                .loopback(loopback)
                .port(options.port())
                .registerOperation(Operation.Query, cappedQuery)
                .registerOperation(Operation.Update, new GuardedUpdate())
                .enablePing(true)
                .add(DATASET, access.dataService(dsg))
                .addServlet("", new IndexPage(store, iris, options))
                .addServlet("/index.html", new IndexPage(store, iris, options));
        TimelineService service = TimelineService.keptInMemory(store, iris);
        TimelineEndpoint timeline = new TimelineEndpoint(service, options.update());
        for (String path : java.util.List.of("/timeline", "/timeline/names", "/timeline.html")) {
            builder.addServlet(path, timeline);
        }
        builder.addFilter("/*", new NoSniffing());
        builder.addFilter("/*", new ReadableParameters());
        // Every write to the store, by POST /load or by the review page's Load, one at a time.
        Object oneWriter = new Object();
        WriteGuard guard = new WriteGuard(access.writers(), new AuditLog(store.dir(), java.time.Clock.systemUTC()));
        if (options.update()) {
            WriteEndpoint writes = new WriteEndpoint(store, iris, loadRoot, security.upload(), oneWriter);
            builder.addServlet("/load", writes).addServlet("/resolve", writes);
            builder.addFilter("/*", guard);
        }
        if (security.draftsRoot() != null) {
            // The review pages of the drafts: their saves are writes (to the drafts' files), guarded as the store's are.
            ReviewServer.mount(builder, ReviewServer.SERVED_PREFIX,
                    ReviewService.served(security.draftsRoot(), store, options.update(), oneWriter, Ontology.load(iris)));
            if (!options.update()) {
                builder.addFilter(ReviewServer.SERVED_PREFIX + "/api/*", guard);
            }
        }
        access.configure(builder);
        // No page of another site may call this server from a browser, but those the operator names.
        CorsPolicy.apply(builder, security.corsOrigins());
        try {
            EtkgServer server = new EtkgServer(builder.build().start(), service);
            // Only once it listens: a server that cannot start leaves no read under way, and its store closes.
            service.startReading();
            return server;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new EtkgException("cannot start the server on " + options.host() + ":" + options.port() + ": "
                    + root.getMessage() + (root instanceof java.net.BindException ? " (is another server using the port? try --port)" : ""), e);
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
