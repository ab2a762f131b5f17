package org.etkg.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.model.NameKey;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;

/**
 * Finds the actors and places a filter names in the store itself, for a reader that keeps no
 * names in memory: by IRI, by exact label through TDB2's indexes, then by any label that folds
 * to the same letters. Only resources that events use count. It reads TDB2's indexes by node
 * id and asks no SPARQL, so no name reaches a query.
 */
final class StoreNames {
    StoreNames() {
    }

    /**
     * Actors or places whose IRI, label or alternative label matches the given name: first
     * the exact label (an index lookup, the name bound as a value), then any label that folds
     * to the same letters and digits ("Nooruddin Azizi", "noor-ud-din azizi").
     */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        List<Node> found = new ArrayList<>();
        QuadIds q = new QuadIds(dsg);
        Map<NodeId, List<String>> labelled = null;
        if (FilterValues.isIri(nameOrIri)) {
            Node iri = NodeFactory.createURI(nameOrIri);
            NodeId id = q.id(iri);
            if (id != null && used(q, id, place)) {
                found.add(iri);
            }
        } else {
            // The exact name first, by node id: a much-cited name is declared again in every article that uses it.
            Set<NodeId> named = new LinkedHashSet<>();
            for (Node name : List.of(NodeFactory.createLiteralLang(nameOrIri, "en"), NodeFactory.createLiteralString(nameOrIri))) {
                NodeId id = q.id(name);
                for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
                    named.addAll(q.subjectsOf(q.id(p), id));
                }
            }
            for (NodeId id : named) {
                if (used(q, id, place)) {
                    found.add(q.node(id));
                }
            }
            if (found.isEmpty()) {
                labelled = labels(q, place);
                found.addAll(foldedNamed(q, nameOrIri, place, labelled));
            }
        }
        if (found.isEmpty()) {
            Set<String> names = new TreeSet<>();
            (labelled != null ? labelled : labels(q, place)).values().forEach(names::addAll);
            throw FilterValues.nobodyNamed(place ? "place" : "actor", nameOrIri, names);
        }
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    /**
     * The labels of the actors (or places) events use, each spelling read once. A store of
     * 100,000 articles holds nearly a million distinct labels, most of events and articles,
     * and two million label quads: reading only these, by node id, takes a few seconds cold
     * where a join of every event's actors with their labels, as this once was, took more than
     * ten minutes for a name no one bears.
     */
    private static Map<NodeId, List<String>> labels(QuadIds q, boolean place) {
        Map<NodeId, List<String>> out = new LinkedHashMap<>();
        NodeId label = q.id(Vocab.RDFS_LABEL);
        for (NodeId candidate : place ? placesUsed(q) : actorsUsed(q)) {
            List<String> texts = new ArrayList<>(1);
            q.objectsOf(candidate, label, o -> addText(q, o, texts));
            out.put(candidate, texts);
        }
        // The other names are few in a store: read by name, not once per candidate.
        for (Node p : List.of(Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
            NodeId property = q.id(p);
            q.objectsOf(property, o -> {
                for (NodeId s : q.subjectsOf(property, o)) {
                    List<String> texts = out.get(s);
                    if (texts != null) {
                        addText(q, o, texts);
                    }
                }
            });
        }
        return out;
    }

    private static void addText(QuadIds q, NodeId literal, List<String> texts) {
        Node node = q.node(literal);
        if (node.isLiteral() && !texts.contains(node.getLiteralLexicalForm())) {
            texts.add(node.getLiteralLexicalForm());
        }
    }

    /** Those of the labelled whose label folds to the same letters as the name, or (for a person) has all its words. */
    private static Set<Node> foldedNamed(QuadIds q, String nameOrIri, boolean place, Map<NodeId, List<String>> labelled) {
        String key = NameKey.key(nameOrIri);
        java.util.function.Predicate<String> personNamed = place ? label -> false : Identity.nameOf(nameOrIri);
        NodeId type = q.id(Vocab.RDF_TYPE);
        NodeId person = q.id(Vocab.Schema.Person);
        Set<Node> matches = new LinkedHashSet<>();
        labelled.forEach((candidate, texts) -> {
            boolean same = texts.stream().anyMatch(l -> NameKey.key(l).equals(key));
            // "Azizi" names every person called Azizi, but no place or organisation.
            boolean personal = !same && texts.stream().anyMatch(personNamed)
                    && person != null && q.anyMatch(QuadIds.ANY, candidate, type, person, (g, s, p, o) -> true);
            if ((same || personal) && used(q, candidate, place)) {
                matches.add(q.node(candidate));
            }
        });
        return matches;
    }

    /** Whatever is the value of a role: the actors events have, and maybe a few other things (each is checked). */
    private static List<NodeId> actorsUsed(QuadIds q) {
        List<NodeId> out = new ArrayList<>();
        q.objectsOf(q.id(Vocab.RDF_VALUE), out::add);
        return out;
    }

    /** The places of events and every place that contains one of them. */
    private static Set<NodeId> placesUsed(QuadIds q) {
        Set<NodeId> out = new LinkedHashSet<>();
        List<NodeId> todo = new ArrayList<>();
        q.objectsOf(q.id(Vocab.Sem.hasPlace), todo::add);
        NodeId containedIn = q.id(Vocab.Schema.containedInPlace);
        while (!todo.isEmpty()) {
            NodeId place = todo.remove(todo.size() - 1);
            if (out.add(place)) {
                q.objectsOf(place, containedIn, todo::add);
            }
        }
        return out;
    }

    /** Whether a resource takes part in an event (an actor), or is the place of one or contains it (a place). */
    private static boolean used(QuadIds q, NodeId id, boolean place) {
        if (!place) {
            // The first role of the actor that an event has will do: a much-cited person has tens of thousands.
            NodeId hasActor = q.id(Vocab.Sem.hasActor);
            return q.anyMatch(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_VALUE), id,
                    (g, role, p, o) -> q.anyMatch(QuadIds.ANY, QuadIds.ANY, hasActor, role, (g2, e, p2, o2) -> true));
        }
        Set<NodeId> seen = new HashSet<>();
        List<NodeId> todo = new ArrayList<>(List.of(id));
        NodeId hasPlace = q.id(Vocab.Sem.hasPlace);
        NodeId containedIn = q.id(Vocab.Schema.containedInPlace);
        while (!todo.isEmpty()) {
            NodeId p = todo.remove(todo.size() - 1);
            if (!seen.add(p)) {
                continue;
            }
            boolean[] yes = {false};
            q.find(QuadIds.ANY, QuadIds.ANY, hasPlace, p, (g, s, pp, o) -> yes[0] = true);
            if (yes[0]) {
                return true;
            }
            q.find(QuadIds.ANY, QuadIds.ANY, containedIn, p, (g, s, pp, o) -> todo.add(s));
        }
        return false;
    }
}
