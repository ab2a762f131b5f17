// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/** Tests on tokens and words that need no annotation but the tagger's. */
final class Words {
    private Words() {
    }

    static boolean isAccordingTo(List<CoreLabel> tokens, int from) {
        int i = from - 1;
        if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("the")) {
            i--;
        }
        return i >= 1 && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).word().equalsIgnoreCase("according");
    }

    static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    static boolean isDash(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—");
    }

    static boolean isProper(CoreLabel t) {
        return (t.tag().equals("NNP") || t.tag().equals("NNPS"))
                && (Character.isUpperCase(t.word().codePointAt(0)) || t.word().matches("\\p{Ll}{1,3}-\\p{Lu}.*"));
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String shorten(String s, int words) {
        String[] w = s.strip().split("\\s+");
        return w.length <= words ? s.strip() : String.join(" ", java.util.Arrays.copyOf(w, words)) + " ...";
    }

    /**
     * Holidays, months and seasons: names of times, never actors, though NER and the name patterns
     * take "Eid-ul-Fitr" for an organisation (issue 25, dev set: sadiq-kabul-wire).
     */
    static boolean isTimeName(String name) {
        String first = name.split("[\\s\\-–]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return TIME_NAMES.contains(first);
    }

    private static final java.util.Set<String> TIME_NAMES = java.util.Set.of("eid", "ramadan", "ramazan", "nowruz", "navroz",
            "muharram", "ashura", "hajj", "christmas", "easter", "diwali", "hanukkah", "passover", "thanksgiving", "lent",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "spring", "summer", "autumn", "winter", "monsoon");

    /**
     * Where a name ends inside the token {@code next} that follows it, as "Nations" in "United
     * Nations-convened" (a capitalised word joined by a hyphen to a lower-case one), or null
     * (issue 25, dev set: doha-three-pakistan-attends).
     */
    static Integer nameEndInside(CoreLabel next) {
        String w = next.word();
        int dash = w.indexOf('-');
        if (dash > 1 && Character.isUpperCase(w.codePointAt(0)) && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1))
                && w.substring(0, dash).chars().allMatch(Character::isLetter)) {
            return next.beginPosition() + dash;
        }
        return null;
    }
}
