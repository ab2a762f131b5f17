package org.etkg.timeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * What a filter's values name in the store, by facet: the resources an event must have at
 * the end of the facet's path (for actors and places, every IRI of their clusters; for types,
 * every narrower type). A facet the filter does not name is no condition.
 */
record Selection(Map<Facet, List<Node>> values) {
    Selection {
        EnumMap<Facet, List<Node>> copy = new EnumMap<>(Facet.class);
        values.forEach((f, v) -> copy.put(f, List.copyOf(v)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The values of one facet; null when the filter does not name it. */
    List<Node> get(Facet facet) {
        return values.get(facet);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether the filter names this facet and no other. */
    boolean only(Facet facet) {
        return values.size() == 1 && values.containsKey(facet);
    }
}
