// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Walks of the dependency parse that several stages share. */
final class Graphs {
    private Graphs() {
    }

    /** The word and its dependents, not the clauses joined to it. */
    static Set<IndexedWord> ownWords(SemanticGraph g, IndexedWord w) {
        Set<IndexedWord> seen = new HashSet<>(List.of(w));
        List<IndexedWord> todo = new ArrayList<>(List.of(w));
        Set<String> apart = Set.of("conj", "cc", "advcl", "parataxis", "ccomp", "xcomp", "acl:relcl");
        while (!todo.isEmpty()) {
            IndexedWord x = todo.remove(todo.size() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                String rel = e.getRelation().toString();
                if (apart.stream().noneMatch(a -> rel.equals(a) || rel.startsWith(a + ":")) && seen.add(e.getDependent())) {
                    todo.add(e.getDependent());
                }
            }
        }
        return seen;
    }

    /** The subject edges of a verb, or of the verb it is joined to ("X led ... and took part"). */
    static List<SemanticGraphEdge> subjects(SemanticGraph g, IndexedWord verb) {
        List<SemanticGraphEdge> found = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                found.add(e);
            }
        }
        if (found.isEmpty()) {
            for (SemanticGraphEdge in : g.incomingEdgeList(verb)) {
                if (in.getRelation().toString().startsWith("conj")) {
                    found.addAll(subjects(g, in.getGovernor()));
                }
            }
        }
        return found;
    }

    static boolean hasCase(SemanticGraph g, IndexedWord w, Set<String> prepositions) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("case")
                && prepositions.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }
}
