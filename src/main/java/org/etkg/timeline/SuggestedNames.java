package org.etkg.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import java.util.LinkedHashSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.rdf.Vocab;

/**
 * The names of the actors and places that events have, for suggestions: each label and
 * alternative label, matched as {@link NameMatcher} matches names (the review page suggests
 * entities by the same rule). Read from the indexes (role values, places and the places they
 * lie in), not by one large query.
 */
public record SuggestedNames(NameMatcher<String> actors, NameMatcher<String> places) {
    /** The names from the labels of the actors and of the places. */
    static SuggestedNames of(Set<String> actorLabels, Set<String> placeLabels) {
        return new SuggestedNames(matcher(actorLabels), matcher(placeLabels));
    }

    private static NameMatcher<String> matcher(Set<String> labels) {
        return new NameMatcher<>(new TreeSet<>(labels), label -> label, List::of);
    }

    /** Labels whose folded words (or the whole label) start with the folded text, shortest first. */
    public Map<String, List<String>> suggest(String typed, int max) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("actors", actors.suggest(typed, max));
        out.put("places", places.suggest(typed, max));
        return out;
    }

    /** The names read from the store (where no index in memory has them): every actor's, every place's and the places they lie in. */
    static SuggestedNames fromStore(DatasetGraph dsg) {
        Set<Node> actors = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.roleType, Node.ANY).forEachRemaining(role ->
                dsg.find(Node.ANY, role.getSubject(), Vocab.RDF_VALUE, Node.ANY).forEachRemaining(v -> {
                    if (v.getObject().isURI()) {
                        actors.add(v.getObject());
                    }
                }));
        Set<Node> places = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasPlace, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
        while (!todo.isEmpty()) {
            Node place = todo.remove(todo.size() - 1);
            if (place.isURI() && places.add(place)) {
                dsg.find(Node.ANY, place, Vocab.Schema.containedInPlace, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
            }
        }
        return SuggestedNames.of(labels(dsg, actors), labels(dsg, places));
    }

    private static Set<String> labels(DatasetGraph dsg, Set<Node> things) {
        Set<String> labels = new TreeSet<>();
        for (Node x : things) {
            for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
                dsg.find(Node.ANY, x, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        labels.add(q.getObject().getLiteralLexicalForm());
                    }
                });
            }
        }
        return labels;
    }
}
