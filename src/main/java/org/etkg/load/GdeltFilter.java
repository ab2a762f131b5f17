package org.etkg.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etkg.EtkgException;
import org.etkg.model.Countries;

/**
 * The rows of GDELT files an analyst keeps: actor or action countries, CAMEO codes or their
 * roots, a date range and a bounding box, all of which must hold. It looks at a row's line
 * before it is decoded, split or mapped (an analyst following one region keeps 1-2 % of the rows,
 * and the other 98 % should cost a scan of bytes for tabs, not a string, an array of 61 strings and RDF).
 * A line too short for the fields it looks at is kept, so that the row's own checks refuse it.
 */
public final class GdeltFilter {
    /** The columns looked at: SQLDATE, Actor1CountryCode, Actor2CountryCode, EventCode, ActionGeo_CountryCode, _Lat, _Long. */
    private static final int DATE = 1;
    private static final int ACTOR1_COUNTRY = 7;
    private static final int ACTOR2_COUNTRY = 17;
    private static final int EVENT_CODE = 26;
    private static final int ACTION_COUNTRY = 53;
    private static final int LAT = 56;
    private static final int LON = 57;
    private static final int LAST = LON;

    private final Set<String> iso3;
    private final Set<String> fips;
    private final List<String> codes;
    private final byte[] fromDay;
    private final byte[] toDay;
    private final byte[][] iso3Bytes;
    private final byte[][] fipsBytes;
    private final byte[][] codeBytes;
    private final double[] bbox;
    private final String description;

    private GdeltFilter(Set<String> iso3, Set<String> fips, List<String> codes, LocalDate from, LocalDate to, double[] bbox,
                        String description) {
        this.iso3 = iso3;
        this.fips = fips;
        this.codes = codes;
        this.fromDay = from == null ? null : ascii(from.toString().replace("-", ""));
        this.toDay = to == null ? null : ascii(to.toString().replace("-", ""));
        this.iso3Bytes = iso3 == null ? null : iso3.stream().map(GdeltFilter::ascii).toArray(byte[][]::new);
        this.fipsBytes = fips == null ? null : fips.stream().map(GdeltFilter::ascii).toArray(byte[][]::new);
        this.codeBytes = codes == null ? null : codes.stream().map(GdeltFilter::ascii).toArray(byte[][]::new);
        this.bbox = bbox;
        this.description = description;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Keeps every row. */
    public static final GdeltFilter ALL = new GdeltFilter(null, null, null, null, null, null, "");

    /**
     * From the options' values, each null when not given.
     *
     * @throws EtkgException a usage error naming the option and the value that is wrong
     */
    public static GdeltFilter of(String countries, String codes, String from, String to, String bbox) {
        Set<String> iso3 = null;
        Set<String> fips = null;
        List<String> words = new ArrayList<>();
        if (countries != null) {
            iso3 = new LinkedHashSet<>();
            fips = new LinkedHashSet<>();
            for (String c : list("--gdelt-country", countries)) {
                String code = c.toUpperCase(Locale.ROOT);
                Countries table = Countries.table();
                String three = code.length() == 2 ? table.iso3OfIso2(code) : table.isIso3(code) ? code : null;
                if (three == null) {
                    throw EtkgException.usage("--gdelt-country: '" + c + "' is not an ISO 3166-1 country code (alpha-3 such as AFG,"
                            + " or alpha-2 such as AF; the table is etkg/countries.tsv)");
                }
                iso3.add(three);
                fips.addAll(table.fipsOfIso3(three));
            }
            words.add("--gdelt-country " + String.join(",", iso3));
        }
        List<String> codeList = null;
        if (codes != null) {
            codeList = new ArrayList<>();
            for (String c : list("--gdelt-code", codes)) {
                if (!c.matches("\\d{2,4}")) {
                    throw EtkgException.usage("--gdelt-code: '" + c + "' is not a CAMEO code or root (2 to 4 digits, such as 04, 042 or 0421)");
                }
                codeList.add(c);
            }
            words.add("--gdelt-code " + String.join(",", codeList));
        }
        LocalDate fromDay = day("--gdelt-from", from);
        LocalDate toDay = day("--gdelt-to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw EtkgException.usage("--gdelt-to " + toDay + " is before --gdelt-from " + fromDay);
        }
        if (fromDay != null) {
            words.add("--gdelt-from " + fromDay);
        }
        if (toDay != null) {
            words.add("--gdelt-to " + toDay);
        }
        double[] box = bbox == null ? null : box(bbox);
        if (box != null) {
            words.add("--gdelt-bbox " + bbox.strip());
        }
        return new GdeltFilter(iso3, fips, codeList, fromDay, toDay, box, String.join(" ", words));
    }

    /** The options that made this filter, as they would be written again; empty when it keeps every row. */
    public String description() {
        return description;
    }

    public boolean keepsAll() {
        return description.isEmpty();
    }

    private static List<String> list(String option, String value) {
        List<String> items = new ArrayList<>();
        for (String s : value.split(",", -1)) {
            if (s.isBlank()) {
                throw EtkgException.usage(option + ": '" + value + "' has an empty item; give a comma-separated list");
            }
            items.add(s.strip());
        }
        return items;
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw EtkgException.usage(option + ": '" + value + "' is not a day YYYY-MM-DD");
        }
    }

    private static double[] box(String value) {
        String[] parts = value.split(",", -1);
        String wanted = "--gdelt-bbox: '" + value + "' is not minLon,minLat,maxLon,maxLat in degrees";
        if (parts.length != 4) {
            throw EtkgException.usage(wanted + " (4 numbers separated by commas)");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw EtkgException.usage(wanted + " ('" + parts[i].strip() + "' is not a number)");
            }
        }
        if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180 || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90) {
            throw EtkgException.usage(wanted + " (longitudes within ±180, latitudes within ±90)");
        }
        if (b[1] > b[3]) {
            throw EtkgException.usage(wanted + " (minLat " + b[1] + " is above maxLat " + b[3] + ")");
        }
        return b;
    }

    /** Whether the row on this line is kept. */
    public boolean keeps(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return keeps(bytes, 0, bytes.length);
    }

    /**
     * Whether the row on the line {@code bytes[from, to)} is kept: the fields it looks at are
     * compared as bytes (GDELT's codes and dates are ASCII), so a refused row costs a scan for tabs.
     */
    public boolean keeps(byte[] bytes, int from, int to) {
        if (description.isEmpty()) {
            return true;
        }
        int[] starts = new int[LAST + 2];
        int column = 0;
        starts[0] = from;
        for (int i = from; i < to && column <= LAST; i++) {
            if (bytes[i] == '\t') {
                starts[++column] = i + 1;
            }
        }
        if (column <= LAST) {
            return true; // too few columns: the row's own checks refuse it
        }
        if (fromDay != null || toDay != null) {
            int day = starts[DATE];
            if (starts[DATE + 1] - 1 - day == 8 && (fromDay != null && compare(bytes, day, fromDay) < 0
                    || toDay != null && compare(bytes, day, toDay) > 0)) {
                return false; // a malformed day is kept, for the row's own checks to refuse
            }
        }
        if (codes != null && !startsWithAny(bytes, starts[EVENT_CODE], starts[EVENT_CODE + 1] - 1, codeBytes)) {
            return false;
        }
        if (iso3 != null && !isAny(bytes, starts, ACTOR1_COUNTRY, iso3Bytes) && !isAny(bytes, starts, ACTOR2_COUNTRY, iso3Bytes)
                && !isAny(bytes, starts, ACTION_COUNTRY, fipsBytes)) {
            return false;
        }
        if (bbox != null) {
            try {
                double lat = Double.parseDouble(ascii(bytes, starts, LAT));
                double lon = Double.parseDouble(ascii(bytes, starts, LON));
                boolean inLon = bbox[0] <= bbox[2] ? lon >= bbox[0] && lon <= bbox[2] : lon >= bbox[0] || lon <= bbox[2];
                return inLon && lat >= bbox[1] && lat <= bbox[3];
            } catch (NumberFormatException e) {
                return false; // no action place with coordinates: not in the box
            }
        }
        return true;
    }

    /** The 8 bytes of a YYYYMMDD at {@code at} against {@code day}'s. */
    private static int compare(byte[] bytes, int at, byte[] day) {
        return Arrays.compare(bytes, at, at + 8, day, 0, 8);
    }

    private static boolean startsWithAny(byte[] bytes, int from, int to, byte[][] prefixes) {
        for (byte[] p : prefixes) {
            if (to - from >= p.length && Arrays.equals(bytes, from, from + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAny(byte[] bytes, int[] starts, int c, byte[][] values) {
        int from = starts[c];
        int to = starts[c + 1] - 1;
        for (byte[] v : values) {
            if (Arrays.equals(bytes, from, to, v, 0, v.length)) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(byte[] bytes, int[] starts, int c) {
        return new String(bytes, starts[c], starts[c + 1] - 1 - starts[c], StandardCharsets.ISO_8859_1);
    }
}
