// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.model.EntityKind;

/**
 * A person named again by the title of the post they hold: "The envoy also held a separate meeting
 * with Nooruddin Azizi" after "Pakistan's Special Representative for Afghanistan, Mohammad Sadiq"
 * (issue 25, dev set: sadiq-kabul-wire). "the envoy", "the minister" is the person named last who holds
 * a post the noun names.
 * Needs: entities and their posts (PostStage). Gives: the person a definite title noun stands for.
 */
final class NominalMentions {
    /** A title noun to words of the posts it names: an envoy is a special representative, an ambassador, an envoy. */
    private static final Map<String, List<String>> TITLE_WORDS = Map.of(
            "envoy", List.of("envoy", "representative", "ambassador"),
            "representative", List.of("representative", "envoy"),
            "ambassador", List.of("ambassador"),
            "minister", List.of("minister"),
            "secretary-general", List.of("secretary-general"),
            "president", List.of("president"),
            "premier", List.of("prime minister", "premier"));

    private NominalMentions() {
    }

    /** Whether the title noun ("envoy") names a post of this label ("Special Representative for Afghanistan"). */
    static boolean names(String noun, String postLabel) {
        List<String> words = TITLE_WORDS.get(noun.toLowerCase(Locale.ROOT));
        String label = postLabel.toLowerCase(Locale.ROOT);
        return words != null && words.stream().anyMatch(label::contains);
    }

    /** The person "the envoy" at {@code w} stands for, or null when the noun is no title or has no "the". */
    static String person(ArticleState st, int s, SemanticGraph g, IndexedWord w) {
        String noun = w.lemma().toLowerCase(Locale.ROOT);
        // "the Secretary-General" is tagged NNP (dev: un-cyprus-geneva-note, "with a dinner the Secretary-General hosted")
        if (!(w.tag().equals("NN") || w.tag().equals("NNP")) || !TITLE_WORDS.containsKey(noun)) {
            return null;
        }
        boolean definite = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("det") && Set.of("the", "this").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                definite = true;
            } else if (!rel.equals("punct") && !rel.equals("cc") && !rel.startsWith("conj") && !rel.equals("acl:relcl")) {
                return null; // "the acting foreign minister", "the minister of commerce": a title of its own
            }
        }
        if (!definite) {
            return null;
        }
        return st.recent(s, w.index(), b -> b.kind == EntityKind.PERSON
                && b.holds.stream().map(st.entities::get).anyMatch(p -> p != null && names(noun, p.label)));
    }
}
