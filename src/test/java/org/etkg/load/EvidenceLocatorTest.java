package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.Quote;
import org.junit.jupiter.api.Test;

class EvidenceLocatorTest {
    private static final Location AT = new Location("facts.yaml", 3, 5);

    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        // U+1F4F0 (newspaper) is two UTF-16 units but one code point.
        String text = "\uD83D\uDCF0 Kabul talks";
        EvidenceLocator.Span span = new EvidenceLocator(text, "a.txt").locate(new Quote("Kabul", null, null, AT));
        assertEquals(2, span.start());
        assertEquals(7, span.end());
        assertEquals("Kabul", text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end())));
    }

    @Test
    void straightQuotesMatchCurlyOnesAndTheArticlesCharactersAreRecorded() {
        String text = "He said, “Let’s see,” and left.";
        EvidenceLocator.Span span = new EvidenceLocator(text, "a.txt").locate(new Quote("\"Let's see,\"", null, null, AT));
        assertEquals("“Let’s see,”", span.exact());
    }

    @Test
    void aQuoteThatOccursTwiceNeedsAPrefixOrSuffix() {
        String text = "Kabul met Kabul.";
        EvidenceLocator locator = new EvidenceLocator(text, "a.txt");
        DataError e = assertThrows(DataError.class, () -> locator.locate(new Quote("Kabul", null, null, AT)));
        assertTrue(e.getMessage().startsWith("facts.yaml:3:5: quote \"Kabul\" occurs 2 times"), e.getMessage());
        EvidenceLocator.Span second = locator.locate(new Quote("Kabul", "met ", null, AT));
        assertEquals(10, second.start());
        assertEquals("met ", second.prefix());
        EvidenceLocator.Span first = locator.locate(new Quote("Kabul", null, " met", AT));
        assertEquals(0, first.start());
        assertEquals(" met", first.suffix());
    }

    @Test
    void missingQuoteHintsAtCapitals() {
        DataError e = assertThrows(DataError.class,
                () -> new EvidenceLocator("Kabul talks", "a.txt").locate(new Quote("kabul talks", null, null, AT)));
        assertTrue(e.getMessage().contains("different capitals"), e.getMessage());
    }
}
