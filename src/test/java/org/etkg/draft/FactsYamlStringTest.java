package org.etkg.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A quote the drafter writes reads back through the YAML reader as it was, whatever characters
 * the article held: YAML forbids C0, DEL and C1 controls and U+FFFE/U+FFFF in a file, so they
 * must be escaped.
 */
class FactsYamlStringTest {
    static Object readBack(String scalar) {
        Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString("quote: " + scalar + "\n");
        return doc.get("quote");
    }

    @Test
    void aQuoteWithControlCharactersRoundTrips() {
        String quote = "said \"no\" \\ \u0000\u0007\t\n\r\u001f end \u007f del \u0080\u0085\u009f c1 \uFFFE\uFFFF"
                + " é – 😀 \u200d";
        String written = FactsYamlWriter.str(quote);
        assertTrue(written.chars().noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF),
                "only printable characters are written: " + written);
        assertEquals(quote, readBack(written));
    }

    @Test
    void everyCharacterOfTheBasicPlaneRoundTrips() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append('\uFFFF');
        assertEquals(all.toString(), readBack(FactsYamlWriter.str(all.toString())));
    }
}
