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

    /**
     * "both sides", "the two sides", "both countries": the two countries (for "sides", countries or organisations:
     * "the Taliban" is a side) the article names most often, the first named first among those named as often;
     * null when {@code w} is no such phrase or the article names fewer than two. A country named only as the
     * subject of a post ("special representative for Afghanistan") is no side (issue 25, dev set: sadiq-kabul-wire,
     * "in which both sides agreed that the Joint Coordination Committee (JCC) would meet"; sadiq-kabul-march-2025,
     * "The two sides agreed", where the sides are Pakistan and the Taliban).
     */
    static List<String> sides(ArticleState st, SemanticGraph g, IndexedWord w) {
        String noun = w.lemma().toLowerCase(Locale.ROOT);
        if (!Set.of("side", "country").contains(noun) || !w.tag().equals("NNS")) {
            return null;
        }
        boolean two = g.outgoingEdgeList(w).stream().anyMatch(e -> {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            String rel = e.getRelation().toString();
            return rel.equals("det") && word.equals("both") || rel.equals("nummod") && word.equals("two");
        });
        if (!two) {
            return null;
        }
        Set<EntityKind> kinds = noun.equals("side") ? Set.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION) : Set.of(EntityKind.COUNTRY);
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        for (int s = 0; s < st.doc.sentences().size(); s++) {
            List<edu.stanford.nlp.ling.CoreLabel> tokens = st.doc.sentences().get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Integer rank = st.tokenMentionRank.get(ArticleState.key(s, tokens.get(i).index()));
                boolean starts = rank != null && (i == 0 || !rank.equals(st.tokenMentionRank.get(ArticleState.key(s, tokens.get(i - 1).index()))));
                boolean ofPost = i >= 2 && Set.of("for", "on").contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && "TITLE".equals(tokens.get(i - 2).ner());
                EntityBuilder e = rank == null ? null : st.entities.get(st.mentionOrder.get(rank));
                if (starts && !ofPost && e != null && kinds.contains(e.kind)) {
                    named.merge(e.id, 1, Integer::sum);
                }
            }
        }
        // A stable sort keeps the order of first mention among those named as often.
        List<String> most = named.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        return most.size() < 2 ? null : most.subList(0, 2);
    }
}
