package org.etkg.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;

/** The events a filter's selection keeps, read from the store's indexes by node id. */
final class StoreMatching {
    private StoreMatching() {
    }

    /**
     * The events that pass the selection, with their clusters; null for every event. Read from
     * TDB2's indexes by node id, decoding only the events found: a much-cited person takes
     * part in tens of thousands of events, each named in its own article's graph.
     */
    static Set<String> matching(DatasetGraph dsg, FilterValues.Selection selection, Identity identity, Node modality) {
        if (selection.isEmpty()) {
            return null;
        }
        QuadIds q = new QuadIds(dsg);
        Set<NodeId> keep = null;
        if (selection.actors() != null) {
            Set<NodeId> roles = new HashSet<>();
            for (NodeId actor : q.ids(selection.actors())) {
                q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_VALUE), actor, (g, s, p, o) -> roles.add(s));
            }
            Set<NodeId> events = new HashSet<>();
            NodeId hasActor = q.id(Vocab.Sem.hasActor);
            for (NodeId role : roles) {
                q.find(QuadIds.ANY, QuadIds.ANY, hasActor, role, (g, s, p, o) -> events.add(s));
            }
            keep = events;
        }
        if (selection.places() != null) {
            // The places named and every place inside them.
            Set<NodeId> places = new HashSet<>();
            List<NodeId> todo = new ArrayList<>(q.ids(selection.places()));
            NodeId containedIn = q.id(Vocab.Schema.containedInPlace);
            while (!todo.isEmpty()) {
                NodeId place = todo.remove(todo.size() - 1);
                if (places.add(place)) {
                    q.find(QuadIds.ANY, QuadIds.ANY, containedIn, place, (g, s, p, o) -> todo.add(s));
                }
            }
            keep = intersect(keep, subjects(q, Vocab.Sem.hasPlace, places));
        }
        if (selection.types() != null) {
            keep = intersect(keep, subjects(q, Vocab.Sem.eventType, q.ids(selection.types())));
        }
        if (selection.modalities() != null) {
            keep = intersect(keep, subjects(q, modality, q.ids(selection.modalities())));
        }
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
    private static Set<NodeId> subjects(QuadIds q, Node predicate, java.util.Collection<NodeId> objects) {
        Set<NodeId> out = new HashSet<>();
        NodeId p = q.id(predicate);
        for (NodeId o : objects) {
            q.find(QuadIds.ANY, QuadIds.ANY, p, o, (g, s, pp, oo) -> out.add(s));
        }
        return out;
    }

    private static Set<NodeId> intersect(Set<NodeId> a, Set<NodeId> b) {
        if (a == null) {
            return b;
        }
        a.retainAll(b);
        return a;
    }
}
