package org.etkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.etkg.rdf.CameoCodebook;

/**
 * Writes DAYS days of GDELT 2.0 15-minute event files (96 a day, each zipped as GDELT publishes them,
 * YYYYMMDDHHMMSS.export.CSV.zip), ROWS rows each, deterministic for a seed, about 2 % of the rows
 * about Afghanistan and Pakistan (their actors or their action place) and the rest about other
 * countries. For src/bench/gdelt.sh's filtered-import benchmark.
 *
 *   java -cp target/etkg.jar:target/test-classes org.etkg.bench.GdeltMonth OUT_DIR DAYS ROWS [SEED]
 */
public final class GdeltMonth {
    private static final String[][] REGION_PLACES = {
        {"Kabul, Kabul, Afghanistan", "AF", "34.5167", "69.1833", "-3378435"},
        {"Islamabad, Islamabad, Pakistan", "PK", "33.7215", "73.0433", "-2763530"},
        {"Peshawar, North-West Frontier, Pakistan", "PK", "34.0080", "71.5785", "-2771384"},
    };
    private static final String[][] OTHER_PLACES = {
        {"Washington, District of Columbia, United States", "US", "38.8951", "-77.0364", "531871"},
        {"London, London, City of, United Kingdom", "UK", "51.5000", "-0.1167", "-2601889"},
        {"Paris, Ile-de-France, France", "FR", "48.8667", "2.3333", "-1456928"},
        {"Berlin, Berlin, Germany", "GM", "52.5167", "13.4000", "-1746443"},
        {"Moscow, Moskva, Russia", "RS", "55.7522", "37.6156", "-2960561"},
        {"Beijing, Beijing, China", "CH", "39.9289", "116.3880", "-1898541"},
        {"Lagos, Lagos, Nigeria", "NI", "6.4531", "3.3958", "-2018708"},
        {"Bern, Bern, Switzerland", "SZ", "46.9167", "7.4667", "-2553413"},
    };
    private static final String[][] REGION_ACTORS = {{"PAKGOV", "PAKISTAN", "PAK"}, {"AFGGOV", "AFGHANISTAN", "AFG"}, {"AFGREB", "TALIBAN", "AFG"}};
    private static final String[][] OTHER_ACTORS = {
        {"USAGOV", "UNITED STATES", "USA"}, {"GBRGOV", "UNITED KINGDOM", "GBR"}, {"FRAGOV", "FRANCE", "FRA"},
        {"DEUGOV", "GERMANY", "DEU"}, {"RUSGOV", "RUSSIA", "RUS"}, {"CHNGOV", "CHINA", "CHN"}, {"NGAGOV", "NIGERIA", "NGA"},
        {"CHEGOV", "SWITZERLAND", "CHE"}, {"", "", ""},
    };

    private GdeltMonth() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(out);
        List<CameoCodebook.Code> codes = new ArrayList<>(CameoCodebook.read().values());
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate first = LocalDate.of(2025, 4, 1);
        long id = 1_200_000_000L;
        long region = 0;
        String[] f = new String[61];
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            String ymd = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            for (int q = 0; q < 96; q++) {
                String stamp = ymd + String.format(Locale.ROOT, "%02d%02d00", q / 4, q % 4 * 15);
                Path file = out.resolve(stamp + ".export.CSV.zip");
                try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
                    z.putNextEntry(new ZipEntry(stamp + ".export.CSV"));
                    Writer w = new OutputStreamWriter(z, StandardCharsets.UTF_8);
                    for (int i = 0; i < rows; i++) {
                        boolean ours = random.nextInt(100) < 2;
                        region += ours ? 1 : 0;
                        row(f, id++, ymd, stamp, ours, codes.get(random.nextInt(codes.size())), random);
                        w.write(String.join("\t", f));
                        w.write('\n');
                    }
                    w.flush();
                    z.closeEntry();
                }
            }
        }
        System.out.printf("%d files, %d rows, %d about Afghanistan or Pakistan, in %s%n", days * 96, (long) days * 96 * rows, region, out);
    }

    private static void row(String[] f, long id, String ymd, String stamp, boolean ours, CameoCodebook.Code code, SplittableRandom random) {
        Arrays.fill(f, "");
        // A row of the region has one of its actors or its place there; the other rows have none.
        String[] a1 = ours && random.nextBoolean() ? pick(REGION_ACTORS, random) : pick(OTHER_ACTORS, random);
        String[] a2 = pick(OTHER_ACTORS, random);
        String[] p = ours && !a1[2].matches("AFG|PAK") ? pick(REGION_PLACES, random) : pick(OTHER_PLACES, random);
        f[0] = Long.toString(id);
        f[1] = ymd;
        f[2] = ymd.substring(0, 6);
        f[3] = ymd.substring(0, 4);
        f[4] = ymd.substring(0, 4) + ".2904";
        f[5] = a1[0];
        f[6] = a1[1];
        f[7] = a1[2];
        f[15] = a2[0];
        f[16] = a2[1];
        f[17] = a2[2];
        f[25] = "1";
        f[26] = code.code().length() == 2 ? code.code() + "0" : code.code();
        f[27] = f[26].substring(0, 3);
        f[28] = f[26].substring(0, 2);
        f[29] = Integer.toString(code.quadClass());
        f[30] = code.goldstein();
        f[31] = Integer.toString(1 + random.nextInt(20));
        f[32] = "1";
        f[33] = f[31];
        f[34] = String.format(Locale.ROOT, "%.6f", random.nextDouble() * 10 - 5);
        f[35] = "0";
        f[43] = "0";
        f[51] = "4";
        f[52] = p[0];
        f[53] = p[1];
        f[56] = p[2];
        f[57] = p[3];
        f[58] = p[4];
        f[59] = stamp;
        f[60] = "https://news.example.org/" + id;
    }

    private static String[] pick(String[][] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
    }
}
