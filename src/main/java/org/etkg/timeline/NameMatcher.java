package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.etkg.model.NameKey;

/**
 * The one rule by which etkg suggests names as an analyst types, on the timeline page (actors
 * and places) and on the review page (participants, places, posts, speakers): a thing is
 * offered when one of its names, whole or any of its words, folded as {@link NameKey} folds
 * names, starts with the folded text typed; the shortest shown name first, then in
 * alphabetical order. The folded keys are computed once, when the matcher is made.
 *
 * @param <T> what is suggested: a label, or an entity with its id
 */
public final class NameMatcher<T> {
    private record Keyed<T>(T thing, String shown, String[] keys) {
    }

    private final List<Keyed<T>> keyed;

    /**
     * @param things what may be suggested
     * @param shown  the name a suggestion shows (and is ordered by)
     * @param names  every name a thing is found by (its label, its other names)
     */
    public NameMatcher(Collection<T> things, Function<T, String> shown, Function<T, Collection<String>> names) {
        List<Keyed<T>> out = new ArrayList<>(things.size());
        for (T t : things) {
            List<String> keys = new ArrayList<>();
            for (String name : names.apply(t)) {
                keys.add(NameKey.key(name));
                for (String word : name.split("[\\s\\p{Punct}]+")) {
                    if (!word.isEmpty()) {
                        keys.add(NameKey.key(word));
                    }
                }
            }
            out.add(new Keyed<>(t, shown.apply(t), keys.toArray(String[]::new)));
        }
        this.keyed = out;
    }

    /** At most {@code max} things a name of which starts with what was typed (nothing when nothing is typed). */
    public List<T> suggest(String typed, int max) {
        String wanted = NameKey.key(typed == null ? "" : typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Keyed<T>> hits = new ArrayList<>();
        for (Keyed<T> k : keyed) {
            for (String key : k.keys()) {
                if (key.startsWith(wanted)) {
                    hits.add(k);
                    break;
                }
            }
        }
        hits.sort(Comparator.comparingInt((Keyed<T> k) -> k.shown().length()).thenComparing(Keyed::shown));
        return hits.stream().limit(max).map(Keyed::thing).toList();
    }
}
