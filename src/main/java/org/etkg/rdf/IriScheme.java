package org.etkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.etkg.EtkgException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIException;

/**
 * Deterministic IRIs for everything etkg mints, all under one configurable base IRI:
 * the same facts give the same IRIs on every load.
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "https://w3id.org/etkg/";

    private final String base;

    private IriScheme(String base) {
        this.base = base;
    }

    public static IriScheme defaults() {
        return new IriScheme(DEFAULT_BASE);
    }

    /** A base must be an absolute IRI ending in '/' or '#'. */
    public static IriScheme of(String base) {
        if (base == null || base.isBlank()) {
            return defaults();
        }
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) {
                throw EtkgException.usage("base IRI '" + base + "' must be absolute and end with '/' or '#'");
            }
        } catch (IRIException e) {
            throw EtkgException.usage("base IRI '" + base + "' is not an IRI: " + e.getMessage());
        }
        return new IriScheme(base);
    }

    public String base() {
        return base;
    }

    public String ontologyNamespace() {
        return base + "ontology#";
    }

    public String conceptNamespace(String scheme) {
        return base + "concept/" + scheme + "/";
    }

    public String entityNamespace() {
        return base + "id/";
    }

    public Node term(String local) {
        return NodeFactory.createURI(ontologyNamespace() + local);
    }

    public Node concept(String scheme, String id) {
        return NodeFactory.createURI(conceptNamespace(scheme) + id);
    }

    public Node entity(String id) {
        return NodeFactory.createURI(entityNamespace() + id);
    }

    public Node article(String articleId) {
        return NodeFactory.createURI(base + "article/" + articleId);
    }

    public Node event(String articleId, String id) {
        return NodeFactory.createURI(base + "event/" + articleId + "/" + id);
    }

    public Node source(String id) {
        return NodeFactory.createURI(base + "source/" + id);
    }

    public Node ontologyGraph() {
        return NodeFactory.createURI(base + "graph/ontology");
    }

    public Node articleGraph(String articleId) {
        return NodeFactory.createURI(base + "graph/article/" + articleId);
    }

    public Node outsideGraph(String articleId, String sourceId) {
        return NodeFactory.createURI(outsideGraphPrefix(articleId) + sourceId);
    }

    public String outsideGraphPrefix(String articleId) {
        return base + "graph/outside/" + articleId + "/";
    }

    /** A node "under" another: {@code <event>/time}, {@code <event>/role/...}. */
    public Node child(Node parent, String path) {
        return NodeFactory.createURI(parent.getURI() + "/" + path);
    }

    /** The evidence annotation number {@code n} for a subject, scoped to the article. */
    public Node evidence(String articleId, Node subject, int n) {
        String s = subject.getURI();
        String rel = s.startsWith(base) ? s.substring(base.length()) : Integer.toHexString(s.hashCode());
        String ownEvents = "event/" + articleId + "/";
        if (rel.startsWith(ownEvents)) {
            rel = rel.substring(ownEvents.length());
        }
        return NodeFactory.createURI(base + "evidence/" + articleId + "/" + rel + "/" + n);
    }
}
