package org.etkg.timeline;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;

/**
 * Finds the actors and places a filter names in the store itself, for a reader that keeps no
 * names in memory: by IRI, by exact label through TDB2's indexes, then by any label that folds
 * to the same letters. Only resources that events use count. Names reach SPARQL only as bound values.
 */
final class StoreNames {
    private final BoundQueries queries;

    StoreNames(IriScheme iris) {
        this.queries = new BoundQueries(iris);
    }

    /**
     * Actors or places whose IRI, label or alternative label matches the given name: first
     * the exact label (an index lookup, the name bound as a value), then any label that folds
     * to the same letters and digits ("Nooruddin Azizi", "noor-ud-din azizi").
     */
    List<Node> named(DatasetGraph dsg, String nameOrIri, boolean place) {
        String what = place ? "place" : "actor";
        // The events that use such a resource: as an actor, or as their place or one that contains it.
        String usedPattern = place ? "?x sem:hasPlace/schema:containedInPlace* ?match ." : "?x sem:hasActor/rdf:value ?match .";
        List<Node> found = new ArrayList<>();
        QuadIds q = new QuadIds(dsg);
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
                String key = NameKey.key(nameOrIri);
                java.util.function.Predicate<String> personNamed = Identity.nameOf(nameOrIri);
                Set<Node> matches = new LinkedHashSet<>();
                queries.run(dsg, "SELECT DISTINCT ?match ?l ?person WHERE { " + usedPattern
                                + " ?match rdfs:label|skos:altLabel|skos:prefLabel ?l OPTIONAL { ?match a schema:Person BIND (true AS ?person) } }",
                        Map.of(), s -> {
                            String label = s.getLiteral("l").getLexicalForm();
                            // The same name folded, or a person's name borne by several: "Azizi" names every Azizi.
                            if (NameKey.key(label).equals(key) || s.contains("person") && personNamed.test(label)) {
                                matches.add(s.get("match").asNode());
                            }
                        });
                found.addAll(matches);
            }
        }
        if (found.isEmpty()) {
            Set<String> names = new TreeSet<>();
            queries.run(dsg, "SELECT DISTINCT ?l WHERE { " + usedPattern + " ?match rdfs:label ?l } LIMIT 50", Map.of(),
                    s -> names.add(s.getLiteral("l").getLexicalForm()));
            throw FilterValues.nobodyNamed(what, nameOrIri, names);
        }
        return new ArrayList<>(new LinkedHashSet<>(found));
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
