// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

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

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
