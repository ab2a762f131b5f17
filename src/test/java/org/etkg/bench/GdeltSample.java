package org.etkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.etkg.rdf.CameoCodebook;

/**
 * Writes N rows in the real format of the GDELT 2.0 Event table (61 tab-separated columns, no header),
 * deterministic for a seed: CAMEO codes of the codebook with their QuadClass and Goldstein value, days
 * over two years, actors of the region's countries, action places with coordinates. For the benchmark.
 *
 *   java -cp target/etkg.jar:target/test-classes org.etkg.bench.GdeltSample N OUT.export.CSV [SEED [FIRST_DAY [DAYS]]]
 */
public final class GdeltSample {
    private static final String[][] PLACES = {
        {"Kabul, Kabul, Afghanistan", "AF", "34.5167", "69.1833", "-3378435"},
        {"Islamabad, Islamabad, Pakistan", "PK", "33.7215", "73.0433", "-2763530"},
        {"Kandahar, Kandahar, Afghanistan", "AF", "31.6133", "65.7101", "-3376762"},
        {"Peshawar, North-West Frontier, Pakistan", "PK", "34.0080", "71.5785", "-2771384"},
        {"Lahore, Punjab, Pakistan", "PK", "31.5497", "74.3436", "-2767043"},
        {"Tehran, Tehran, Iran", "IR", "35.6944", "51.4215", "10074674"},
        {"New Delhi, National Capital Territory of Delhi, India", "IN", "28.6000", "77.2000", "-2106102"},
        {"Beijing, Beijing, China", "CH", "39.9289", "116.3880", "-1898541"},
    };
    private static final String[][] ACTORS = {
        {"PAKGOV", "PAKISTAN", "PAK", "GOV"}, {"AFGGOV", "AFGHANISTAN", "AFG", "GOV"}, {"PAKMIL", "PAKISTAN", "PAK", "MIL"},
        {"IRNGOV", "IRAN", "IRN", "GOV"}, {"INDGOV", "INDIA", "IND", "GOV"}, {"CHNGOV", "CHINA", "CHN", "GOV"},
        {"AFGREB", "TALIBAN", "AFG", "REB"}, {"PAK", "PAKISTAN", "PAK", ""},
    };

    private GdeltSample() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        LocalDate first = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2024, 1, 1);
        int days = args.length > 4 ? Integer.parseInt(args[4]) : 730;
        List<CameoCodebook.Code> codes = new ArrayList<>(CameoCodebook.read().values());
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String[] f = new String[61];
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(f, "");
                LocalDate day = first.plusDays(random.nextInt(days));
                CameoCodebook.Code code = codes.get(random.nextInt(codes.size()));
                String[] a1 = ACTORS[random.nextInt(ACTORS.length)];
                String[] a2 = ACTORS[random.nextInt(ACTORS.length)];
                String[] p = PLACES[random.nextInt(PLACES.length)];
                String ymd = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
                f[0] = Long.toString(1_000_000_000L + i);
                f[1] = ymd;
                f[2] = ymd.substring(0, 6);
                f[3] = ymd.substring(0, 4);
                f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
                f[5] = a1[0];
                f[6] = a1[1];
                f[7] = a1[2];
                f[12] = a1[3];
                f[15] = a2[0];
                f[16] = a2[1];
                f[17] = a2[2];
                f[22] = a2[3];
                f[25] = random.nextInt(2) == 0 ? "1" : "0";
                f[26] = code.code().length() == 2 ? code.code() + "0" : code.code();
                f[27] = f[26].substring(0, 3);
                f[28] = f[26].substring(0, 2);
                f[29] = Integer.toString(code.quadClass());
                f[30] = code.goldstein();
                f[31] = Integer.toString(1 + random.nextInt(20));
                f[32] = Integer.toString(1 + random.nextInt(5));
                f[33] = f[31];
                f[34] = String.format(Locale.ROOT, "%.6f", random.nextDouble() * 20 - 10);
                f[35] = "1";
                f[36] = a1[1].charAt(0) + a1[1].substring(1).toLowerCase(Locale.ROOT);
                f[37] = a1[2].substring(0, 2);
                f[43] = "0";
                f[51] = "4";
                f[52] = p[0];
                f[53] = p[1];
                f[56] = p[2];
                f[57] = p[3];
                f[58] = p[4];
                f[59] = ymd + "081500";
                f[60] = "https://example.org/news/" + f[0];
                w.write(String.join("\t", f));
                w.write('\n');
            }
        }
        System.out.println("Wrote " + n + " GDELT rows to " + out);
    }
}
