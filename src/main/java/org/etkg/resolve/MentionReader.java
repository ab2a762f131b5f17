package org.etkg.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.ORG;
import org.etkg.Trace;
import org.etkg.model.EntityKind;
import org.etkg.model.RoleType;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Mentions.Entity;
import org.etkg.resolve.Mentions.EntityFacts;
import org.etkg.resolve.Mentions.Event;
import org.etkg.resolve.Mentions.EventFacts;
import org.etkg.store.QuadIds;
import org.slf4j.Logger;

/**
 * Reads the mentions' facts from the store's indexes: a typed scan finds the mentions (cheap:
 * one quad per mention and article), then each mention's own quads are read by subject, which
 * is the costly part (a much-cited person's thousands of quads). That part is skipped for a
 * mention whose facts a {@link ResolveMemory} still holds and whose quads no write touched.
 */
final class MentionReader {
    private static final Logger LOG = Trace.logger(MentionReader.class);

    private final DatasetGraph dsg;
    private final QuadIds ids;
    private final IriScheme iris;
    private final String articleGraphs;
    /** Every event typed in an article graph, described in full or not: what a statement may be about. */
    private final Set<String> typedEvents = new java.util.HashSet<>();

    MentionReader(DatasetGraph dsg, IriScheme iris) {
        this.dsg = dsg;
        this.ids = new QuadIds(dsg);
        this.iris = iris;
        String one = iris.articleGraph("x").getURI();
        this.articleGraphs = one.substring(0, one.length() - 1);
    }

    boolean isEvent(String iri) {
        return typedEvents.contains(iri);
    }

    /** Article graphs by id, decoded once each: which article a quad comes from, or "". */
    private final Map<NodeId, String> articleOfGraph = new HashMap<>();
    private final Map<NodeId, String> graphNames = new HashMap<>();

    private String article(NodeId graph) {
        return articleOfGraph.computeIfAbsent(graph, g -> {
            Node n = ids.node(g);
            return n.isURI() && n.getURI().startsWith(articleGraphs) ? n.getURI().substring(articleGraphs.length()) : "";
        });
    }

    private String graphName(NodeId graph) {
        return graphNames.computeIfAbsent(graph, g -> key(ids.node(g)));
    }

    private boolean inArticle(NodeId graph) {
        return !article(graph).isEmpty();
    }

    /** How a node is named in a memory: its IRI, or its blank node label (TDB2 keeps them). */
    static String key(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.isURI() ? n.getURI() : n.toString();
    }

    String key(NodeId id) {
        return key(ids.node(id));
    }

    private String uri(NodeId id) {
        Node n = ids.node(id);
        return n.isURI() ? n.getURI() : null;
    }

    private String lex(NodeId id) {
        Node n = ids.node(id);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The id of a term, or an id no quad has when the store lacks the term. */
    NodeId idOf(Node n) {
        NodeId id = ids.id(n);
        return id == null ? NodeId.NodeDoesNotExist : id;
    }

    /** The subjects of every quad in a graph, as {@link #key(Node)} names them. */
    void subjectsOf(Node graph, Set<String> into) {
        NodeId g = ids.id(graph);
        if (g != null) {
            Set<NodeId> seen = new java.util.HashSet<>();
            ids.find(g, QuadIds.ANY, QuadIds.ANY, QuadIds.ANY, (gg, s, p, o) -> {
                if (seen.add(s)) {
                    into.add(key(s));
                }
            });
        }
    }

    private void trace(String what, long t0, int read, int kept) {
        LOG.debug("{} ms  read {} ({} read, {} kept from the last resolve)", (System.nanoTime() - t0) / 1_000_000, what, read, kept);
    }

    // ------------------------------------------------------------------ entities

    void readEntities(Mentions m, Map<String, EntityFacts> kept, ResolveMemory.Changed changed) {
        long t0 = System.nanoTime();
        Terms t = iris.terms();
        List<Node> types = List.of(Vocab.Schema.Person, t.State, Vocab.Schema.City, Vocab.Sem.Place, t.Delegation, t.Committee,
                ORG.Post.asNode(), ORG.Organization.asNode(), Vocab.Schema.Organization);
        Map<String, NodeId> entityIds = new HashMap<>();
        Map<String, EntityKind> kinds = new HashMap<>();
        Map<String, Set<String>> articles = new LinkedHashMap<>();
        NodeId rdfType = idOf(Vocab.RDF_TYPE);
        for (Node type : types) {
            EntityKind k = EntityFactsReader.kindOf(t, type.getURI());
            ids.find(QuadIds.ANY, QuadIds.ANY, rdfType, idOf(type), (g, subject, p, o) -> {
                if (!inArticle(g)) {
                    return;
                }
                String iri = uri(subject);
                if (iri == null) {
                    return;
                }
                articles.computeIfAbsent(iri, x -> new TreeSet<>()).add(article(g));
                entityIds.putIfAbsent(iri, subject);
                EntityKind was = kinds.get(iri);
                if (was == null || k.ordinal() < was.ordinal()) {
                    kinds.put(iri, k);
                }
            });
        }
        int[] read = {0};
        EntityFactsReader facts = new EntityFactsReader(this, ids);
        articles.forEach((iri, in) -> {
            EntityFacts f = kept == null || changed.entity(iri, kept.get(iri)) ? null : kept.get(iri);
            if (f == null) {
                f = facts.read(entityIds.get(iri));
                read[0]++;
            }
            m.entityFacts.put(iri, f);
            Entity e = new Entity(iri, f);
            e.kind = kinds.get(iri);
            e.articles.addAll(in);
            m.entities.put(iri, e);
        });
        trace("entities", t0, read[0], articles.size() - read[0]);
    }

    // -------------------------------------------------------------------- events

    void readEvents(Mentions m, Map<String, EventFacts> kept, ResolveMemory.Changed changed) {
        long t0 = System.nanoTime();
        Map<String, NodeId[]> eventAt = new TreeMap<>(); // IRI -> its id and its article graph's id
        ids.find(QuadIds.ANY, QuadIds.ANY, idOf(Vocab.RDF_TYPE), idOf(Vocab.Sem.Event), (g, subject, p, o) -> {
            if (inArticle(g)) {
                String iri = uri(subject);
                if (iri != null) {
                    eventAt.putIfAbsent(iri, new NodeId[] {subject, g});
                }
            }
        });
        typedEvents.addAll(eventAt.keySet());
        EventFactsReader facts = new EventFactsReader(this, ids);
        int read = 0;
        for (Map.Entry<String, NodeId[]> entry : eventAt.entrySet()) {
            String iri = entry.getKey();
            EventFacts f = kept == null || changed.event(iri, kept.get(iri)) ? null : kept.get(iri);
            if (f == null) {
                f = facts.read(iri, entry.getValue()[0], entry.getValue()[1], article(entry.getValue()[1]));
                read++;
            }
            m.eventFacts.put(iri, f);
            if (f.described()) {
                m.events.put(iri, Event.of(iri, f));
            }
        }
        trace("events", t0, read, eventAt.size() - read);
    }

    Terms terms() {
        return iris.terms();
    }

    IriScheme iris() {
        return iris;
    }

    String graphNameOf(NodeId graph) {
        return graphName(graph);
    }

    String uriOf(NodeId id) {
        return uri(id);
    }

    String lexOf(NodeId id) {
        return lex(id);
    }

    /** Whether a graph is an article's (not resolve's own links, nor an outside source's). */
    boolean inArticleGraph(NodeId graph) {
        return inArticle(graph);
    }

    /** The least time since the event before it: few events say so, so read from the gaps. */
    void readGaps(Mentions m) {
        Terms t = iris.terms();
        dsg.find(Node.ANY, Node.ANY, t.minimumGap, Node.ANY).forEachRemaining(gap ->
                dsg.find(Node.ANY, gap.getSubject(), Vocab.Time.before, Node.ANY).forEachRemaining(before ->
                        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasTime, before.getObject()).forEachRemaining(later -> {
                            Event e = m.events.get(nodeUri(later.getSubject()));
                            if (e != null) {
                                e.gapSince = nodeLex(gap.getObject());
                                dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasTime, gap.getSubject())
                                        .forEachRemaining(earlier -> e.gapFrom = nodeUri(earlier.getSubject()));
                            }
                        })));
    }

    private static String nodeUri(Node n) {
        return n.isURI() ? n.getURI() : null;
    }

    private static String nodeLex(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    // --------------------------------------------------------------------- types

    void readTypes(Mentions m) {
        run("SELECT ?t ?b WHERE { ?t skos:broader+ ?b }", s -> m.broader.computeIfAbsent(iri(s, "t"), k -> new LinkedHashSet<>()).add(iri(s, "b")));
        run("SELECT ?t ?c WHERE { ?t etkg:eventClass ?c }", s -> m.typeClass.put(iri(s, "t"), iri(s, "c")));
    }

    /** Each mention's first words in its article, for views that show the evidence. */
    void readQuotes(Mentions m) {
        Map<String, Integer> firstStart = new HashMap<>();
        run("""
                SELECT ?x ?exact ?start WHERE { ?a oa:hasBody ?x ; oa:hasTarget ?t . ?t oa:hasSelector ?q , ?p .
                  ?q oa:exact ?exact . ?p oa:start ?start }""", s -> {
            String x = iri(s, "x");
            int start = s.getLiteral("start").getInt();
            if (x != null && start < firstStart.getOrDefault(x, Integer.MAX_VALUE)) {
                firstStart.put(x, start);
                Event ev = m.events.get(x);
                if (ev != null) {
                    ev.quote = lex(s, "exact");
                }
                m.with(x, en -> en.quote = lex(s, "exact"));
            }
        });
    }

    private void run(String query, Consumer<QuerySolution> each) {
        long t0 = System.nanoTime();
        UnionQuery.select(dsg, Vocab.sparqlPrefixes(iris) + query, each);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ms  {}", (System.nanoTime() - t0) / 1_000_000, Trace.shortQuery(query));
        }
    }

    private static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    private static String lex(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
