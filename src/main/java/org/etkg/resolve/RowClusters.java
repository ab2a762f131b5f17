package org.etkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GDELT's rows grouped into the real events they code. GDELT codes one meeting many times
 * (every article, every sentence that tells it gives a row), so rows are one event when they
 * have the same day, the same actors in the same roles (their CAMEO actor codes, or their
 * names when they have no code), the same CAMEO root (04 consult; 042 and 043 are one meeting
 * told two ways) and action places within {@value #NEAR_KM} km of each other or the same
 * feature id. Another day, another root, another city (or another actor) stay apart. A row
 * geocoded to its country alone joins the block's one event in that country, if there is one.
 * Rows are blocked by day, actors and root, so the cost grows with the rows, not their pairs.
 */
public final class RowClusters {
    /** Action places this close are one place: GDELT geocodes a city's events to its centre or to a district. */
    public static final double NEAR_KM = 10;

    private RowClusters() {
    }

    /**
     * One row as clustering sees it.
     *
     * @param feature     ActionGeo_FeatureID, or empty; {@code lat}/{@code lon} NaN when the row has no coordinates
     * @param country     the action place's country (FIPS), or empty
     * @param countryOnly whether the row is geocoded to its country alone (GDELT's centroid of the country, when
     *                    the story names no city): its place says only "somewhere in the country"
     */
    public record Row(String iri, String day, String actor1, String actor2, String root, String feature, double lat, double lon,
                      String country, boolean countryOnly) {
        public Row(String iri, String day, String actor1, String actor2, String root, String feature, double lat, double lon) {
            this(iri, day, actor1, actor2, root, feature, lat, lon, "", false);
        }

        boolean hasPlace() {
            return !feature.isEmpty() || !Double.isNaN(lat);
        }

        /** Whether the two rows' action places are one: the same feature, or points within NEAR_KM. */
        boolean samePlace(Row o) {
            if (!hasPlace() || !o.hasPlace()) {
                return !hasPlace() && !o.hasPlace(); // no place: only with another row that has none
            }
            if (!feature.isEmpty() && feature.equals(o.feature)) {
                return true;
            }
            return !Double.isNaN(lat) && !Double.isNaN(o.lat) && km(lat, lon, o.lat, o.lon) <= NEAR_KM;
        }
    }

    /**
     * The clusters of two rows or more, each as its rows' IRIs, the representative (the first
     * row in IRI order, GDELT's lowest GLOBALEVENTID of its length) first.
     */
    public static List<List<String>> of(List<Row> rows) {
        Map<String, List<Row>> blocks = new LinkedHashMap<>();
        for (Row r : rows) {
            blocks.computeIfAbsent(r.day() + '\t' + r.actor1() + '\t' + r.actor2() + '\t' + r.root(), k -> new ArrayList<>()).add(r);
        }
        List<List<String>> clusters = new ArrayList<>();
        for (List<Row> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            block.sort(Comparator.comparing(Row::iri, RowClusters::byId));
            // Each row joins the first cluster whose first row is at the same place, else starts one:
            // compared with a cluster's first row, not any row, so that a chain of places a few km
            // apart does not join two towns.
            List<Row> seeds = new ArrayList<>();
            Map<Row, List<String>> members = new HashMap<>();
            List<Row> countryOnly = new ArrayList<>();
            for (Row r : block) {
                if (r.countryOnly()) {
                    countryOnly.add(r);
                    continue;
                }
                Row seed = seeds.stream().filter(r::samePlace).findFirst().orElse(null);
                if (seed == null) {
                    seeds.add(r);
                    members.put(r, new ArrayList<>(List.of(r.iri())));
                } else {
                    members.get(seed).add(r.iri());
                }
            }
            // A row placed at its country's centroid joins the one event of its block in that country;
            // with two or more (two cities) it is not known which, and it stays apart.
            for (Row r : countryOnly) {
                List<Row> inCountry = seeds.stream().filter(s -> !s.countryOnly() && s.country().equals(r.country())).toList();
                Row seed = inCountry.size() == 1 ? inCountry.get(0)
                        : inCountry.isEmpty() ? seeds.stream().filter(r::samePlace).findFirst().orElse(null) : null;
                if (seed == null) {
                    seeds.add(r);
                    members.put(r, new ArrayList<>(List.of(r.iri())));
                } else {
                    members.get(seed).add(r.iri());
                }
            }
            for (Row seed : seeds) {
                if (members.get(seed).size() > 1) {
                    clusters.add(members.get(seed));
                }
            }
        }
        return clusters;
    }

    /** IRIs ending in numbers, by the numbers: event/99 before event/100. */
    static int byId(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** Great-circle distance in km (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
