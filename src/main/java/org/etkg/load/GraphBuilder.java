package org.etkg.load;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.model.Location;
import org.etkg.rdf.Vocab;

/** Adds triples to one graph and remembers which line of a facts file each subject came from. */
final class GraphBuilder {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Node, Location> origins;

    GraphBuilder(Map<Node, Location> origins) {
        this.origins = origins;
    }

    Graph graph() {
        return graph;
    }

    void origin(Node subject, Location location) {
        if (location != null) {
            origins.putIfAbsent(subject, location);
        }
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    void type(Node s, Node... classes) {
        for (Node c : classes) {
            add(s, Vocab.RDF_TYPE, c);
        }
    }

    void label(Node s, String label) {
        add(s, Vocab.RDFS_LABEL, en(label));
    }

    void text(Node s, Node p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void english(Node s, Node p, String value) {
        if (value != null) {
            add(s, p, en(value));
        }
    }

    void typed(Node s, Node p, String lexical, XSDDatatype type) {
        add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}
