package org.etkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.etkg.Cli;
import org.etkg.bench.GdeltDuplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT rows grouped into the real events they code (issue 28, part 3), through `etkg load`:
 * generated rows that code each event one to six times across four 15-minute files, with
 * decoys (another day, root, city, or the roles swapped), scored pair by pair against the truth;
 * the timeline shows each event once.
 */
class GdeltClusteringTest {
    private static final String REPRESENTATIVES = """
            PREFIX etkg: <https://w3id.org/etkg/ontology#>
            SELECT ?member ?rep WHERE { GRAPH <https://w3id.org/etkg/graph/links/gdelt> { ?member etkg:representative ?rep } }""";

    @Test
    void duplicateRowsAreOneEventAndDecoysStayApart(@TempDir Path dir) throws IOException {
        GdeltDuplicates.Truth truth = GdeltDuplicates.write(dir.resolve("gdelt"), 400, 4, 7);
        Path store = dir.resolve("store");
        Cli.Result load = Cli.run("load", "--no-resolve", "--store", store.toString(), dir.resolve("gdelt").toString());
        assertEquals(0, load.exitCode(), load::toString);
        Map<Long, Long> cluster = clusters(store);
        assertTrue(load.out().contains("gdelt       " + truth.eventOf().size() + " rows in the store are "), load::toString);

        long truePairs = 0;
        long predicted = 0;
        long found = 0;
        List<Long> ids = List.copyOf(truth.eventOf().keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                long a = ids.get(i);
                long b = ids.get(j);
                boolean same = truth.eventOf().get(a).equals(truth.eventOf().get(b));
                boolean together = cluster.getOrDefault(a, a).equals(cluster.getOrDefault(b, b));
                truePairs += same ? 1 : 0;
                predicted += together ? 1 : 0;
                found += same && together ? 1 : 0;
            }
        }
        double precision = (double) found / predicted;
        double recall = (double) found / truePairs;
        long decoysMerged = truth.imitated().entrySet().stream()
                .filter(d -> cluster.getOrDefault(d.getKey(), d.getKey()).equals(cluster.getOrDefault(d.getValue(), d.getValue()))).count();
        String figures = String.format("precision %.4f (%d of %d pairs), recall %.4f (%d of %d), decoys merged %d of %d", precision, found,
                predicted, recall, found, truePairs, decoysMerged, truth.decoys().size());
        System.out.println("GDELT clusters: " + figures);
        assertTrue(precision >= 0.98, figures);
        assertTrue(recall >= 0.9, figures);
        assertEquals(0, decoysMerged, figures);

        // The timeline shows each real event once: as many entries as the load reported events.
        java.util.regex.Matcher events = java.util.regex.Pattern.compile("rows in the store are (\\d+) events").matcher(load.out());
        assertTrue(events.find(), load::toString);
        Cli.Result timeline = Cli.run("timeline", "--store", store.toString(), "--format", "csv");
        assertEquals(0, timeline.exitCode(), timeline::toString);
        assertEquals(Long.parseLong(events.group(1)), timeline.out().strip().lines().count() - 1, "one entry per event");
        assertEquals(truth.eventOf().size() - cluster.size() + cluster.values().stream().distinct().count(), Long.parseLong(events.group(1)));

        // A second load of the same files passes over them and leaves the clusters as they were.
        Cli.Result again = Cli.run("load", "--no-resolve", "--store", store.toString(), dir.resolve("gdelt").toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(cluster, clusters(store));
    }

    @Test
    void placesWithinAFewKilometresAreOnePlaceAndCitiesAreNot() {
        RowClusters.Row kabul = new RowClusters.Row("e/1", "20250416", "PAKGOV", "AFGGOV", "04", "f1", 34.5167, 69.1833);
        RowClusters.Row district = new RowClusters.Row("e/2", "20250416", "PAKGOV", "AFGGOV", "04", "f2", 34.55, 69.20);
        RowClusters.Row sameFeature = new RowClusters.Row("e/3", "20250416", "PAKGOV", "AFGGOV", "04", "f1", Double.NaN, Double.NaN);
        RowClusters.Row kandahar = new RowClusters.Row("e/4", "20250416", "PAKGOV", "AFGGOV", "04", "f9", 31.6133, 65.7101);
        RowClusters.Row nextDay = new RowClusters.Row("e/5", "20250417", "PAKGOV", "AFGGOV", "04", "f1", 34.5167, 69.1833);
        RowClusters.Row otherRoot = new RowClusters.Row("e/6", "20250416", "PAKGOV", "AFGGOV", "19", "f1", 34.5167, 69.1833);
        RowClusters.Row swapped = new RowClusters.Row("e/7", "20250416", "AFGGOV", "PAKGOV", "04", "f1", 34.5167, 69.1833);
        assertEquals(List.of(List.of("e/1", "e/2", "e/3")),
                RowClusters.of(new java.util.ArrayList<>(List.of(kandahar, district, kabul, sameFeature, nextDay, otherRoot, swapped))));
        assertTrue(RowClusters.km(34.5167, 69.1833, 33.7215, 73.0433) > 300, "Kabul to Islamabad");
    }

    /** Each clustered row's representative, by GLOBALEVENTID. */
    private static Map<Long, Long> clusters(Path store) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", REPRESENTATIVES);
        assertEquals(0, r.exitCode(), r::toString);
        Map<Long, Long> out = new HashMap<>();
        r.out().strip().lines().skip(1).forEach(line -> {
            String[] f = line.split(",");
            out.put(id(f[0]), id(f[1]));
        });
        return out;
    }

    private static long id(String iri) {
        return Long.parseLong(iri.substring(iri.lastIndexOf('/') + 1).strip());
    }
}
