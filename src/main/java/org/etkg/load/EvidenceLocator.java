package org.etkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.etkg.model.DataError;
import org.etkg.model.Quote;

/**
 * Finds a quote in an article's text and gives its offsets in Unicode code points, the unit
 * of oa:TextPositionSelector. Straight quotes, apostrophes and hyphens in the quote also match
 * the article's typographic ones (each is one character, so offsets do not move); the
 * annotation then records the article's own characters.
 */
public final class EvidenceLocator {
    private final String text;
    private final String folded;
    private final String articleName;

    public EvidenceLocator(String text, String articleName) {
        this.text = text;
        this.folded = fold(text);
        this.articleName = articleName;
    }

    /** Where a quote is: code point offsets, the exact words, and prefix/suffix as recorded. */
    public record Span(int start, int end, String exact, String prefix, String suffix) {
    }

    public Span locate(Quote quote) {
        String exact = fold(quote.exact());
        List<Integer> all = occurrences(exact);
        if (all.isEmpty()) {
            throw new DataError(quote.location(), "quote not found in the article " + articleName + ": \""
                    + abbreviate(quote.exact()) + "\"" + hint(quote.exact()));
        }
        String prefix = quote.prefix() == null ? null : fold(quote.prefix());
        String suffix = quote.suffix() == null ? null : fold(quote.suffix());
        List<Integer> matching = all.stream()
                .filter(i -> prefix == null || folded.substring(0, i).endsWith(prefix))
                .filter(i -> suffix == null || folded.startsWith(suffix, i + exact.length()))
                .collect(Collectors.toList());
        if (matching.isEmpty()) {
            throw new DataError(quote.location(), "quote \"" + abbreviate(quote.exact())
                    + "\" is in the article, but not with the given prefix/suffix");
        }
        if (matching.size() > 1) {
            throw new DataError(quote.location(), "quote \"" + abbreviate(quote.exact()) + "\" occurs "
                    + matching.size() + " times in the article (at "
                    + matching.stream().map(this::lineAndColumn).collect(Collectors.joining(", "))
                    + "); add a prefix or suffix to say which one is meant");
        }
        int at = matching.get(0);
        int endChar = at + exact.length();
        int start = text.codePointCount(0, at);
        int end = start + text.codePointCount(at, endChar);
        // A quote that is not unique was disambiguated by its prefix or suffix; both are
        // recorded as the article's own characters.
        String recordedPrefix = prefix == null ? null : text.substring(at - prefix.length(), at);
        String recordedSuffix = suffix == null ? null : text.substring(endChar, endChar + suffix.length());
        return new Span(start, end, text.substring(at, endChar), recordedPrefix, recordedSuffix);
    }

    private List<Integer> occurrences(String needle) {
        List<Integer> found = new ArrayList<>();
        int i = folded.indexOf(needle);
        while (i >= 0) {
            found.add(i);
            i = folded.indexOf(needle, i + 1);
        }
        return found;
    }

    private String lineAndColumn(int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + " column " + (text.codePointCount(lineStart, index) + 1);
    }

    private String hint(String quote) {
        String lower = fold(quote).toLowerCase();
        if (folded.toLowerCase().contains(lower)) {
            return " (it is there with different capitals)";
        }
        String squeezed = fold(quote).replaceAll("\\s+", " ");
        if (folded.replaceAll("\\s+", " ").contains(squeezed) && !squeezed.equals(fold(quote))) {
            return " (it is there with different spacing or line breaks)";
        }
        return "";
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Maps typographic quotes, apostrophes and dashes to their ASCII forms, one char for one. */
    public static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }
}
