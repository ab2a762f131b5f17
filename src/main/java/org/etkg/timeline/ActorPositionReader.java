package org.etkg.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.Trace;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.resolve.Identity;
import org.slf4j.Logger;

/**
 * Reads a page of one actor's timeline from the actors' positions in the index ({@link
 * ActorHead}), without the keys of all the actor's events: what a cold first page of a
 * much-cited person needs. For any other filter, or a page without a limit, or an index that
 * cannot tell, it reads as the {@link StoreReader} does.
 */
final class ActorPositionReader implements IndexReader {
    private static final Logger LOG = Trace.logger(ActorPositionReader.class);

    private final IriScheme iris;
    private final StoreIndexReader index;
    private final StoreReader store;

    ActorPositionReader(IriScheme iris, StoreIndexReader index, StoreReader store) {
        this.iris = iris;
        this.index = index;
        this.store = store;
    }

    @Override
    public String name() {
        // The page itself says (at debug) whether the positions answered or the store did.
        return "from the actors' positions or the store";
    }

    @Override
    public Identity identity(DatasetGraph dsg) {
        return store.identity(dsg);
    }

    @Override
    public List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        return store.named(dsg, nameOrIri, place);
    }

    @Override
    public ActorHead.Ordered ordered(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity) {
        ActorHead.Ordered head = head(dsg, selection, filter, paging, identity);
        return head != null ? head : store.ordered(dsg, selection, filter, paging, identity);
    }

    /** The page's run of the actor's timeline; null when the positions do not apply or cannot tell. */
    ActorHead.Ordered head(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity) {
        if (!selection.only(Facet.ACTOR) || filter.from() != null || filter.to() != null || paging.limit() == null) {
            return null;
        }
        long t0 = System.nanoTime();
        String after = paging.after() == null ? null : identity.representative(Paging.entryOf(paging.after()));
        ActorHead.Ordered head = ActorHead.page(dsg, iris.terms(), selection.get(Facet.ACTOR), identity, paging.offset(),
                paging.limit(), after, reps -> index.keys(dsg, reps, false),
                (list, keys) -> PartsAfterWholes.partsAfterWholes(list, keys, identity, PartsAfterWholes.partOf(dsg, list, identity)));
        if (LOG.isDebugEnabled()) {
            LOG.debug("timeline from the actors' positions: {} in {} ms",
                    head == null ? "not indexed, reading every event" : head.head().size() + " of " + head.total() + " entries read",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return head;
    }

    @Override
    public Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> events) {
        return store.entries(dsg, events);
    }

    @Override
    public SuggestedNames suggestions(DatasetGraph dsg) {
        return store.suggestions(dsg);
    }
}
