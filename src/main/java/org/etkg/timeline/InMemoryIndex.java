package org.etkg.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.placing.Placing;
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
final class InMemoryIndex implements IndexReader {
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
    /** Per facet, per value, the ranks of the events that have it at the end of the facet's path. */
    private final Map<Facet, Map<NodeId, int[]>> postings;
    /** Per place, the places directly inside it. */
    private final Map<NodeId, List<NodeId>> inside;
    private final MemoryNames names;
    private final StoreIndexReader fromStore;
    /** Concepts named by filter values (types, modalities), as found for this version. */
    final Map<String, List<Node>> concepts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Lanes read for pages of this version. */
    private final Lanes.Kept lanes = new Lanes.Kept();
    private volatile List<String> everything;

    InMemoryIndex(StoreVersion version, Identity identity, String[] events, TimelineIndex.Key[] keys,
                          Map<String, Integer> rank, NodeId[] entryIds, int[] primary,
                          Map<Integer, String> wholeOf, Map<Facet, Map<NodeId, int[]>> postings,
                          Map<NodeId, List<NodeId>> inside, MemoryNames names, StoreIndexReader fromStore) {
        this.version = version;
        this.identity = identity;
        this.events = events;
        this.keys = keys;
        this.rank = rank;
        this.entryIds = entryIds;
        this.primary = primary;
        this.wholeOf = wholeOf;
        this.postings = postings;
        this.inside = inside;
        this.names = names;
        this.fromStore = fromStore;
    }

    int size() {
        return events.length;
    }

    @Override
    public String name() {
        return "in memory";
    }

    @Override
    public Identity identity(DatasetGraph dsg) {
        return identity;
    }

    /** The actors (or places) a name or IRI names; see {@link MemoryNames#named}. */
    @Override
    public List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        return names.named(dsg, nameOrIri, place);
    }

    @Override
    public SuggestedNames suggestions(DatasetGraph dsg) {
        return names.suggestions();
    }

    @Override
    public Lanes.Kept lanesRead() {
        return lanes;
    }

    @Override
    public Map<String, List<Node>> conceptsFound() {
        return concepts;
    }

    @Override
    public ActorHead.Ordered ordered(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity) {
        List<String> primaries = primaries(dsg, selection, filter.from(), filter.to());
        return new ActorHead.Ordered(primaries, 0, primaries.size());
    }

    private List<String> primaries(DatasetGraph dsg, Selection selection, LocalDate from, LocalDate to) {
        if (selection.isEmpty() && from == null && to == null) {
            return everything();
        }
        BitSet keep = Matching.keep(new QuadIds(dsg), selection, new Matching.EventSets<BitSet>() {
            @Override
            public BitSet with(Facet facet, java.util.Collection<NodeId> values) {
                BitSet out = new BitSet(events.length);
                Map<NodeId, int[]> of = postings.get(facet);
                for (NodeId id : values) {
                    for (int r : of.getOrDefault(id, EMPTY)) {
                        out.set(r);
                    }
                }
                return out;
            }

            @Override
            public BitSet and(BitSet a, BitSet b) {
                a.and(b);
                return a;
            }

            @Override
            public java.util.Collection<NodeId> inside(NodeId place) {
                return inside.getOrDefault(place, List.of());
            }
        });
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
     * held here; those of events without one are read from the store.
     */
    @Override
    public Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> wanted) {
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
            out.putAll(fromStore.entries(dsg, missing));
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

    private static final int[] EMPTY = new int[0];
}
