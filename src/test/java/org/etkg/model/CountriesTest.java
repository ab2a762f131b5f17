package org.etkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The ISO 3166-1 ↔ FIPS 10-4 table, on every entry and on the pairs whose codes collide. */
class CountriesTest {
    private final Countries table = Countries.table();

    @Test
    void everyEntryIsTheJdksIsoCountryAndConvertsBothWays() {
        Set<String> jdk = Set.of(Locale.getISOCountries());
        List<String> wrong = new ArrayList<>();
        Set<String> fips = new HashSet<>();
        for (Countries.Country c : table.entries()) {
            assertTrue(fips.add(c.fips()), "FIPS " + c.fips() + " on one line only");
            assertEquals(c.iso2(), table.iso2OfFips(c.fips()), c.name());
            assertEquals(c.iso3(), table.iso3OfFips(c.fips()), c.name());
            if (c.iso2() == null) {
                continue;
            }
            // Each ISO code converts to a FIPS code of its own lines, and back to itself.
            assertTrue(table.fipsOfIso3(c.iso3()).contains(table.fipsOfIso2(c.iso2())), c.name());
            assertEquals(c.iso2(), table.iso2OfFips(table.fipsOfIso2(c.iso2())), c.name());
            assertEquals(c.iso2(), table.iso2OfIso3(c.iso3()), c.name());
            if (c.iso2().equals("XK")) {
                continue; // Kosovo: a user-assigned code, not in ISO 3166-1 nor in the JDK
            }
            if (!jdk.contains(c.iso2()) || !new Locale("", c.iso2()).getISO3Country().equals(c.iso3())) {
                wrong.add(c.iso2() + "/" + c.iso3() + " " + c.name());
            }
        }
        assertEquals(List.of(), wrong, "ISO codes that are not the JDK's ISO 3166-1");
    }

    @Test
    void everyIsoCountryHasItsFipsCodeButTheTwoFipsLeftOut() {
        Set<String> missing = new TreeSet<>();
        for (String iso2 : Locale.getISOCountries()) {
            if (table.fipsOfIso2(iso2) == null) {
                missing.add(iso2);
            }
        }
        // Aland Islands (part of Finland) and Bonaire, Sint Eustatius and Saba have no FIPS 10-4 code.
        assertEquals(Set.of("AX", "BQ"), missing);
    }

    @Test
    void collidingCodesGoToTheRightCountry() {
        assertEquals("SZ", table.fipsOfIso2("CH"), "Switzerland");
        assertEquals("CH", table.fipsOfIso2("CN"), "China");
        assertEquals("CN", table.iso2OfFips("CH"));
        assertEquals("CHE", table.iso3OfFips("SZ"));
        assertEquals("NG", table.fipsOfIso2("NE"), "Niger");
        assertEquals("NI", table.fipsOfIso2("NG"), "Nigeria");
        assertEquals("NU", table.fipsOfIso2("NI"), "Nicaragua");
        assertEquals("NER", table.iso3OfFips("NG"));
        assertEquals("NGA", table.iso3OfFips("NI"));
        assertEquals("EI", table.fipsOfIso2("IE"), "Ireland");
        assertEquals("CI", table.fipsOfIso2("CL"), "Chile");
        assertEquals("IV", table.fipsOfIso2("CI"), "Cote d'Ivoire");
        assertEquals("DA", table.fipsOfIso2("DK"), "Denmark");
        assertEquals("GM", table.fipsOfIso2("DE"), "Germany");
        assertEquals("GA", table.fipsOfIso2("GM"), "Gambia");
        assertEquals("AS", table.fipsOfIso2("AU"), "Australia");
        assertEquals("AU", table.fipsOfIso2("AT"), "Austria");
        assertEquals("AF", table.fipsOfIso2("AF"));
        assertEquals("PK", table.fipsOfIso2("PK"));
        assertEquals(List.of("WE", "GZ"), table.fipsOfIso3("PSE"), "Palestine: West Bank, then Gaza Strip");
        assertNull(table.iso2OfFips("PF"), "Paracel Islands: no ISO code");
        assertNull(table.fipsOfIso2("ZZ"));
    }
}
