package org.etkg.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.EtkgException;
import org.etkg.Trace;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.model.NameKey;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;
import org.slf4j.Logger;

/**
 * Reads the timeline index from the store, by node id where it can: the keys of events (to
 * order and filter by day) and the shown entries of a page. An event loaded before the index
 * existed is computed from its graphs.
 */
final class StoreIndexReader {
    private final IriScheme iris;

    StoreIndexReader(IriScheme iris) {
        this.iris = iris;
    }

    /**
     * The index keys of the given events (every event when null). An event loaded before the
     * index existed has none: its keys are computed from its graphs now, and `etkg validate`
     * says that the store needs a reload.
     */
    Map<String, TimelineIndex.Key> keys(DatasetGraph dsg, Set<String> events) {
        return keys(dsg, events, true);
    }

    /** As {@link #keys(DatasetGraph, Set)}; without {@code days}, the sort keys alone (enough to order, not to filter by date). */
    Map<String, TimelineIndex.Key> keys(DatasetGraph dsg, Set<String> events, boolean days) {
        Terms t = iris.terms();
        Map<String, String> sortKeys = new HashMap<>();
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Set<String> wanted = events;
        if (events == null) {
            wanted = new LinkedHashSet<>();
            Set<String> all = wanted;
            dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Event).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    all.add(q.getSubject().getURI());
                }
            });
            dsg.find(Node.ANY, Node.ANY, t.timelineKey, Node.ANY).forEachRemaining(q -> sortKeys.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            dsg.find(Node.ANY, Node.ANY, t.timelineFirstDay, Node.ANY).forEachRemaining(q -> first.put(q.getSubject().getURI(), LocalDate.parse(q.getObject().getLiteralLexicalForm())));
            dsg.find(Node.ANY, Node.ANY, t.timelineLastDay, Node.ANY).forEachRemaining(q -> last.put(q.getSubject().getURI(), LocalDate.parse(q.getObject().getLiteralLexicalForm())));
        } else {
            // An index lookup or three for each event: an event has many other quads that need not be read.
            QuadIds q = new QuadIds(dsg);
            NodeId key = q.id(t.timelineKey);
            NodeId firstDay = q.id(t.timelineFirstDay);
            NodeId lastDay = q.id(t.timelineLastDay);
            for (String e : events) {
                NodeId id = q.id(NodeFactory.createURI(e));
                if (id == null) {
                    continue;
                }
                q.find(QuadIds.ANY, id, key, QuadIds.ANY, (g, s, p, o) -> sortKeys.put(e, q.node(o).getLiteralLexicalForm()));
                if (days) {
                    q.find(QuadIds.ANY, id, firstDay, QuadIds.ANY, (g, s, p, o) -> first.put(e, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
                    q.find(QuadIds.ANY, id, lastDay, QuadIds.ANY, (g, s, p, o) -> last.put(e, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
                }
            }
        }
        Map<String, TimelineIndex.Key> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : wanted) {
            String k = sortKeys.get(e);
            if (k == null) {
                missing.add(e);
            } else {
                out.put(e, new TimelineIndex.Key(k, first.get(e), last.get(e)));
            }
        }
        if (!missing.isEmpty()) {
            computed(dsg, missing).forEach((e, x) -> out.put(e, x.key()));
        }
        return out;
    }

    /**
     * The shown entries of the given events, from the timeline index (one lookup each), in
     * the order given. An event without one (loaded before the index) is read from its graphs.
     */
    Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> events) {
        Node p = iris.terms().timelineEntry;
        Map<String, TimelineEntry> out = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : events) {
            var it = dsg.find(Node.ANY, NodeFactory.createURI(e), p, Node.ANY);
            try {
                if (it.hasNext()) {
                    out.put(e, TimelineIndex.decode(e, it.next().getObject().getLiteralLexicalForm()));
                } else {
                    out.put(e, null);
                    missing.add(e);
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        if (!missing.isEmpty()) {
            computed(dsg, missing).forEach((e, x) -> out.put(e, x.entry()));
        }
        return out;
    }

    /** The index of events computed now from the graphs that describe them, for a store loaded before the index. */
    private Map<String, TimelineIndex.Indexed> computed(DatasetGraph dsg, Set<String> events) {
        Map<Node, Set<String>> byGraph = new LinkedHashMap<>();
        for (String e : events) {
            dsg.find(Node.ANY, NodeFactory.createURI(e), Vocab.RDF_TYPE, Vocab.Sem.Event)
                    .forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new LinkedHashSet<>()).add(e));
        }
        Map<String, TimelineIndex.Indexed> out = new HashMap<>();
        Map<String, Map<Node, org.apache.jena.graph.Graph>> articles = TimelineIndex.storedArticles(dsg, iris);
        org.apache.jena.graph.Graph vocabulary = dsg.getGraph(iris.ontologyGraph());
        String articlePrefix = iris.articleGraphPrefix();
        byGraph.forEach((graph, members) -> {
            boolean article = graph.isURI() && graph.getURI().startsWith(articlePrefix);
            Map<Node, org.apache.jena.graph.Graph> graphs = article
                    ? articles.get(graph.getURI().substring(articlePrefix.length())) : Map.of(graph, dsg.getGraph(graph));
            TimelineIndex.of(graphs, vocabulary, iris.terms()).forEach((e, x) -> {
                if (members.contains(e)) {
                    out.put(e, x);
                }
            });
        });
        // An event typed in no graph at all (a union-only view): last, in IRI order.
        for (String e : events) {
            out.putIfAbsent(e, TimelineIndex.unplaced(e));
        }
        return out;
    }
}
