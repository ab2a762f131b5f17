package org.etkg.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineEntry;
import org.etkg.resolve.Identity;

/**
 * One way of reading the timeline index that `index/` writes at load: the store's own indexes
 * ({@link StoreReader}), an actor's positions in the index ({@link ActorPositionReader}), or a
 * whole store's index kept in memory ({@link InMemoryIndex}). {@link TimelineService} picks one
 * for each page; they are interchangeable, each giving the same pages for every filter
 * (TimelineReadersTest checks every reader against every other), and differ only in what a
 * page costs. All run inside the caller's read transaction on {@code dsg}.
 */
interface IndexReader {
    /** For traces: where this reader reads from. */
    String name();

    /** The clusters resolve found (each event and resource with the others that are the same). */
    Identity identity(DatasetGraph dsg);

    /** The actors (or places) a name or IRI names, before their clusters are taken in; a name nobody has is a usage error. */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place);

    /**
     * The entries that pass the selection and the filter's dates, as the IRIs of the events
     * they are shown as, in time order, parts after their wholes: all of them, or a run from
     * the position the page needs; null when this reader cannot tell (another one is asked).
     */
    ActorHead.Ordered ordered(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity);

    /** The index entry of each of these events, as its article tells it. */
    Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> events);

    /** The names of the actors and places that events have, for suggestions while typing. */
    SuggestedNames suggestions(DatasetGraph dsg);

    /** Lanes read for pages, kept while this reader is current; null when not kept. */
    default Lanes.Kept lanesRead() {
        return null;
    }

    /** Concepts found for filter values, kept while this reader is current; null when not kept. */
    default Map<String, List<Node>> conceptsFound() {
        return null;
    }
}
