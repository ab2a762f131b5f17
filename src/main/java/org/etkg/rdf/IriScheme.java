package org.etkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.etkg.EtkgException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIException;

/**
 * Deterministic IRIs for everything etkg mints, all under one configurable base IRI:
 * the same facts give the same IRIs on every load. No other class builds an IRI under the
 * base by concatenation; docs/data-model.md lists the layout.
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "https://w3id.org/etkg/";

    private final String base;
    private final Terms terms;

    private IriScheme(String base) {
        this.base = base;
        this.terms = new Terms(ontologyNamespace());
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

    /** The project's own terms under this base. */
    public Terms terms() {
        return terms;
    }

    public String conceptNamespace(Scheme scheme) {
        return base + "concept/" + scheme.path() + "/";
    }

    /** The IRI of the concept scheme itself: {@code <base>concept/<scheme>/scheme}. */
    public Node schemeNode(Scheme scheme) {
        return concept(scheme, "scheme");
    }

    public String entityNamespace() {
        return base + "id/";
    }

    public Node concept(Scheme scheme, String id) {
        return NodeFactory.createURI(conceptNamespace(scheme) + id);
    }

    public Node entity(String id) {
        return NodeFactory.createURI(entityNamespace() + id);
    }

    public Node article(String articleId) {
        return NodeFactory.createURI(base + "article/" + articleId);
    }

    /** Where every article's events are: event/ARTICLE/ID. */
    public String eventNamespace() {
        return base + "event/";
    }

    public Node event(String articleId, String id) {
        return NodeFactory.createURI(base + "event/" + articleId + "/" + id);
    }

    public Node source(String id) {
        return NodeFactory.createURI(base + "source/" + id);
    }

    /** Where every graph etkg writes lives. */
    public String graphPrefix() {
        return base + "graph/";
    }

    /** Marks a constraint of ontology/shapes.ttl that checks only what etkg's loader builds from the text. */
    public Node loaderInvariant() {
        return NodeFactory.createURI(base + "shapes#loaderInvariant");
    }

    /**
     * A graph as an analyst names it: its IRI, or its name under {@code <base>graph/} as the
     * store lists it ({@code article/shift-in-stance-taliban-ttp}).
     */
    public String graphIri(String iriOrName) {
        if (iriOrName.contains(":")) {
            return iriOrName;
        }
        String name = iriOrName.startsWith("graph/") ? iriOrName.substring("graph/".length()) : iriOrName;
        return base + "graph/" + name;
    }

    public Node ontologyGraph() {
        return NodeFactory.createURI(base + "graph/ontology");
    }

    public Node articleGraph(String articleId) {
        return NodeFactory.createURI(articleGraphPrefix() + articleId);
    }

    /** The timeline index of one article's events (derived at load; see etkg:timelineKey). */
    public Node timelineGraph(String articleId) {
        return NodeFactory.createURI(timelineGraphPrefix() + articleId);
    }

    /**
     * The timeline index of the events of a dataset loaded beside the articles (a GDELT file's
     * rows): a folder of its own under the index, so that no article id can name it.
     */
    public Node datasetTimelineGraph(String name) {
        return NodeFactory.createURI(timelineGraphPrefix() + "dataset/" + name);
    }

    public String timelineGraphPrefix() {
        return base + "graph/timeline/";
    }

    public Node outsideGraph(String articleId, String sourceId) {
        return NodeFactory.createURI(outsideGraphPrefix(articleId) + sourceId);
    }

    public String outsideGraphPrefix(String articleId) {
        return outsideGraphsPrefix() + articleId + "/";
    }

    /** Where every article's outside-facts graphs live: {@code <prefix>ARTICLE/SOURCE}. */
    public String outsideGraphsPrefix() {
        return base + "graph/outside/";
    }

    /** Where every article's own graph lives: {@code <prefix>ARTICLE}. */
    public String articleGraphPrefix() {
        return base + "graph/article/";
    }

    /** The graph of an RDF dataset loaded beside the articles, named after its file. */
    public Node datasetGraph(String name) {
        return NodeFactory.createURI(datasetGraphPrefix() + name);
    }

    /** Where every dataset's graph lives: {@code <prefix>NAME}. */
    public String datasetGraphPrefix() {
        return base + "graph/dataset/";
    }

    /** Where every link-set graph lives; an analyst's decisions are one of them. */
    public String linkSetGraphPrefix() {
        return base + "graph/links/";
    }

    public Node linkSetGraph(String name) {
        return NodeFactory.createURI(linkSetGraphPrefix() + name);
    }

    public Node decisionsGraph() {
        return linkSetGraph("decisions");
    }

    /** The description of one proposed or decided link, named by a digest of its two ends. */
    public Node link(String digest) {
        return NodeFactory.createURI(base + "link/" + digest);
    }

    /** A node "under" another: {@code <event>/time}, {@code <event>/role/...}. */
    /** Resources read from GDELT files: gdelt/event/GLOBALEVENTID, gdelt/actor/..., gdelt/place/... */
    public Node gdelt(String path) {
        return NodeFactory.createURI(base + "gdelt/" + path);
    }

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
