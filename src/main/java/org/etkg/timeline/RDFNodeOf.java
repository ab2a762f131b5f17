package org.etkg.timeline;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/** Wraps a graph node for APIs that take model-level nodes (query substitution). */
final class RDFNodeOf {
    private static final org.apache.jena.rdf.model.Model EMPTY = ModelFactory.createDefaultModel();

    private RDFNodeOf() {
    }

    static RDFNode of(Node node) {
        return EMPTY.asRDFNode(node);
    }
}
