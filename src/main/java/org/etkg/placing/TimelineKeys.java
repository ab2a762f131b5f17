package org.etkg.placing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * The timeline index: for each event of an article, a key that sorts it into the timeline
 * of the whole store, and the first and last day it may overlap. Computed from the article's
 * own graphs when it is loaded (in the load's transaction, into the graph
 * {@code <base>graph/timeline/ID}), so that a view sorts and pages a million events by their
 * keys and reads the details of one page only.
 */
public final class TimelineKeys {
    private TimelineKeys() {
    }

    /** One event's place: {@code sortKey} orders the whole store's events as {@link Placing#ORDER} would. */
    public record Key(String sortKey, LocalDate firstDay, LocalDate lastDay) {
    }

    /** The keys of the events described in these graphs (an article's own and its outside facts'), by IRI. */
    public static Map<String, Key> of(Collection<Graph> graphs, Terms t) {
        Map<String, Placing.Item> items = items(graphs, t);
        items.values().forEach(Placing::writtenDates);
        Placing.place(items);
        Map<String, Key> keys = new LinkedHashMap<>();
        List<Placing.Item> ordered = Placing.ordered(items);
        for (int i = 0; i < ordered.size(); i++) {
            Placing.Item b = ordered.get(i);
            keys.put(b.iri, new Key(sortKey(b, i), b.firstDay(), b.lastDay()));
        }
        return keys;
    }

    /** The keys an index graph holds, by event IRI. */
    public static Map<String, Key> read(Graph index, Terms t) {
        Map<String, Key> keys = new LinkedHashMap<>();
        index.find(Node.ANY, t.timelineKey, Node.ANY).forEachRemaining(k -> keys.put(k.getSubject().getURI(),
                new Key(k.getObject().getLiteralLexicalForm(), day(index, k.getSubject(), t.timelineFirstDay),
                        day(index, k.getSubject(), t.timelineLastDay))));
        return keys;
    }

    private static LocalDate day(Graph g, Node s, Node p) {
        Node d = first(g, s, p);
        return d == null ? null : LocalDate.parse(d.getLiteralLexicalForm());
    }

    /**
     * Every article's graphs in a store, by article id: its own graph first, then its outside
     * sources' graphs, the graphs its keys are derived from. One pass over the graph names.
     */
    public static Map<String, List<Graph>> storedArticles(DatasetGraph dsg, IriScheme iris) {
        String articles = iris.articleGraphPrefix();
        String outside = iris.outsideGraphsPrefix();
        Map<String, List<Graph>> out = new TreeMap<>();
        Map<String, List<Graph>> sources = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            String uri = g.isURI() ? g.getURI() : "";
            if (uri.startsWith(articles)) {
                out.computeIfAbsent(uri.substring(articles.length()), k -> new ArrayList<>()).add(0, dsg.getGraph(g));
            } else if (uri.startsWith(outside) && uri.indexOf('/', outside.length()) > 0) {
                sources.computeIfAbsent(uri.substring(outside.length(), uri.indexOf('/', outside.length())), k -> new ArrayList<>())
                        .add(dsg.getGraph(g));
            }
        });
        out.forEach((id, graphs) -> graphs.addAll(sources.getOrDefault(id, List.of())));
        return out;
    }

    /**
     * The sort key: undated last; then the date, the tie, the article, and the position in the
     * article's own order. A space sorts before every character of an IRI, so an article whose
     * IRI begins another's sorts first, as in {@link Placing#ORDER}.
     */
    static String sortKey(Placing.Item b, int position) {
        String article = b.article == null ? "" : b.article;
        if (b.anchor == null) {
            return String.format(Locale.ROOT, "1 %s %06d", article, position);
        }
        return String.format(Locale.ROOT, "0 %s %05d %s %06d", b.anchor, b.tie + 10_000, article, position);
    }

    /** The index graph {@code name} of these keys, derived from {@code source} (the article's graph). */
    public static Graph graph(Map<String, Key> keys, Terms t, Node name, Node source) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(name, Vocab.Prov.wasDerivedFrom, source));
        keys.forEach((iri, key) -> {
            Node e = NodeFactory.createURI(iri);
            g.add(Triple.create(e, t.timelineKey, NodeFactory.createLiteralString(key.sortKey())));
            if (key.firstDay() != null) {
                g.add(Triple.create(e, t.timelineFirstDay, NodeFactory.createLiteralDT(key.firstDay().toString(), XSDDatatype.XSDdate)));
                g.add(Triple.create(e, t.timelineLastDay, NodeFactory.createLiteralDT(key.lastDay().toString(), XSDDatatype.XSDdate)));
            }
        });
        return g;
    }

    // ------------------------------------------------------------ what the rules read

    private static final Node HAS_BODY = OA.hasBody.asNode();
    private static final Node HAS_TARGET = OA.hasTarget.asNode();
    private static final Node HAS_SOURCE = OA.hasSource.asNode();
    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
    private static final Node START = OA.start.asNode();

    private static Map<String, Placing.Item> items(Collection<Graph> graphs, Terms terms) {
        Map<String, Placing.Item> items = new TreeMap<>();
        for (Graph g : graphs) {
            g.find(Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Event).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    items.computeIfAbsent(t.getSubject().getURI(), k -> {
                        Placing.Item b = new Placing.Item();
                        b.iri = k;
                        return b;
                    });
                }
            });
        }
        for (Placing.Item b : items.values()) {
            Node e = NodeFactory.createURI(b.iri);
            for (Graph g : graphs) {
                read(g, b, e, graphs, terms);
            }
        }
        return items;
    }

    private static void read(Graph g, Placing.Item b, Node e, Collection<Graph> graphs, Terms terms) {
        g.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (o.isLiteral() && STAMPS.containsKey(p)) {
                LocalDate d = LocalDate.parse(o.getLiteralLexicalForm());
                switch (STAMPS.get(p)) {
                    case 0 -> b.date = d;
                    case 1 -> b.begin = d;
                    case 2 -> b.end = d;
                    case 3 -> b.earliestBegin = d;
                    default -> b.latestEnd = d;
                }
            } else if (p.equals(Vocab.Sem.subEventOf) && o.isURI()) {
                b.partOf = o.getURI();
            } else if (p.equals(Vocab.Sem.hasTime)) {
                time(b, o, graphs, terms);
            }
        });
        g.find(Node.ANY, HAS_BODY, e).forEachRemaining(a -> g.find(a.getSubject(), HAS_TARGET, Node.ANY).forEachRemaining(target -> {
            Node article = first(g, target.getObject(), HAS_SOURCE);
            g.find(target.getObject(), HAS_SELECTOR, Node.ANY).forEachRemaining(sel -> {
                Node start = first(g, sel.getObject(), START);
                if (start != null && start.isLiteral() && article != null && article.isURI()) {
                    int at = Integer.parseInt(start.getLiteralLexicalForm());
                    if (at < b.quoteStart) {
                        b.quoteStart = at;
                        b.article = article.getURI();
                    }
                }
            });
        }));
    }

    private static void time(Placing.Item b, Node time, Collection<Graph> graphs, Terms terms) {
        for (Graph g : graphs) {
            for (Node link : List.of(Vocab.Time.inDateTime, Vocab.Time.hasDateTimeDescription)) {
                g.find(time, link, Node.ANY).forEachRemaining(d -> {
                    b.year = digits(first(g, d.getObject(), Vocab.Time.year));
                    b.month = digits(first(g, d.getObject(), Vocab.Time.month));
                    b.day = digits(first(g, d.getObject(), Vocab.Time.day));
                });
            }
            for (Node rel : List.of(Vocab.Time.before, Vocab.Time.after, terms.coincidesWith)) {
                g.find(time, rel, Node.ANY).forEachRemaining(r -> {
                    Node gap = first(g, time, terms.minimumGap);
                    for (Graph h : graphs) {
                        h.find(Node.ANY, Vocab.Sem.hasTime, r.getObject()).forEachRemaining(other -> {
                            if (other.getSubject().isURI()) {
                                b.relations.add(new Placing.Relation(rel.getLocalName(), other.getSubject().getURI(),
                                        gap == null ? null : gap.getLiteralLexicalForm()));
                            }
                        });
                    }
                });
            }
        }
    }

    private static final Map<Node, Integer> STAMPS = Map.of(Vocab.Sem.hasTimeStamp, 0, Vocab.Sem.hasBeginTimeStamp, 1,
            Vocab.Sem.hasEndTimeStamp, 2, Vocab.Sem.hasEarliestBeginTimeStamp, 3, Vocab.Sem.hasLatestEndTimeStamp, 4);

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Integer digits(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String d = n.getLiteralLexicalForm().replaceAll("\\D", "");
        return d.isEmpty() ? null : Integer.valueOf(d);
    }
}
