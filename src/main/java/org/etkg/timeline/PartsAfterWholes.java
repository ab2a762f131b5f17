package org.etkg.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineIndex;
import org.etkg.placing.Placing;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;

/** The rule that a part on the day of its whole comes after it, for entries ordered from the store. */
final class PartsAfterWholes {
    private PartsAfterWholes() {
    }

    /** The wholes of the members of the given entries' clusters, one lookup each. */
    static java.util.function.Function<String, String> partOf(DatasetGraph dsg, List<String> entries, Identity identity) {
        Map<String, String> wholes = new HashMap<>();
        for (String entry : entries) {
            for (String member : identity.members(entry)) {
                var it = dsg.find(Node.ANY, NodeFactory.createURI(member), Vocab.Sem.subEventOf, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node whole = it.next().getObject();
                        if (whole.isURI()) {
                            wholes.putIfAbsent(member, whole.getURI());
                        }
                    }
                } finally {
                    org.apache.jena.atlas.iterator.Iter.close(it);
                }
            }
        }
        return wholes::get;
    }

    /**
     * A part on the same day as its whole comes after it, whichever report placed which: in one
     * article its key already says so, across articles only this rule does.
     */
    static void inStore(DatasetGraph dsg, List<String> primaries, Map<String, TimelineIndex.Key> keys, Identity identity) {
        // Parts are few: one scan of them all costs less than a lookup for every entry.
        Map<String, String> partOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.subEventOf, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI()) {
                partOf.putIfAbsent(q.getSubject().getURI(), q.getObject().getURI());
            }
        });
        partsAfterWholes(primaries, keys, identity, partOf.isEmpty() ? null : partOf::get);
    }

    /** As above, with the whole each part belongs to ({@code partOf} null when there are no parts). */
    static void partsAfterWholes(List<String> primaries, Map<String, TimelineIndex.Key> keys, Identity identity,
                                         java.util.function.Function<String, String> partOf) {
        Map<String, String> wholeOf = new HashMap<>();
        if (partOf != null) {
            for (String p : primaries) {
                for (String member : identity.members(p)) {
                    String whole = partOf.apply(member);
                    if (whole != null) {
                        wholeOf.putIfAbsent(p, identity.representative(whole));
                    }
                }
            }
        }
        Placing.partsAfterWholes(primaries, p -> wholeOf.containsKey(p) ? Set.of(wholeOf.get(p)) : Set.of(),
                identity::representative, (part, whole) -> keys.get(part).sameDay(keys.get(whole)));
    }
}
