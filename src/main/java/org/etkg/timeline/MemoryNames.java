package org.etkg.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.model.NameKey;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;

/**
 * The names of the actors and places events have: each one's labels (rdfs:label) and other
 * names (skos:altLabel, skos:prefLabel), read once, by node id, with only the distinct
 * names decoded: a much-cited person's label is repeated in every article that names them.
 */
final class MemoryNames {
    /** Every actor that takes part in an event. */
    Set<NodeId> actors = Set.of();
    final Map<NodeId, List<String>> actorLabels = new HashMap<>();
    final Map<NodeId, List<String>> actorNames = new HashMap<>();
    final Map<NodeId, List<String>> placeLabels = new HashMap<>();
    final Map<NodeId, List<String>> placeNames = new HashMap<>();
    final Set<NodeId> persons = new java.util.HashSet<>();
    Set<NodeId> places = Set.of();
    volatile SuggestedNames suggestions;

    static MemoryNames read(QuadIds q, Set<NodeId> actors, Set<NodeId> places) {
        MemoryNames n = new MemoryNames();
        n.actors = actors;
        n.places = places;
        Map<NodeId, String> decoded = new HashMap<>();
        for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
            boolean label = p.equals(Vocab.RDFS_LABEL);
            q.find(QuadIds.ANY, QuadIds.ANY, q.id(p), QuadIds.ANY, (g, s, pp, o) -> {
                boolean actor = actors.contains(s);
                boolean place = places.contains(s);
                if (!actor && !place) {
                    return;
                }
                String lex = decoded.computeIfAbsent(o, id -> {
                    Node node = q.node(id);
                    return node.isLiteral() ? node.getLiteralLexicalForm() : null;
                });
                if (lex == null) {
                    return;
                }
                if (actor) {
                    add(n.actorNames, s, lex);
                    if (label) {
                        add(n.actorLabels, s, lex);
                    }
                }
                if (place) {
                    add(n.placeNames, s, lex);
                    if (label) {
                        add(n.placeLabels, s, lex);
                    }
                }
            });
        }
        q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_TYPE), q.id(Vocab.Schema.Person), (g, s, p, o) -> {
            if (actors.contains(s)) {
                n.persons.add(s);
            }
        });
        return n;
    }

    private static void add(Map<NodeId, List<String>> map, NodeId id, String name) {
        List<String> list = map.computeIfAbsent(id, k -> new ArrayList<>(2));
        if (!list.contains(name)) {
            list.add(name);
        }
    }

    /**
     * The actors (or places) a name or IRI names, as {@link TimelineService} finds them in the
     * store: the IRI itself, else every one with exactly that name, else every one whose name
     * folds to the same letters (or, for a person, whose name has all the words asked).
     */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        QuadIds q = new QuadIds(dsg);
        Map<NodeId, List<String>> all = place ? placeNames : actorNames;
        List<Node> found = new ArrayList<>();
        if (FilterValues.isIri(nameOrIri)) {
            Node iri = org.apache.jena.graph.NodeFactory.createURI(nameOrIri);
            NodeId id = q.id(iri);
            if (id != null && (place ? places.contains(id) : actors.contains(id))) {
                found.add(iri);
            }
        } else {
            named(q, nameOrIri, place, all, found);
        }
        if (found.isEmpty()) {
            Set<String> labels = new java.util.TreeSet<>();
            (place ? placeLabels : actorLabels).values().forEach(labels::addAll);
            throw FilterValues.nobodyNamed(place ? "place" : "actor", nameOrIri, labels);
        }
        return found;
    }

    private void named(QuadIds q, String nameOrIri, boolean place, Map<NodeId, List<String>> all, List<Node> found) {
        all.forEach((id, list) -> {
            if (list.contains(nameOrIri)) {
                found.add(q.node(id));
            }
        });
        if (found.isEmpty()) {
            String key = NameKey.key(nameOrIri);
            java.util.function.Predicate<String> personNamed = Identity.nameOf(nameOrIri);
            all.forEach((id, list) -> {
                boolean person = !place && persons.contains(id);
                for (String label : list) {
                    if (NameKey.key(label).equals(key) || person && personNamed.test(label)) {
                        found.add(q.node(id));
                        return;
                    }
                }
            });
        }
    }

    /** The suggestions: every label and alternative label of the actors and places, with their folded words. */
    SuggestedNames suggestions() {
        SuggestedNames s = suggestions;
        if (s == null) {
            Set<String> actors = new java.util.TreeSet<>();
            Set<String> places = new java.util.TreeSet<>();
            // Labels and alternative labels, as the store's own suggestions have them (no prefLabel).
            actorNames.values().forEach(actors::addAll);
            placeNames.values().forEach(places::addAll);
            s = SuggestedNames.of(actors, places);
            suggestions = s;
        }
        return s;
    }
}
