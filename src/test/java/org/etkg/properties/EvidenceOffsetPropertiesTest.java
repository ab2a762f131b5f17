package org.etkg.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.etkg.load.EvidenceLocator;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.Quote;

/**
 * Offsets always slice to the quoted words: on texts with astral characters (outside the BMP, two
 * UTF-16 units), combining marks and typographic quotes, a quote found once gives code-point offsets
 * that cut exactly its words out of the text; a quote found several times is refused, never guessed.
 */
class EvidenceOffsetPropertiesTest {
    private static final List<String> PIECES = List.of("Kabul", "Islamabad", "talks", "the", "7th", "round", "e\u0301", "Ze\u0301nith",
            "\uD835\uDD04", "\uD83D\uDE00", "\u201Cquoted\u201D", "Noor\u2013ud\u2013Din", "\u0645\u062A\u0642\u06CC", "ﬁ", ",", ".", "\n");

    record Case(String text, int from, int to) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMinSize(3).ofMaxSize(40)
                .map(words -> String.join(" ", words));
        return text.flatMap(t -> {
            int points = t.codePointCount(0, t.length());
            return Combinators.combine(Arbitraries.integers().between(0, points - 1), Arbitraries.integers().between(1, 12))
                    .as((from, length) -> new Case(t, from, Math.min(points, from + length)));
        });
    }

    @Property(tries = 400)
    void aQuoteFoundOnceSlicesToItsWordsAndOneFoundMoreOftenIsRefused(@ForAll("cases") Case c) {
        String text = c.text();
        int begin = text.offsetByCodePoints(0, c.from());
        int end = text.offsetByCodePoints(0, c.to());
        String words = text.substring(begin, end);
        if (words.isBlank()) {
            return;
        }
        EvidenceLocator locator = new EvidenceLocator(text, "article.txt");
        int occurrences = 0;
        String folded = EvidenceLocator.fold(text);
        String needle = EvidenceLocator.fold(words);
        for (int i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) {
            occurrences++;
        }
        try {
            EvidenceLocator.Span span = locator.locate(new Quote(words, null, null, new Location("facts.yaml", 1, 1)));
            assertEquals(1, occurrences, "a quote that occurs " + occurrences + " times was not refused");
            String sliced = text.codePoints().skip(span.start()).limit(span.end() - span.start())
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals(words, sliced, "offsets " + span.start() + ".." + span.end() + " in code points");
            assertEquals(words, span.exact());
        } catch (DataError e) {
            assertTrue(occurrences > 1 && e.getMessage().contains("occurs " + occurrences + " times"), e.getMessage());
        }
    }
}
