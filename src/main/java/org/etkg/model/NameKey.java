package org.etkg.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one name fold etkg compares names by, across datasets, in the timeline's filters and in
 * the IRIs it mints from names: case, diacritics, punctuation, honorifics
 * (Mullah, Mawlawi, Haji, Maulvi, ...) and common transliteration variants
 * (Mohammad/Muhammad, Noor-ud-Din/Nooruddin, Qayyum/Qayum, Tehreek/Tehrik) fold together.
 */
public final class NameKey {
    private static final Set<String> HONORIFICS = Set.of("mullah", "mulla", "mawlawi", "maulvi", "molvi", "mawlana",
            "maulana", "haji", "hajji", "sheikh", "shaikh", "sayed", "syed", "dr", "mr", "mrs", "ms", "gen", "general");
    /** Particles written apart or joined: "Noor ud Din" is "Nooruddin". */
    private static final Set<String> PARTICLES = Set.of("ud", "ul", "ur", "us", "ad", "al", "ed", "el");

    private NameKey() {
    }

    /** Lower case, no diacritics, apostrophes dropped, other punctuation as spaces. */
    public static String fold(String name) {
        return unmarked(name).replaceAll("['’‘`ʼ]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The fold without spaces: "Noor-ud-Din Azizi" and "Nooruddin Azizi" both become "nooruddinazizi". */
    public static String key(String name) {
        return fold(name).replace(" ", "");
    }

    /**
     * The fold as a segment of an IRI or an id: ASCII letters and digits joined by hyphens,
     * apostrophes dropped ("Dawn News" is "dawn-news", "Dā’esh" is "daesh"); may be empty.
     */
    public static String slug(String name) {
        return unmarked(name).replaceAll("['’‘`ʼ]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Lower case, diacritics dropped ("Kābul" is "kabul"). */
    private static String unmarked(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Folded words without honorifics. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : fold(name).split(" ")) {
            if (!w.isEmpty() && !HONORIFICS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    public static String normalized(String name) {
        return String.join(" ", words(name));
    }

    /** Words with particles joined to their neighbours and spelling folded ("noor ud din" is "nurudin"). */
    public static List<String> phoneticWords(String name) {
        List<String> words = words(name);
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PARTICLES.contains(w) && !joined.isEmpty() && i + 1 < words.size()) {
                String last = joined.remove(joined.size() - 1);
                joined.add(last + w + words.get(++i));
            } else {
                joined.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : joined) {
            out.add(spelling(w));
        }
        return out;
    }

    public static String phonetic(String name) {
        return String.join(" ", phoneticWords(name));
    }

    /** The two names of two lists that agree best, how well, and the pair as evidence shows it ("“x” ~ “y”"). */
    public record BestPair(double score, String shown) {
    }

    /** The best-agreeing pair of names from two lists by {@code similarity}; score 0 and no pair when a list is empty. */
    public static BestPair bestPair(java.util.Collection<String> a, java.util.Collection<String> b,
                                    java.util.function.ToDoubleBiFunction<String, String> similarity) {
        double best = 0;
        String shown = null;
        for (String x : a) {
            for (String y : b) {
                double s = similarity.applyAsDouble(x, y);
                if (s > best) {
                    best = s;
                    shown = "“" + x + "” ~ “" + y + "”";
                }
            }
        }
        return new BestPair(best, shown);
    }

    /** Jaccard similarity of the phonetic word sets. */
    public static double overlap(String a, String b) {
        Set<String> x = new LinkedHashSet<>(phoneticWords(a));
        Set<String> y = new LinkedHashSet<>(phoneticWords(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new LinkedHashSet<>(x);
        both.retainAll(y);
        Set<String> any = new LinkedHashSet<>(x);
        any.addAll(y);
        return both.size() / (double) any.size();
    }

    private static String spelling(String w) {
        StringBuilder collapsed = new StringBuilder();
        for (char c : w.toCharArray()) {
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        // Vowels vary most between transliterations: o/u and e/i are folded together.
        return collapsed.toString().replace('o', 'u').replace('e', 'i');
    }
}
