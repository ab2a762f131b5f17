package org.etkg.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries and territories by their ISO 3166-1 alpha-2 and alpha-3 codes and their FIPS 10-4
 * code, read once from {@code etkg/countries.tsv} (its header names the source). GDELT writes
 * actors' countries in alpha-3 and places' countries in FIPS 10-4, and the two alphabets collide
 * (FIPS CH is China, ISO CH Switzerland): every conversion goes through this one table.
 */
public final class Countries {
    public static final String RESOURCE = "/etkg/countries.tsv";

    /** One line of the table; iso2 and iso3 are null for a FIPS area with no ISO code (Paracel Islands). */
    public record Country(String iso2, String iso3, String fips, String name) {
    }

    private static final Countries TABLE = read();

    private final List<Country> entries;
    private final Map<String, Country> byIso2 = new LinkedHashMap<>();
    private final Map<String, Country> byIso3 = new LinkedHashMap<>();
    private final Map<String, Country> byFips = new LinkedHashMap<>();

    private Countries(List<Country> entries) {
        this.entries = Collections.unmodifiableList(entries);
        for (Country c : entries) {
            // The first line of an ISO code that FIPS splits is the one the ISO code converts to.
            if (c.iso2() != null) {
                byIso2.putIfAbsent(c.iso2(), c);
                byIso3.putIfAbsent(c.iso3(), c);
            }
            if (byFips.put(c.fips(), c) != null) {
                throw new IllegalStateException(RESOURCE + ": FIPS code " + c.fips() + " is on two lines");
            }
        }
    }

    public static Countries table() {
        return TABLE;
    }

    public List<Country> entries() {
        return entries;
    }

    /** The FIPS 10-4 code of an ISO 3166-1 alpha-2 code; null when there is none. */
    public String fipsOfIso2(String iso2) {
        Country c = iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT));
        return c == null ? null : c.fips();
    }

    /** The ISO 3166-1 alpha-2 code of a FIPS 10-4 code; null when it has none or is unknown. */
    public String iso2OfFips(String fips) {
        Country c = fips == null ? null : byFips.get(fips.toUpperCase(Locale.ROOT));
        return c == null ? null : c.iso2();
    }

    public String iso3OfFips(String fips) {
        Country c = fips == null ? null : byFips.get(fips.toUpperCase(Locale.ROOT));
        return c == null ? null : c.iso3();
    }

    public String iso3OfIso2(String iso2) {
        Country c = iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT));
        return c == null ? null : c.iso3();
    }

    public String iso2OfIso3(String iso3) {
        Country c = iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
        return c == null ? null : c.iso2();
    }

    public boolean isIso3(String code) {
        return code != null && byIso3.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** Every FIPS 10-4 code of an ISO 3166-1 alpha-3 code (West Bank and Gaza Strip for PSE). */
    public List<String> fipsOfIso3(String iso3) {
        List<String> fips = new ArrayList<>();
        for (Country c : entries) {
            if (c.iso3() != null && c.iso3().equalsIgnoreCase(iso3)) {
                fips.add(c.fips());
            }
        }
        return fips;
    }

    private static Countries read() {
        List<Country> entries = new ArrayList<>();
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || !f[2].matches("[A-Z]{2}") || !(f[0].equals("-") ? f[1].equals("-")
                        : f[0].matches("[A-Z]{2}") && f[1].matches("[A-Z]{3}"))) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": not ISO2<tab>ISO3<tab>FIPS<tab>name: " + line);
                }
                entries.add(new Country(f[0].equals("-") ? null : f[0], f[1].equals("-") ? null : f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Countries(entries);
    }
}
