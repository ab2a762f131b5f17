package org.etkg.draft;

import org.etkg.load.EvidenceLocator;

/**
 * Writes a span of the article as a quote the loader finds exactly once: the words alone
 * when they occur once, else with as many words before (and, if need be, after) as make them unique.
 * Matching is the loader's: typographic quotes and dashes fold to ASCII.
 */
public final class Quotes {
    /** A quote as facts.yaml writes it; prefix and suffix are null when not needed. */
    public record Quote(String exact, String prefix, String suffix) {
    }

    private final String text;
    private final String folded;

    public Quotes(String text) {
        this.text = text;
        this.folded = EvidenceLocator.fold(text);
    }

    public Quote of(DraftedArticle.Span span) {
        String exact = folded.substring(span.start(), span.end());
        if (count(exact, 0, 0, span) == 1) {
            return new Quote(span.of(text), null, null);
        }
        for (int before = wordBack(span.start()); ; before = wordBack(before)) {
            int prefixLength = span.start() - before;
            if (prefixLength > 0 && count(exact, prefixLength, 0, span) == 1) {
                return new Quote(span.of(text), text.substring(before, span.start()), null);
            }
            if (before == 0 || prefixLength > 80) {
                break;
            }
        }
        int prefixStart = Math.max(0, span.start() - 80);
        for (int after = wordForward(span.end()); ; after = wordForward(after)) {
            if (count(exact, span.start() - prefixStart, after - span.end(), span) == 1) {
                return new Quote(span.of(text), prefixStart == span.start() ? null : text.substring(prefixStart, span.start()),
                        text.substring(span.end(), after));
            }
            if (after >= text.length()) {
                throw new IllegalStateException("the words at " + span + " cannot be told apart from the same words elsewhere");
            }
        }
    }

    /** How often the words occur with this many chars of the span's own context before and after. */
    private int count(String exact, int prefixLength, int suffixLength, DraftedArticle.Span span) {
        String prefix = folded.substring(span.start() - prefixLength, span.start());
        String suffix = folded.substring(span.end(), span.end() + suffixLength);
        int n = 0;
        for (int i = folded.indexOf(exact); i >= 0; i = folded.indexOf(exact, i + 1)) {
            if (folded.startsWith(prefix, i - prefix.length()) && i - prefix.length() >= 0
                    && folded.startsWith(suffix, i + exact.length())) {
                n++;
            }
        }
        return n;
    }

    private int wordBack(int from) {
        int i = from - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(0, i);
    }

    private int wordForward(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
