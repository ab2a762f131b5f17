package org.etkg.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.model.NameKey;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.placing.Placing;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;
import org.etkg.store.StoreVersion;

/**
 * The timeline index of a whole store, in memory, for a process that answers many requests
 * (`etkg serve`): every event in time order with its days and cluster, and which events each
 * actor, place, type and modality has. A page then costs a few set operations and one index
 * read per shown entry. Built from one read transaction and used only while the store's
 * version is the one it was built from.
 */
final class InMemoryIndex {
    final StoreVersion version;
    final Identity identity;
    /** The events in time order (their keys, then their IRIs); an event's rank is its place here. */
    private final String[] events;
    private final TimelineIndex.Key[] keys;
    private final Map<String, Integer> rank;
    /** Per rank, the node id of its etkg:timelineEntry value (null when it has none): a page decodes it without an index lookup. */
    private final NodeId[] entryIds;
    /** Per rank, the rank of the entry its cluster is shown as. */
    private final int[] primary;
    /** Per primary rank, the representative of the whole its cluster is part of. */
    private final Map<Integer, String> wholeOf;
    private final Map<NodeId, int[]> byActor;
    private final Map<NodeId, int[]> byPlace;
    private final Map<NodeId, int[]> byType;
    private final Map<NodeId, int[]> byModality;
    /** Per place, the places directly inside it. */
    private final Map<NodeId, List<NodeId>> inside;
    private final Names names;
    /** Concepts named by filter values (types, modalities), as found for this version. */
    final Map<String, List<Node>> concepts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<String> everything;

    private InMemoryIndex(StoreVersion version, Identity identity, String[] events, TimelineIndex.Key[] keys,
                          Map<String, Integer> rank, NodeId[] entryIds, int[] primary,
                          Map<Integer, String> wholeOf, Map<NodeId, int[]> byActor, Map<NodeId, int[]> byPlace,
                          Map<NodeId, int[]> byType, Map<NodeId, int[]> byModality, Map<NodeId, List<NodeId>> inside, Names names) {
        this.version = version;
        this.identity = identity;
        this.events = events;
        this.keys = keys;
        this.rank = rank;
        this.entryIds = entryIds;
        this.primary = primary;
        this.wholeOf = wholeOf;
        this.byActor = byActor;
        this.byPlace = byPlace;
        this.byType = byType;
        this.byModality = byModality;
        this.inside = inside;
        this.names = names;
    }

    int size() {
        return events.length;
    }

    /**
     * Reads the index of every event in the store. {@code computed} gives the keys of events
     * loaded before the index existed.
     */
    static InMemoryIndex build(DatasetGraph dsg, IriScheme iris, Function<Set<String>, Map<String, TimelineIndex.Key>> computed) {
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

        // Clusters: each shown where its representative stands, or its first member when that is no event here.
        Identity identity = Identity.read(dsg, iris);
        int[] primary = new int[n];
        for (int i = 0; i < n; i++) {
            int best = Integer.MAX_VALUE;
            Integer rep = rank.get(identity.representative(events[i]));
            if (rep != null) {
                best = rep;
            } else {
                for (String m : identity.members(events[i])) {
                    Integer r = rank.get(m);
                    if (r != null && r < best) {
                        best = r;
                    }
                }
            }
            primary[i] = best == Integer.MAX_VALUE ? i : best;
        }
        Map<Integer, String> wholeOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.subEventOf, Node.ANY).forEachRemaining(x -> {
            Integer part = x.getSubject().isURI() ? rank.get(x.getSubject().getURI()) : null;
            if (part != null && x.getObject().isURI()) {
                wholeOf.putIfAbsent(primary[part], identity.representative(x.getObject().getURI()));
            }
        });

        // Who takes part: event -> role -> value.
        Map<NodeId, IntList> eventsOfRole = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.Sem.hasActor), QuadIds.ANY, (g, s, p, o) -> {
            Integer r = rankOfId.get(s);
            if (r != null) {
                eventsOfRole.computeIfAbsent(o, k -> new IntList()).add(r);
            }
        });
        Map<NodeId, IntList> actors = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_VALUE), QuadIds.ANY, (g, s, p, o) -> {
            IntList of = eventsOfRole.get(s);
            if (of != null) {
                actors.computeIfAbsent(o, k -> new IntList()).addAll(of);
            }
        });
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
        Map<NodeId, int[]> byPlace = postings(q, rankOfId, Vocab.Sem.hasPlace);
        // The places a filter may name: those of events, and every place they lie in.
        Set<NodeId> places = new LinkedHashSet<>();
        List<NodeId> todo = new ArrayList<>(byPlace.keySet());
        while (!todo.isEmpty()) {
            NodeId place = todo.remove(todo.size() - 1);
            if (places.add(place)) {
                todo.addAll(containing.getOrDefault(place, List.of()));
            }
        }
        Map<NodeId, int[]> byActor = frozen(actors);
        return new InMemoryIndex(version, identity, events, keys, rank, entryIds, primary, wholeOf, byActor, byPlace,
                postings(q, rankOfId, Vocab.Sem.eventType), postings(q, rankOfId, t.modality), inside,
                Names.read(q, byActor.keySet(), places));
    }

    /**
     * The names of the actors and places events have: each one's labels (rdfs:label) and other
     * names (skos:altLabel, skos:prefLabel), read once, by node id, with only the distinct
     * names decoded: a much-cited person's label is repeated in every article that names them.
     */
    static final class Names {
        final Map<NodeId, List<String>> actorLabels = new HashMap<>();
        final Map<NodeId, List<String>> actorNames = new HashMap<>();
        final Map<NodeId, List<String>> placeLabels = new HashMap<>();
        final Map<NodeId, List<String>> placeNames = new HashMap<>();
        final Set<NodeId> persons = new java.util.HashSet<>();
        Set<NodeId> places = Set.of();
        volatile TimelineService.Names suggestions;

        static Names read(QuadIds q, Set<NodeId> actors, Set<NodeId> places) {
            Names n = new Names();
            n.places = places;
            Map<NodeId, String> decoded = new HashMap<>();
            for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
                boolean label = p.equals(Vocab.RDFS_LABEL);
                q.find(QuadIds.ANY, QuadIds.ANY, q.id(p), QuadIds.ANY, (g, s, pp, o) -> {
                    boolean actor = actors.contains(s);
                    boolean place = places.contains(s);
                    if (!actor && !place) {
                        return;
                    }
                    String lex = decoded.computeIfAbsent(o, id -> {
                        Node node = q.node(id);
                        return node.isLiteral() ? node.getLiteralLexicalForm() : null;
                    });
                    if (lex == null) {
                        return;
                    }
                    if (actor) {
                        add(n.actorNames, s, lex);
                        if (label) {
                            add(n.actorLabels, s, lex);
                        }
                    }
                    if (place) {
                        add(n.placeNames, s, lex);
                        if (label) {
                            add(n.placeLabels, s, lex);
                        }
                    }
                });
            }
            q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_TYPE), q.id(Vocab.Schema.Person), (g, s, p, o) -> {
                if (actors.contains(s)) {
                    n.persons.add(s);
                }
            });
            return n;
        }

        private static void add(Map<NodeId, List<String>> map, NodeId id, String name) {
            List<String> list = map.computeIfAbsent(id, k -> new ArrayList<>(2));
            if (!list.contains(name)) {
                list.add(name);
            }
        }
    }

    /**
     * The actors (or places) a name or IRI names, as {@link TimelineService} finds them in the
     * store: the IRI itself, else every one with exactly that name, else every one whose name
     * folds to the same letters (or, for a person, whose name has all the words asked).
     */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        QuadIds q = new QuadIds(dsg);
        Map<NodeId, List<String>> all = place ? names.placeNames : names.actorNames;
        List<Node> found = new ArrayList<>();
        if (TimelineService.isIri(nameOrIri)) {
            Node iri = org.apache.jena.graph.NodeFactory.createURI(nameOrIri);
            NodeId id = q.id(iri);
            if (id != null && (place ? names.places.contains(id) : byActor.containsKey(id))) {
                found.add(iri);
            }
        } else {
            named(q, nameOrIri, place, all, found);
        }
        if (found.isEmpty()) {
            Set<String> labels = new java.util.TreeSet<>();
            (place ? names.placeLabels : names.actorLabels).values().forEach(labels::addAll);
            throw TimelineService.nobodyNamed(place ? "place" : "actor", nameOrIri, labels.stream().limit(50).toList());
        }
        return found;
    }

    private void named(QuadIds q, String nameOrIri, boolean place, Map<NodeId, List<String>> all, List<Node> found) {
        all.forEach((id, list) -> {
            if (list.contains(nameOrIri)) {
                found.add(q.node(id));
            }
        });
        if (found.isEmpty()) {
            String key = NameKey.key(nameOrIri);
            java.util.function.Predicate<String> personNamed = Identity.nameOf(nameOrIri);
            all.forEach((id, list) -> {
                boolean person = !place && names.persons.contains(id);
                for (String label : list) {
                    if (NameKey.key(label).equals(key) || person && personNamed.test(label)) {
                        found.add(q.node(id));
                        return;
                    }
                }
            });
        }
    }

    /** The suggestions: every label and alternative label of the actors and places, with their folded words. */
    TimelineService.Names suggestions(DatasetGraph dsg) {
        TimelineService.Names s = names.suggestions;
        if (s == null) {
            Set<String> actors = new java.util.TreeSet<>();
            Set<String> places = new java.util.TreeSet<>();
            // Labels and alternative labels, as the store's own suggestions have them (no prefLabel).
            names.actorNames.values().forEach(actors::addAll);
            names.placeNames.values().forEach(places::addAll);
            s = TimelineService.Names.of(actors, places);
            names.suggestions = s;
        }
        return s;
    }

    private static Map<NodeId, int[]> postings(QuadIds q, Map<NodeId, Integer> rankOfId, Node predicate) {
        Map<NodeId, IntList> out = new HashMap<>();
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(predicate), QuadIds.ANY, (g, s, p, o) -> {
            Integer r = rankOfId.get(s);
            if (r != null) {
                out.computeIfAbsent(o, k -> new IntList()).add(r);
            }
        });
        return frozen(out);
    }

    private static Map<NodeId, int[]> frozen(Map<NodeId, IntList> lists) {
        Map<NodeId, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /**
     * The entries that pass the selection and the date range, as the IRIs of their primaries,
     * in time order, each part after its whole on the same day.
     */
    List<String> primaries(DatasetGraph dsg, TimelineService.Selection selection, LocalDate from, LocalDate to) {
        if (selection.isEmpty() && from == null && to == null) {
            return everything();
        }
        QuadIds q = new QuadIds(dsg);
        BitSet keep = null;
        if (selection.actors() != null) {
            keep = and(keep, union(q, selection.actors(), byActor));
        }
        if (selection.places() != null) {
            Set<NodeId> places = new LinkedHashSet<>();
            List<NodeId> todo = new ArrayList<>(q.ids(selection.places()));
            while (!todo.isEmpty()) {
                NodeId p = todo.remove(todo.size() - 1);
                if (places.add(p)) {
                    todo.addAll(inside.getOrDefault(p, List.of()));
                }
            }
            keep = and(keep, unionOfIds(places, byPlace));
        }
        if (selection.types() != null) {
            keep = and(keep, union(q, selection.types(), byType));
        }
        if (selection.modalities() != null) {
            keep = and(keep, union(q, selection.modalities(), byModality));
        }
        BitSet shown = new BitSet(events.length);
        if (keep == null) {
            for (int i = 0; i < events.length; i++) {
                shown.set(primary[i]);
            }
        } else {
            for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
                shown.set(primary[i]);
            }
        }
        List<Integer> ranks = new ArrayList<>(shown.cardinality());
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            if (keys[i].overlaps(from, to)) {
                ranks.add(i);
            }
        }
        return ordered(ranks);
    }

    /**
     * The shown entries of these events, decoded from the index values whose node ids are
     * held here; {@code fromStore} reads those of events without one.
     */
    Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> wanted, Function<Set<String>, Map<String, TimelineEntry>> fromStore) {
        QuadIds q = new QuadIds(dsg);
        Map<String, TimelineEntry> out = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : wanted) {
            Integer r = rank.get(e);
            NodeId id = r == null ? null : entryIds[r];
            if (id == null) {
                missing.add(e);
                out.put(e, null);
            } else {
                out.put(e, TimelineIndex.decode(e, q.node(id).getLiteralLexicalForm()));
            }
        }
        if (!missing.isEmpty()) {
            out.putAll(fromStore.apply(missing));
        }
        return out;
    }

    /** Every entry, ordered once per version. */
    private List<String> everything() {
        List<String> all = everything;
        if (all == null) {
            List<Integer> ranks = new ArrayList<>();
            for (int i = 0; i < events.length; i++) {
                if (primary[i] == i) {
                    ranks.add(i);
                }
            }
            all = List.copyOf(ordered(ranks));
            everything = all;
        }
        return all;
    }

    private List<String> ordered(List<Integer> ranks) {
        Placing.partsAfterWholes(ranks, r -> wholeOf.containsKey(r) ? Set.of(wholeOf.get(r)) : Set.of(),
                r -> identity.representative(events[r]), (part, whole) -> keys[part].sameDay(keys[whole]));
        List<String> out = new ArrayList<>(ranks.size());
        ranks.forEach(r -> out.add(events[r]));
        return out;
    }

    private BitSet union(QuadIds q, List<Node> nodes, Map<NodeId, int[]> postings) {
        return unionOfIds(q.ids(nodes), postings);
    }

    private BitSet unionOfIds(java.util.Collection<NodeId> ids, Map<NodeId, int[]> postings) {
        BitSet out = new BitSet(events.length);
        for (NodeId id : ids) {
            for (int r : postings.getOrDefault(id, EMPTY)) {
                out.set(r);
            }
        }
        return out;
    }

    private static BitSet and(BitSet a, BitSet b) {
        if (a == null) {
            return b;
        }
        a.and(b);
        return a;
    }

    private static final int[] EMPTY = new int[0];

    /** A growable list of ints, for postings of up to millions of events. */
    private static final class IntList {
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
