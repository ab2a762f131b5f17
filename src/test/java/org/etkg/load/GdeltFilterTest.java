package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The filter on a row's line, where a load decides before any RDF is made. */
class GdeltFilterTest {
    /** A 61-column line with SQLDATE, the actors' countries, EventCode, the place's FIPS country and point. */
    private static String line(String day, String actor1, String actor2, String code, String fips, String lat, String lon) {
        String[] f = new String[61];
        Arrays.fill(f, "");
        f[0] = "1";
        f[1] = day;
        f[7] = actor1;
        f[17] = actor2;
        f[26] = code;
        f[53] = fips;
        f[56] = lat;
        f[57] = lon;
        return String.join("\t", f);
    }

    @Test
    void countriesMatchActorsInAlpha3AndThePlaceInFips() {
        GdeltFilter f = GdeltFilter.of("AFG,pk", null, null, null, null);
        assertEquals("--gdelt-country AFG,PAK", f.description());
        assertTrue(f.keeps(line("20250416", "PAK", "", "042", "", "", "")));
        assertTrue(f.keeps(line("20250416", "", "AFG", "042", "", "", "")));
        assertTrue(f.keeps(line("20250416", "USA", "GBR", "042", "AF", "", "")));
        assertFalse(f.keeps(line("20250416", "USA", "GBR", "042", "UK", "", "")));
        assertFalse(f.keeps(line("20250416", "", "", "042", "PAK", "", "")), "a place's country is FIPS, not alpha-3");
        GdeltFilter palestine = GdeltFilter.of("PSE", null, null, null, null);
        assertTrue(palestine.keeps(line("20250416", "", "", "042", "WE", "", "")));
        assertTrue(palestine.keeps(line("20250416", "", "", "042", "GZ", "", "")));
    }

    @Test
    void codesMatchThemselvesAndWhatLiesUnderThem() {
        GdeltFilter f = GdeltFilter.of(null, "04,190", null, null, null);
        assertTrue(f.keeps(line("20250416", "", "", "042", "", "", "")));
        assertTrue(f.keeps(line("20250416", "", "", "0431", "", "", "")));
        assertTrue(f.keeps(line("20250416", "", "", "190", "", "", "")));
        assertFalse(f.keeps(line("20250416", "", "", "193", "", "", "")));
        assertFalse(f.keeps(line("20250416", "", "", "140", "", "", "")));
    }

    @Test
    void datesIncludeBothEndsAndAMalformedDayIsLeftForTheRowsChecks() {
        GdeltFilter f = GdeltFilter.of(null, null, "2025-04-01", "2025-04-30", null);
        assertTrue(f.keeps(line("20250401", "", "", "042", "", "", "")));
        assertTrue(f.keeps(line("20250430", "", "", "042", "", "", "")));
        assertFalse(f.keeps(line("20250501", "", "", "042", "", "", "")));
        assertFalse(f.keeps(line("20250331", "", "", "042", "", "", "")));
        assertTrue(f.keeps(line("2025-04-16", "", "", "042", "", "", "")), "kept, for the row's checks to refuse");
        assertTrue(f.keeps("1\t20250501\tshort line"), "too few columns: kept, for the row's checks to refuse");
    }

    @Test
    void theBoxHoldsItsEdgesCrossesTheAntimeridianAndLeavesOutRowsWithoutAPoint() {
        GdeltFilter f = GdeltFilter.of(null, null, null, null, "60,29,75,38");
        assertTrue(f.keeps(line("20250416", "", "", "042", "AF", "34.5167", "69.1833")));
        assertTrue(f.keeps(line("20250416", "", "", "042", "AF", "29", "60")));
        assertFalse(f.keeps(line("20250416", "", "", "042", "IR", "35.6944", "51.4215")));
        assertFalse(f.keeps(line("20250416", "", "", "042", "AF", "", "")));
        GdeltFilter pacific = GdeltFilter.of(null, null, null, null, "170,-20,-170,0");
        assertTrue(pacific.keeps(line("20250416", "", "", "042", "FJ", "-17.7", "178.0")));
        assertTrue(pacific.keeps(line("20250416", "", "", "042", "WS", "-13.8", "-171.8")));
        assertFalse(pacific.keeps(line("20250416", "", "", "042", "AS", "-25", "133")));
    }

    @Test
    void noOptionKeepsEveryRow() {
        GdeltFilter f = GdeltFilter.of(null, null, null, null, null);
        assertTrue(f.keepsAll());
        assertTrue(f.keeps("anything"));
    }
}
