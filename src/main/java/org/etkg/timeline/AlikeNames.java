package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.etkg.model.NameKey;

/**
 * The names most like one that names no one, for the error that says so: a typo ("Farid
 * Rahimy", "Gazni") should be answered with the name meant. A name is alike when one of its
 * words, folded as {@link NameKey} folds names, starts with a word typed, or is within a few
 * edits of it (one for a word of four to six letters, two for a longer one). The names that
 * match the most words typed come first, then the fewest edits, then the shortest.
 */
final class AlikeNames {
    private AlikeNames() {
    }

    /** How many alike names the error shows at most. */
    static final int SHOWN = 12;

    private record Score(String name, int words, int edits) {
    }

    static List<String> of(String typed, Collection<String> names) {
        List<String> asked = NameKey.words(typed);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<Score> scores = new ArrayList<>();
        for (String name : names) {
            List<String> words = NameKey.words(name);
            int matched = 0;
            int edits = 0;
            for (String word : asked) {
                int best = Integer.MAX_VALUE;
                for (String w : words) {
                    best = Math.min(best, edits(word, w));
                }
                if (best != Integer.MAX_VALUE) {
                    matched++;
                    edits += best;
                }
            }
            if (matched > 0) {
                scores.add(new Score(name, matched, edits));
            }
        }
        return scores.stream()
                .sorted(Comparator.comparingInt((Score s) -> -s.words()).thenComparingInt(Score::edits)
                        .thenComparingInt(s -> s.name().length()).thenComparing(Score::name))
                .limit(SHOWN).map(Score::name).toList();
    }

    /** Edits from the word typed to a word of a name: 0 when the name's word starts with it; MAX_VALUE when too far. */
    private static int edits(String typed, String word) {
        if (word.startsWith(typed)) {
            return 0;
        }
        int allowed = typed.length() >= 7 ? 2 : typed.length() >= 4 ? 1 : 0;
        if (allowed == 0) {
            return Integer.MAX_VALUE;
        }
        int d = new LevenshteinDistance(allowed).apply(typed, word);
        return d < 0 ? Integer.MAX_VALUE : d;
    }
}
