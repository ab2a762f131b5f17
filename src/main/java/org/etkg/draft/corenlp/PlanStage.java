// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Plans and the future: an event whose verb is in the future tense or hangs on a plan ("will
 * spend a day in Kabul", "would meet in Kabul before 15 April", "is expected to travel", "is set
 * to visit", "is due to arrive", "plans to visit") is expected, not held (issue 25, dev set:
 * sadiq-kabul-march-2025, sadiq-kabul-wire, dar-kabul-trip-announced, putrajaya-ceasefire-wire).
 * Needs: tokens with part-of-speech tags. Gives: the words that make an event expected, or null.
 */
final class PlanStage {
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    /** "is due to", "is set to", "is expected to", "plans to", "is scheduled to", "intends to". */
    private static final Set<String> PLANNED = Set.of("due", "set", "expected", "plan", "plans", "planned", "planning",
            "scheduled", "intends", "intend", "hopes", "poised", "slated");
    private static final Set<String> BETWEEN = Set.of("also", "still", "now", "then", "soon", "later", "again", "not", "n't",
            "jointly", "likely", "probably", "be", "have");

    private PlanStage() {
    }

    /**
     * The words before the verb at {@code index} (0-based) that make it a plan: "will", or "to"
     * after a word of planning; null when there are none. Adverbs ("will also meet") and "be"
     * ("will be held") may stand between.
     */
    static String planWords(List<CoreLabel> tokens, int index) {
        int i = index - 1;
        while (i >= 0 && (BETWEEN.contains(lower(tokens.get(i))) || tokens.get(i).tag().equals("RB"))) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        String w = lower(tokens.get(i));
        if (FUTURE.contains(w) && tokens.get(i).tag().equals("MD")) {
            return tokens.get(i).word();
        }
        // "Sadiq is to attend the JCC session" (dev: sadiq-kabul-wire) is a plan as "is due to" is.
        if (w.equals("to") && i > 0 && (PLANNED.contains(lower(tokens.get(i - 1))) || Set.of("is", "are").contains(lower(tokens.get(i - 1))))) {
            return tokens.get(i - 1).word() + " to";
        }
        return null;
    }

    /**
     * The words that make the event at {@code w} a plan: on its verb, on the verb its noun hangs on ("will
     * attend the meeting"), or a verb of planning whose subject the noun is ("his talks with President Nikos
     * Christodoulides are scheduled for the morning"; issue 25, dev set: cyprus-new-york-meeting-preview).
     */
    static String eventPlan(SemanticGraph g, List<CoreLabel> tokens, IndexedWord w) {
        if (w.tag().startsWith("VB")) {
            return planWords(tokens, w.index() - 1);
        }
        for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
            IndexedWord gov = in.getGovernor();
            if (in.getRelation().toString().startsWith("nsubj") && PLANNED_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                return "are " + gov.word();
            }
            if (gov.tag().startsWith("VB")) {
                return planWords(tokens, gov.index() - 1);
            }
        }
        return null;
    }

    private static final Set<String> PLANNED_VERBS = Set.of("schedule", "plan", "expect", "due", "set", "slate");

    /**
     * Whether an agreement commits its parties to something still to come: "both sides agreed that the
     * Joint Coordination Committee (JCC) would meet" is a promise (issue 25, dev set: sadiq-kabul-wire);
     * "agreed to an immediate ceasefire" is not told as one.
     */
    static boolean commits(SemanticGraph g, List<CoreLabel> tokens, IndexedWord agreed) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(agreed)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("ccomp") || rel.equals("xcomp")) && e.getDependent().tag().startsWith("VB")
                    && planWords(tokens, e.getDependent().index() - 1) != null) {
                return true;
            }
        }
        return false;
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
