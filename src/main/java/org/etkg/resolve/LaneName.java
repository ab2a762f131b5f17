package org.etkg.resolve;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedSet;

/**
 * The one rule that names an identity wherever it is shown (a timeline's lane, a table's
 * column): its representative's label that most of its quads use, then the longest (the
 * fullest name), then the first in alphabetical order; for a representative without a label,
 * the first of its members' labels in alphabetical order; without any, its IRI. So every page
 * names a person the same way, whichever spelling a page's own articles use.
 *
 * <p>{@code resolve} applies it when it writes its clusters ({@code etkg:laneLabel}), as it has
 * every entity's labels in hand then; a view applies it itself to an identity resolve has not
 * named (loaded since, or of a store resolved before names were kept).
 */
public final class LaneName {
    private LaneName() {
    }

    /** Of a resource's labels, with how many quads give each, the one the rule prefers; null for none. */
    public static String mostUsed(Map<String, Integer> uses) {
        Comparator<Map.Entry<String, Integer>> best = Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(x -> x.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return uses.entrySet().stream().filter(e -> e.getValue() > 0).max(best).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * An identity's name: {@code mostUsed} (its representative's, from {@link #mostUsed}) if it has
     * one, else the first of {@code allLabels} (every member's labels), else the representative's IRI.
     */
    public static String of(String representative, String mostUsed, SortedSet<String> allLabels) {
        if (mostUsed != null) {
            return mostUsed;
        }
        return allLabels.isEmpty() ? representative : allLabels.first();
    }
}
