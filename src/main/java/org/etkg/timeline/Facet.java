package org.etkg.timeline;

import java.util.List;

import org.apache.jena.graph.Node;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * What a timeline filter can select events by, each as the path of predicates from an event
 * to the values it is filtered by. Every reader of the index finds the events of a facet by
 * this path alone (the store walks it backwards through TDB2's indexes; the memory of a
 * served store keeps, per value, the events at its end), so a new filter of this kind is a new
 * constant here and its values in {@link FilterValues}.
 */
enum Facet {
    /** Who takes part: event, its role, the role's actor. */
    ACTOR(false),
    /** Where it happened, the named place or any place inside it. */
    PLACE(true),
    /** Its type, the named type or any narrower one (the values already hold those). */
    TYPE(false),
    /** Its modality: asserted, alleged, expected, ... */
    MODALITY(false);

    private final boolean takesInPlacesInside;

    Facet(boolean takesInPlacesInside) {
        this.takesInPlacesInside = takesInPlacesInside;
    }

    /** Whether a value also selects the events of every place inside it ({@code schema:containedInPlace}). */
    boolean takesInPlacesInside() {
        return takesInPlacesInside;
    }

    /** The predicates from an event to its values, in order. */
    List<Node> path(Terms t) {
        return switch (this) {
            case ACTOR -> List.of(Vocab.Sem.hasActor, Vocab.RDF_VALUE);
            case PLACE -> List.of(Vocab.Sem.hasPlace);
            case TYPE -> List.of(Vocab.Sem.eventType);
            case MODALITY -> List.of(t.modality);
        };
    }
}
