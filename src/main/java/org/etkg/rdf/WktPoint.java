package org.etkg.rdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point's coordinates from a GeoSPARQL WKT literal of someone else's data:
 * {@code POINT(69.18 34.52)}, {@code POINT Z (69.18 34.52 1791)}, or with a coordinate
 * reference system first ({@code <http://www.opengis.net/def/crs/EPSG/0/4326> POINT(34.52 69.18)},
 * which puts latitude first). Anything else (another geometry, {@code POINT EMPTY}) has none.
 */
public record WktPoint(double lat, double lon) {
    private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern POINT = Pattern.compile("\\s*(?:<([^>]*)>\\s*)?POINT\\s*(?:ZM|Z|M)?\\s*\\(\\s*" + NUMBER
            + "\\s+" + NUMBER + "(?:\\s+" + NUMBER + "){0,2}\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATITUDE_FIRST = Pattern.compile("(?i).*/crs/epsg/0/4326/?");

    /** The point a WKT literal names; null when it names none, or none on the globe. */
    public static WktPoint of(String wkt) {
        Matcher m = POINT.matcher(wkt);
        if (!m.matches()) {
            return null;
        }
        double first = Double.parseDouble(m.group(2));
        double second = Double.parseDouble(m.group(3));
        boolean latitudeFirst = m.group(1) != null && LATITUDE_FIRST.matcher(m.group(1).toLowerCase(Locale.ROOT)).matches();
        double lat = latitudeFirst ? first : second;
        double lon = latitudeFirst ? second : first;
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new WktPoint(lat, lon) : null;
    }
}
