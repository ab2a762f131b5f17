package org.etkg.serve;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps a served store's queries from making requests for their clients: a query's
 * {@code SERVICE <url>} is refused before any connection is opened, unless the operator named
 * the endpoint with --allow-service. Without it a client could make the server fetch any
 * address its network reaches (server-side request forgery). It is set on the served
 * dataset's context only, so that {@code etkg query} keeps federated queries.
 */
final class ServicePolicy {
    private ServicePolicy() {
    }

    static void apply(Context context, List<String> allowed) {
        Set<String> endpoints = Set.copyOf(allowed);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        // Jena's chain calls this link first, with the endpoint as the query will call it (a variable bound).
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            String iri = service.isURI() ? service.getURI() : service.toString();
            if (!endpoints.contains(iri)) {
                throw new QueryExecException("SERVICE <" + iri + "> is refused: this server calls no other endpoint"
                        + (endpoints.isEmpty() ? "" : " but " + String.join(", ", endpoints.stream().sorted().toList()))
                        + " for its clients (etkg serve --allow-service URL; etkg query calls any)");
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
