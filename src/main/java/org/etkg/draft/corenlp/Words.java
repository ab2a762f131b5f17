// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Set;

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

    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile("^( \\p{Lu}\\p{L}+)?-\\p{Ll}{3}");
    private static final java.util.regex.Pattern ENDS_IN_MODIFIER = java.util.regex.Pattern.compile("\\p{L}(-\\p{Ll}{3,})$");

    /**
     * Where a name found as {@code start..end} of the text really ends: "United" of "United
     * Nations-convened" goes on to "Nations", and "United Nations-convened" stops before
     * "-convened" (issue 25, dev set: doha-three-pakistan-attends). The text is read as written,
     * whatever the tokenizer did with the hyphen; {@code end} when nothing needs changing.
     */
    static int nameEnd(String text, int start, int end) {
        java.util.regex.Matcher tail = ENDS_IN_MODIFIER.matcher(text.substring(start, end));
        if (tail.find()) {
            return end - tail.group(1).length();
        }
        java.util.regex.Matcher on = GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (on.find() && on.group(1) != null) {
            return end + on.group(1).length();
        }
        return end;
    }

    /**
     * A one-word name in a list with a country on either side ("Greece, Türkiye and the United Kingdom"): a
     * country, whatever NER says (issue 25, dev set: un-cyprus-geneva-note, where Türkiye was a person).
     */
    static boolean listedWithCountries(List<CoreLabel> tokens, int i) {
        boolean before = i >= 2 && Set.of(",", "and").contains(tokens.get(i - 1).word()) && "COUNTRY".equals(tokens.get(i - 2).ner());
        int next = i + 2 < tokens.size() && tokens.get(i + 2).word().equalsIgnoreCase("the") ? i + 3 : i + 2;
        boolean after = next < tokens.size() && Set.of(",", "and").contains(tokens.get(i + 1).word()) && "COUNTRY".equals(tokens.get(next).ner());
        return before && after;
    }

    /** "United Nations", "Association of Southeast Asian Nations": a body of nations, not a place, whatever NER says. */
    static boolean namesNations(String name) {
        return name.endsWith(" Nations");
    }
}
