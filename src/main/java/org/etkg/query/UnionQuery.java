package org.etkg.query;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * The one way etkg runs SPARQL over a store: the union of all graphs is the default graph
 * (GRAPH ?g still reaches each named graph), and values reach the query only as bound
 * values, never pasted into its text.
 */
public final class UnionQuery {
    private static final org.apache.jena.rdf.model.Model NODES = ModelFactory.createDefaultModel();

    private UnionQuery() {
    }

    /** An execution of {@code query} over the union graph with {@code bindings} substituted. */
    public static QueryExecution over(DatasetGraph dsg, Query query, Map<String, Node> bindings) {
        QueryExecutionDatasetBuilder builder = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true);
        bindings.forEach((var, value) -> builder.substitution(var, NODES.asRDFNode(value)));
        return builder.build();
    }

    /** Runs a SELECT and hands each solution to {@code each}; call it inside a read transaction. */
    public static void select(DatasetGraph dsg, Query query, Map<String, Node> bindings, Consumer<QuerySolution> each) {
        try (QueryExecution qe = over(dsg, query, bindings)) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    public static void select(DatasetGraph dsg, String query, Consumer<QuerySolution> each) {
        select(dsg, QueryFactory.create(query), Map.of(), each);
    }
}
