package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.store.QuadIds;

/**
 * The one place where a selection becomes the events it keeps: for each facet it names, the
 * events at the start of the facet's path from one of its values, all facets together. Each
 * reader of the index says only how it finds the events of a facet's values and how it
 * intersects them, in its own kind of set (node ids for the store, bits for the memory).
 */
final class Matching {
    private Matching() {
    }

    /** How a reader finds events, in sets of type {@code S}. */
    interface EventSets<S> {
        /** The events that have one of these values at the end of the facet's path. */
        S with(Facet facet, Collection<NodeId> values);

        /** The events in both sets ({@code a} may be changed and returned). */
        S and(S a, S b);

        /** The places directly inside a place. */
        Collection<NodeId> inside(NodeId place);
    }

    /** The events that pass every facet of the selection; null when it names none (every event passes). */
    static <S> S keep(QuadIds q, Selection selection, EventSets<S> sets) {
        S keep = null;
        for (Map.Entry<Facet, List<Node>> f : selection.values().entrySet()) {
            Collection<NodeId> values = q.ids(f.getValue());
            if (f.getKey().takesInPlacesInside()) {
                values = withPlacesInside(values, sets);
            }
            S events = sets.with(f.getKey(), values);
            keep = keep == null ? events : sets.and(keep, events);
        }
        return keep;
    }

    /** The places and every place inside them, however deep. */
    private static Set<NodeId> withPlacesInside(Collection<NodeId> places, EventSets<?> sets) {
        Set<NodeId> all = new LinkedHashSet<>();
        List<NodeId> todo = new ArrayList<>(places);
        while (!todo.isEmpty()) {
            NodeId p = todo.remove(todo.size() - 1);
            if (all.add(p)) {
                todo.addAll(sets.inside(p));
            }
        }
        return all;
    }
}
