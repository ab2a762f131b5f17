package org.etkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The coordinates a GDELT export and event linking take from a dataset's WKT: Kabul stays in
 * Kabul whichever way the literal is written, and what is no point gives none instead of an
 * internal error (the digits of "CRS/OGC/1.3/CRS84" were once read as coordinates).
 */
class WktPointTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "POINT(69.1833 34.5167)",
        "point ( 69.1833   34.5167 )",
        "POINT Z (69.1833 34.5167 1791)",
        "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(69.1833 34.5167)",
        "<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(34.5167 69.1833)",
        "POINT(6.91833e1 3.45167E1)"})
    void kabulWrittenAnyWayIsKabul(String wkt) {
        WktPoint p = WktPoint.of(wkt);
        assertEquals(34.5167, p.lat(), 1e-9, wkt);
        assertEquals(69.1833, p.lon(), 1e-9, wkt);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"POINT EMPTY", "LINESTRING(69 34, 70 35)", "POINT(69.1833)", "POINT(a b)", "", "POINT(200 34)",
        "POINT(69 95)"})
    void whatIsNoPointOnTheGlobeHasNoCoordinates(String wkt) {
        assertNull(WktPoint.of(wkt), wkt);
    }
}
