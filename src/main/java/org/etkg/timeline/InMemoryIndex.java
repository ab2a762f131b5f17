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
    private final MemoryNames names;
    /** Concepts named by filter values (types, modalities), as found for this version. */
    final Map<String, List<Node>> concepts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<String> everything;

    InMemoryIndex(StoreVersion version, Identity identity, String[] events, TimelineIndex.Key[] keys,
                          Map<String, Integer> rank, NodeId[] entryIds, int[] primary,
                          Map<Integer, String> wholeOf, Map<NodeId, int[]> byActor, Map<NodeId, int[]> byPlace,
                          Map<NodeId, int[]> byType, Map<NodeId, int[]> byModality, Map<NodeId, List<NodeId>> inside, MemoryNames names) {
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

    /** The actors (or places) a name or IRI names; see {@link MemoryNames#named}. */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        return names.named(dsg, nameOrIri, place);
    }

    SuggestedNames suggestions(DatasetGraph dsg) {
        return names.suggestions();
    }

    List<String> primaries(DatasetGraph dsg, FilterValues.Selection selection, LocalDate from, LocalDate to) {
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
}
