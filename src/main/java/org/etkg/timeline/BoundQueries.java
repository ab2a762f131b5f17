package org.etkg.timeline;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.Trace;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.slf4j.Logger;

/**
 * The timeline's SPARQL: each query parsed once with the project's prefixes and run over the
 * union graph with values bound, never pasted into its text (a filter value is a user's).
 */
final class BoundQueries {
    private static final Logger LOG = Trace.logger(BoundQueries.class);

    private final String prefixes;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    BoundQueries(IriScheme iris) {
        this.prefixes = Vocab.sparqlPrefixes(iris);
    }

    void run(DatasetGraph dsg, String select, Map<String, Node> bindings, Consumer<QuerySolution> each) {
        Query query = parsed.computeIfAbsent(select, k -> QueryFactory.create(prefixes + k));
        long t0 = System.nanoTime();
        UnionQuery.select(dsg, query, bindings, each);
        // Each timeline query's time, under -Detkg.trace: the way to see which one a large store makes slow.
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ms {}", String.format(Locale.ROOT, "%6.1f", (System.nanoTime() - t0) / 1e6), Trace.shortQuery(select));
        }
    }
}
