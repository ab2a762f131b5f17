// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.NameKey;
import org.etkg.model.EntityKind;

/**
 * Names and acronyms, before named-entity recognition is read: names NER splits or misses from their
 * shape ("Afghanistan–Pakistan Joint Coordination Committee", "Tehrik-i-Taliban Pakistan") and an
 * acronym in parentheses after a name as its alternative label.
 * Needs: tokens, part-of-speech tags, NER tags. Gives: entities and the tokens they cover, acronyms.
 */
final class NameStage {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final Set<String> MILITANT_WORDS = Set.of("taliban", "tehreek", "tehrik", "lashkar", "jaish", "jamaat",
            "movement", "front", "brigade", "state");
    private final ArticleState st;

    NameStage(ArticleState st) {
        this.st = st;
    }

    /** Names NER splits or misses: "Afghanistan–Pakistan Joint Coordination Committee", "Tehreek-e-Taliban Pakistan (TTP)". */
    void namePhrases(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String head = Lexicon.NAME_HEADS.get(t.word());
            boolean acronymNext = i + 3 < tokens.size() && Words.isOpen(tokens.get(i + 1).word())
                    && ACRONYM.matcher(tokens.get(i + 2).word()).matches() && Words.isClose(tokens.get(i + 3).word());
            // "Tehrik - i - Taliban Pakistan", as the tokenizer sometimes splits it
            if (i >= 2 && i + 2 < tokens.size() && t.word().matches("\\p{Ll}{1,3}") && Words.isDash(tokens.get(i - 1).word())
                    && Words.isDash(tokens.get(i + 1).word()) && Words.isProper(tokens.get(i - 2)) && Words.isProper(tokens.get(i + 2))
                    && !st.isEntityToken(s, tokens.get(i - 2)) && !"PERSON".equals(tokens.get(i - 2).ner())) {
                int to = i + 2;
                while (to + 1 < tokens.size() && Words.isProper(tokens.get(to + 1)) && !Lexicon.NAME_HEADS.containsKey(tokens.get(to + 1).word())) {
                    to++;
                }
                String folded = NameKey.fold(st.text.substring(tokens.get(i - 2).beginPosition(), tokens.get(to).endPosition()));
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                addPhrase(s, tokens, i - 2, to, kind, "kind " + kind.key() + " guessed from the name");
                i = to;
                continue;
            }
            // "Tehrik-i-Taliban Pakistan": a name joined by a particle, which NER leaves out.
            if (i >= 2 && t.word().matches("\\p{Ll}{1,3}-\\p{Lu}\\p{L}*") && Words.isDash(tokens.get(i - 1).word())
                    && Words.isProper(tokens.get(i - 2)) && !st.isEntityToken(s, tokens.get(i - 2)) && !"PERSON".equals(tokens.get(i - 2).ner())) {
                int to = i;
                while (to + 1 < tokens.size() && Words.isProper(tokens.get(to + 1)) && !Lexicon.NAME_HEADS.containsKey(tokens.get(to + 1).word())) {
                    to++;
                }
                String folded = NameKey.fold(st.text.substring(tokens.get(i - 2).beginPosition(), tokens.get(to).endPosition()));
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                EntityBuilder e = addPhrase(s, tokens, i - 2, to, kind, "kind " + kind.key() + " guessed from the name");
                if (e != null && to + 3 < tokens.size() && Words.isOpen(tokens.get(to + 1).word())
                        && ACRONYM.matcher(tokens.get(to + 2).word()).matches() && Words.isClose(tokens.get(to + 3).word())) {
                    e.altLabels.add(tokens.get(to + 2).word());
                    st.acronyms.put(tokens.get(to + 2).word(), e.id);
                    st.mark(s, List.of(tokens.get(to + 2)), e.id);
                }
                i = to;
                continue;
            }
            if (head != null && Words.isProper(t)) {
                int from = extendLeft(tokens, i);
                int to = i;
                if (from == i && head.equals("newspaper")) {
                    continue;
                }
                if (head.equals("newspaper") && !(from > 0 && Words.isAccordingTo(tokens, from))) {
                    head = "organization";
                }
                EntityBuilder e = addPhrase(s, tokens, from, to, EntityKind.fromKey(head), null);
                // "the Joint Coordination Committee (JCC)": the acronym is another label of the committee
                // (issue 25, dev set: sadiq-kabul-wire), not an entity of its own.
                if (e != null && acronymAfter(tokens, i) != null) {
                    String acronym = acronymAfter(tokens, i);
                    e.altLabels.add(acronym);
                    st.acronyms.put(acronym, e.id);
                    st.mark(s, List.of(tokens.get(i + 2)), e.id);
                }
            } else if (acronymNext && Words.isProper(t)) {
                int from = extendLeft(tokens, i);
                String phrase = st.text.substring(tokens.get(from).beginPosition(), t.endPosition());
                String folded = NameKey.fold(phrase);
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                EntityBuilder e = addPhrase(s, tokens, from, i, kind, "kind " + kind.key() + " guessed from the name");
                if (e != null) {
                    String acronym = tokens.get(i + 2).word();
                    e.altLabels.add(acronym);
                    st.acronyms.put(acronym, e.id);
                    st.mark(s, List.of(tokens.get(i + 2)), e.id);
                }
            }
        }
    }

    private int extendLeft(List<CoreLabel> tokens, int i) {
        int from = i;
        while (from > 0) {
            CoreLabel prev = tokens.get(from - 1);
            if (Words.isProper(prev)) {
                from--;
            } else if (from > 1 && Words.isDash(prev.word()) && Words.isProper(tokens.get(from - 2))) {
                from -= 2;
            } else if (from > 3 && Words.isDash(prev.word()) && tokens.get(from - 2).word().matches("\\p{Ll}{1,3}")
                    && Words.isDash(tokens.get(from - 3).word()) && Words.isProper(tokens.get(from - 4))) {
                from -= 4; // Tehreek-e-Taliban, Noor-ud-Din
            } else if (from > 1 && Set.of("of", "for", "and").contains(prev.word()) && Words.isProper(tokens.get(from - 2))
                    && !Set.of("COUNTRY", "NATIONALITY").contains(tokens.get(from - 2).ner())) {
                from -= 2;
            } else {
                break;
            }
        }
        return from;
    }

    private EntityBuilder addPhrase(int s, List<CoreLabel> tokens, int from, int to, EntityKind kind, String check) {
        List<CoreLabel> span = tokens.subList(from, to + 1);
        if (st.marked(s, span) || Words.isTimeName(span.get(0).word())) {
            return null;
        }
        Span quote = new Span(span.get(0).beginPosition(), span.get(span.size() - 1).endPosition());
        String label = quote.of(st.text);
        EntityBuilder e = st.entity(kind, label, quote, check == null ? "kind " + kind.key() + " from the name's last word" : check);
        st.mark(s, span, e.id);
        return e;
    }

    /** The acronym in parentheses right after token {@code i} ("Committee (JCC)"), or null. */
    static String acronymAfter(List<CoreLabel> tokens, int i) {
        if (i + 3 < tokens.size() && Words.isOpen(tokens.get(i + 1).word())
                && ACRONYM.matcher(tokens.get(i + 2).word()).matches() && Words.isClose(tokens.get(i + 3).word())) {
            return tokens.get(i + 2).word();
        }
        return null;
    }
}
