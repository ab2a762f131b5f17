package org.etkg.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;
import org.etkg.store.StoreVersion;

/**
 * Builds the {@link InMemoryIndex} of a whole store in one read transaction: the events in
 * time order from the timeline index's keys, their clusters, and which events each actor,
 * place, type and modality has, all read by node id.
 */
final class InMemoryIndexBuild {
    private InMemoryIndexBuild() {
    }

    /**
     * Reads the index of every event in the store. {@code fromStore} gives the keys of events
     * loaded before the index existed, and later the entries of events the index has none of.
     */
    static InMemoryIndex build(DatasetGraph dsg, IriScheme iris, StoreIndexReader fromStore) {
        Function<Set<String>, Map<String, TimelineIndex.Key>> computed = events -> fromStore.keys(dsg, events);
        StoreVersion version = StoreVersion.of(dsg);
        Terms t = iris.terms();
        QuadIds q = new QuadIds(dsg);
        Map<NodeId, String> sortKey = new HashMap<>();
        Map<NodeId, LocalDate> first = new HashMap<>();
        Map<NodeId, LocalDate> last = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(t.timelineKey), QuadIds.ANY,
                (g, s, p, o) -> sortKey.put(s, q.node(o).getLiteralLexicalForm()));
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(t.timelineFirstDay), QuadIds.ANY,
                (g, s, p, o) -> first.put(s, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(t.timelineLastDay), QuadIds.ANY,
                (g, s, p, o) -> last.put(s, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
        Set<NodeId> ids = new LinkedHashSet<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_TYPE), q.id(Vocab.Sem.Event), (g, s, p, o) -> ids.add(s));
        ids.addAll(sortKey.keySet());

        record Row(NodeId id, String iri, TimelineIndex.Key key) {
        }
        List<Row> rows = new ArrayList<>(ids.size());
        Set<String> unindexed = new LinkedHashSet<>();
        Map<String, NodeId> idOfUnindexed = new HashMap<>();
        for (NodeId id : ids) {
            Node n = q.node(id);
            if (!n.isURI()) {
                continue;
            }
            String k = sortKey.get(id);
            if (k == null) {
                unindexed.add(n.getURI());
                idOfUnindexed.put(n.getURI(), id);
            } else {
                rows.add(new Row(id, n.getURI(), new TimelineIndex.Key(k, first.get(id), last.get(id))));
            }
        }
        if (!unindexed.isEmpty()) {
            computed.apply(unindexed).forEach((iri, key) -> rows.add(new Row(idOfUnindexed.get(iri), iri, key)));
        }
        rows.sort((a, b) -> {
            int c = a.key().sortKey().compareTo(b.key().sortKey());
            return c != 0 ? c : a.iri().compareTo(b.iri());
        });

        int n = rows.size();
        String[] events = new String[n];
        TimelineIndex.Key[] keys = new TimelineIndex.Key[n];
        Map<NodeId, Integer> rankOfId = new HashMap<>(n * 2);
        Map<String, Integer> rank = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            events[i] = r.iri();
            keys[i] = r.key();
            rankOfId.put(r.id(), i);
            rank.put(r.iri(), i);
        }

        NodeId[] entryIds = new NodeId[n];
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(t.timelineEntry), QuadIds.ANY, (g, s, p, o) -> {
            Integer r = rankOfId.get(s);
            if (r != null) {
                entryIds[r] = o;
            }
        });

        // One entry per cluster (see Clusters); ranks are in time order.
        Identity identity = Identity.read(dsg, iris);
        int[] primary = new int[n];
        for (int i = 0; i < n; i++) {
            Integer shown = Clusters.shownAs(events[i], identity, rank::get, Integer::compare);
            primary[i] = shown == null ? i : shown;
        }
        Map<Integer, String> wholeOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.subEventOf, Node.ANY).forEachRemaining(x -> {
            Integer part = x.getSubject().isURI() ? rank.get(x.getSubject().getURI()) : null;
            if (part != null && x.getObject().isURI()) {
                wholeOf.putIfAbsent(primary[part], identity.representative(x.getObject().getURI()));
            }
        });

        // For each facet, the events at the start of its path from each value (who takes part: event, role, actor).
        Map<Facet, Map<NodeId, int[]>> postings = new java.util.EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            postings.put(f, postings(q, rankOfId, f.path(t)));
        }
        Map<NodeId, List<NodeId>> inside = new HashMap<>();
        Map<NodeId, List<NodeId>> containing = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.Schema.containedInPlace), QuadIds.ANY,
                (g, s, p, o) -> {
                    List<NodeId> in = inside.computeIfAbsent(o, k -> new ArrayList<>());
                    if (!in.contains(s)) {
                        in.add(s);
                        containing.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
                    }
                });
        Map<NodeId, int[]> byPlace = postings.get(Facet.PLACE);
        // The places a filter may name: those of events, and every place they lie in.
        Set<NodeId> places = new LinkedHashSet<>();
        List<NodeId> todo = new ArrayList<>(byPlace.keySet());
        while (!todo.isEmpty()) {
            NodeId place = todo.remove(todo.size() - 1);
            if (places.add(place)) {
                todo.addAll(containing.getOrDefault(place, List.of()));
            }
        }
        return new InMemoryIndex(version, identity, events, keys, rank, entryIds, primary, wholeOf, postings, inside,
                MemoryNames.read(q, postings.get(Facet.ACTOR).keySet(), places), fromStore);
    }

    /** For each value at the end of the path, the ranks of the events at its start. */
    private static Map<NodeId, int[]> postings(QuadIds q, Map<NodeId, Integer> rankOfId, List<Node> path) {
        Map<NodeId, IntList> at = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(path.get(0)), QuadIds.ANY, (g, s, p, o) -> {
            Integer r = rankOfId.get(s);
            if (r != null) {
                at.computeIfAbsent(o, k -> new IntList()).add(r);
            }
        });
        Map<NodeId, IntList> reached = at;
        for (Node predicate : path.subList(1, path.size())) {
            Map<NodeId, IntList> from = reached;
            Map<NodeId, IntList> next = new HashMap<>();
            q.find(QuadIds.ANY, QuadIds.ANY, q.id(predicate), QuadIds.ANY, (g, s, p, o) -> {
                IntList of = from.get(s);
                if (of != null) {
                    next.computeIfAbsent(o, k -> new IntList()).addAll(of);
                }
            });
            reached = next;
        }
        return frozen(reached);
    }

    private static Map<NodeId, int[]> frozen(Map<NodeId, IntList> lists) {
        Map<NodeId, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** A growable list of ints, for postings of up to millions of events. */
    static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
