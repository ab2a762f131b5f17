package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.Trace;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;
import org.slf4j.Logger;

/**
 * Reads the timeline index from the store alone, as a command does: the matching events from
 * TDB2's indexes by node id (decoding only the events found: a much-cited person takes part in
 * tens of thousands of events, each named in its own article's graph), then their keys, one
 * entry per cluster, parts after wholes. Every page costs a read of every matching event's key.
 */
final class StoreReader implements IndexReader {
    private static final Logger LOG = Trace.logger(StoreReader.class);

    private final IriScheme iris;
    private final StoreIndexReader index;
    private final StoreNames names;

    StoreReader(IriScheme iris, StoreIndexReader index) {
        this.iris = iris;
        this.index = index;
        this.names = new StoreNames();
    }

    @Override
    public String name() {
        return "from the store";
    }

    @Override
    public Identity identity(DatasetGraph dsg) {
        // Read by node id: a page decodes only the IRIs it shows.
        return Identity.readByIds(dsg, iris);
    }

    @Override
    public List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        return names.named(dsg, nameOrIri, place);
    }

    @Override
    public ActorHead.Ordered ordered(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity) {
        List<String> primaries = primaries(dsg, selection, filter, identity);
        return new ActorHead.Ordered(primaries, 0, primaries.size());
    }

    @Override
    public Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> events) {
        return index.entries(dsg, events);
    }

    @Override
    public SuggestedNames suggestions(DatasetGraph dsg) {
        return SuggestedNames.fromStore(dsg);
    }

    private List<String> primaries(DatasetGraph dsg, Selection selection, TimelineFilter filter, Identity identity) {
        long t0 = System.nanoTime();
        Set<String> matched = matching(dsg, selection, identity);
        long t1 = System.nanoTime();
        boolean dated = filter.from() != null || filter.to() != null;
        Map<String, TimelineIndex.Key> keys = index.keys(dsg, matched, dated);
        LOG.debug("timeline from the store: {} events matched in {} ms, their keys read in {} ms",
                matched == null ? keys.size() : matched.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        Comparator<String> byKey = Comparator.comparing((String e) -> keys.get(e).sortKey()).thenComparing(e -> e);
        // One entry per cluster (see Clusters).
        Set<String> shown = new LinkedHashSet<>();
        keys.keySet().forEach(e -> shown.add(Clusters.shownAs(e, identity, x -> keys.containsKey(x) ? x : null, byKey)));
        List<String> primaries = new ArrayList<>(shown);
        if (dated) {
            primaries.removeIf(p -> !keys.get(p).overlaps(filter.from(), filter.to()));
        }
        primaries.sort(byKey);
        PartsAfterWholes.inStore(dsg, primaries, keys, identity);
        return primaries;
    }

    /** The events that pass the selection, with their clusters; null for every event. */
    private Set<String> matching(DatasetGraph dsg, Selection selection, Identity identity) {
        if (selection.isEmpty()) {
            return null;
        }
        QuadIds q = new QuadIds(dsg);
        Set<NodeId> keep = Matching.keep(q, selection, new Matching.EventSets<Set<NodeId>>() {
            @Override
            public Set<NodeId> with(Facet facet, Collection<NodeId> values) {
                // The path walked backwards, from the values to the events.
                List<Node> path = facet.path(iris.terms());
                Collection<NodeId> at = values;
                for (int i = path.size() - 1; i >= 0; i--) {
                    at = subjects(q, path.get(i), at);
                }
                return (Set<NodeId>) at;
            }

            @Override
            public Set<NodeId> and(Set<NodeId> a, Set<NodeId> b) {
                a.retainAll(b);
                return a;
            }

            @Override
            public Collection<NodeId> inside(NodeId place) {
                return subjects(q, Vocab.Schema.containedInPlace, List.of(place));
            }
        });
        Set<String> events = new LinkedHashSet<>();
        for (NodeId id : keep) {
            Node n = q.node(id);
            if (n.isURI()) {
                events.add(n.getURI());
            }
        }
        return identity.expand(events);
    }

    /** The subjects that have one of the objects for the predicate. */
    private static Set<NodeId> subjects(QuadIds q, Node predicate, Collection<NodeId> objects) {
        Set<NodeId> out = new HashSet<>();
        NodeId p = q.id(predicate);
        if (p == null) {
            return out;
        }
        for (NodeId o : objects) {
            q.find(QuadIds.ANY, QuadIds.ANY, p, o, (g, s, pp, oo) -> out.add(s));
        }
        return out;
    }
}
