package org.etkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.etkg.rdf.CameoCodebook;

/**
 * GDELT 2.0 event rows that code the same real events many times, as GDELT does (one row per
 * article or sentence that tells a meeting), with decoys beside them, and the truth: which
 * real event each row codes. A real event's rows share its day, its actors in their roles and
 * its CAMEO root; their codes differ within the root (042, 043), and their action place is the
 * city's feature, a point a few km from its centre, or (one row in twenty) the country's
 * centroid, as GDELT geocodes a story that names only the country: those rows are the misses
 * a clustering by place cannot help. A decoy copies a real event but for one thing: the next
 * day, another CAMEO root, another city, or the actors' roles swapped; it is an event of its own.
 *
 *   java -cp target/etkg.jar:target/test-classes org.etkg.bench.GdeltDuplicates OUT_DIR EVENTS [FILES [SEED]]
 */
public final class GdeltDuplicates {
    /** Cities: name, FIPS country, lat, lon, feature id; each country's centroid after its cities. */
    private static final String[][] CITIES = {
        {"Kabul, Kabul, Afghanistan", "AF", "34.5167", "69.1833", "-3378435"},
        {"Kandahar, Kandahar, Afghanistan", "AF", "31.6133", "65.7101", "-3378777"},
        {"Islamabad, Islamabad, Pakistan", "PK", "33.7215", "73.0433", "-2763530"},
        {"Peshawar, North-West Frontier, Pakistan", "PK", "34.0080", "71.5785", "-2771384"},
        {"Lahore, Punjab, Pakistan", "PK", "31.5497", "74.3436", "-2767043"},
        {"Quetta, Balochistan, Pakistan", "PK", "30.1872", "67.0125", "-2773880"},
        {"Doha, Ad Dawhah, Qatar", "QA", "25.2867", "51.5333", "-2537880"},
        {"Tehran, Tehran, Iran", "IR", "35.6944", "51.4215", "10074674"},
    };
    private static final Map<String, String[]> CENTROIDS = Map.of(
            "AF", new String[] {"Afghanistan", "AF", "33", "65", "AF"},
            "PK", new String[] {"Pakistan", "PK", "30", "70", "PK"},
            "QA", new String[] {"Qatar", "QA", "25.5", "51.25", "QA"},
            "IR", new String[] {"Iran", "IR", "32", "53", "IR"});
    private static final String[][] ACTORS = {
        {"PAKGOV", "PAKISTAN", "PAK"}, {"AFGGOV", "AFGHANISTAN", "AFG"}, {"AFGREB", "TALIBAN", "AFG"}, {"PAKMIL", "PAKISTAN", "PAK"},
        {"USAGOV", "UNITED STATES", "USA"}, {"CHNGOV", "CHINA", "CHN"}, {"QATGOV", "QATAR", "QAT"}, {"IRNGOV", "IRAN", "IRN"},
    };

    /** The rows written, by GLOBALEVENTID: the real event each codes, and whether it is a decoy. */
    public record Truth(Map<Long, Integer> eventOf, Set<Long> decoys, Map<Long, Long> imitated) {
    }

    private GdeltDuplicates() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Truth truth = write(out, events, files, seed);
        System.out.printf("%d rows of %d real events and %d decoys in %d files in %s%n", truth.eventOf().size(), events,
                truth.decoys().size(), files, out);
    }

    /** Writes {@code files} 15-minute files of rows for {@code events} real events (and their decoys) under {@code dir}. */
    public static Truth write(Path dir, int events, int files, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<String>> codesByRoot = new TreeMap<>();
        for (CameoCodebook.Code c : CameoCodebook.read().values()) {
            if (c.code().length() == 3) {
                codesByRoot.computeIfAbsent(c.code().substring(0, 2), k -> new ArrayList<>()).add(c.code());
            }
        }
        List<String> roots = new ArrayList<>(codesByRoot.keySet());
        Map<Long, Integer> eventOf = new LinkedHashMap<>();
        Set<Long> decoys = new HashSet<>();
        Map<Long, Long> imitated = new LinkedHashMap<>();
        List<List<String>> byFile = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            byFile.add(new ArrayList<>());
        }
        Set<String> keys = new HashSet<>();
        long[] id = {1_300_000_000L};
        int real = 0;
        while (real < events) {
            int day = random.nextInt(10);
            int a1 = random.nextInt(ACTORS.length);
            int a2 = (a1 + 1 + random.nextInt(ACTORS.length - 1)) % ACTORS.length;
            String root = roots.get(random.nextInt(roots.size()));
            int city = random.nextInt(CITIES.length);
            if (!keys.add(day + " " + a1 + " " + a2 + " " + root + " " + city)) {
                continue; // two real events the same in every field the rows give are one
            }
            int event = real++;
            int copies = 1 + random.nextInt(6);
            long first = id[0];
            for (int c = 0; c < copies; c++) {
                eventOf.put(id[0], event);
                byFile.get(random.nextInt(files)).add(row(id[0]++, day, a1, a2, codesByRoot.get(root), city, true, random));
            }
            if (random.nextInt(4) == 0) {
                // A decoy: the same but for one thing, an event of its own (it takes a truth id beyond the real ones).
                int kind = random.nextInt(4);
                int dDay = kind == 0 ? day + 1 : day;
                String dRoot = kind == 1 ? roots.get((roots.indexOf(root) + 1 + random.nextInt(roots.size() - 1)) % roots.size()) : root;
                int dCity = kind == 2 ? (city + 1 + random.nextInt(CITIES.length - 1)) % CITIES.length : city;
                int d1 = kind == 3 ? a2 : a1;
                int d2 = kind == 3 ? a1 : a2;
                if (!keys.add(dDay + " " + d1 + " " + d2 + " " + dRoot + " " + dCity)) {
                    continue;
                }
                int decoy = events + decoys.size() + 1_000_000;
                eventOf.put(id[0], decoy);
                decoys.add(id[0]);
                imitated.put(id[0], first);
                // A decoy row names its city: one placed at its country alone could be the real event's.
                byFile.get(random.nextInt(files)).add(row(id[0]++, dDay, d1, d2, codesByRoot.get(dRoot), dCity, false, random));
            }
        }
        for (int i = 0; i < files; i++) {
            String stamp = String.format(Locale.ROOT, "20250416%02d%02d00", i / 4, i % 4 * 15);
            Files.write(dir.resolve(stamp + ".export.CSV"), byFile.get(i), StandardCharsets.UTF_8);
        }
        return new Truth(eventOf, decoys, imitated);
    }

    private static String row(long id, int day, int a1, int a2, List<String> codes, int city, boolean countryOnlyMaybe,
                              SplittableRandom random) {
        String[] f = new String[61];
        Arrays.fill(f, "");
        String ymd = String.format(Locale.ROOT, "202504%02d", 10 + day);
        String code = codes.get(random.nextInt(codes.size()));
        String[] place = CITIES[city].clone();
        int where = countryOnlyMaybe ? random.nextInt(20) : 1 + random.nextInt(19);
        if (where == 0) {
            place = CENTROIDS.get(place[1]);
        } else if (where < 7) {
            // A district or a suburb: another feature a few km from the centre.
            double lat = Double.parseDouble(place[2]) + (random.nextDouble() - 0.5) * 0.05;
            double lon = Double.parseDouble(place[3]) + (random.nextDouble() - 0.5) * 0.05;
            place[2] = String.format(Locale.ROOT, "%.4f", lat);
            place[3] = String.format(Locale.ROOT, "%.4f", lon);
            place[4] = place[4] + "-" + random.nextInt(1000);
        }
        String[] x = ACTORS[a1];
        String[] y = ACTORS[a2];
        f[0] = Long.toString(id);
        f[1] = ymd;
        f[2] = ymd.substring(0, 6);
        f[3] = ymd.substring(0, 4);
        f[4] = ymd.substring(0, 4) + ".2904";
        f[5] = x[0];
        f[6] = x[1];
        f[7] = x[2];
        f[15] = y[0];
        f[16] = y[1];
        f[17] = y[2];
        f[25] = "1";
        f[26] = code;
        f[27] = code;
        f[28] = code.substring(0, 2);
        f[29] = "1";
        f[30] = "1.0";
        f[31] = Integer.toString(1 + random.nextInt(10));
        f[32] = "1";
        f[33] = f[31];
        f[34] = "0";
        f[51] = where == 0 ? "1" : "4";
        f[52] = place[0];
        f[53] = place[1];
        f[56] = place[2];
        f[57] = place[3];
        f[58] = place[4];
        f[59] = ymd + "120000";
        f[60] = "https://news.example.org/" + id;
        return String.join("\t", f);
    }
}
