package org.etkg.eventdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.etkg.Cli;
import org.etkg.rdf.CameoCodebook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** etkg export --format gdelt|acled on the articles of data/: rows a reader of either dataset accepts. */
class EventExportTest {
    @TempDir
    static Path dir;
    static Path store;

    /** The type of each GDELT 2.0 Event column as the codebook gives it. */
    private static final Pattern INT = Pattern.compile("-?\\d+");
    private static final Pattern DEC = Pattern.compile("-?\\d+(\\.\\d+)?");

    @BeforeAll
    static void load() {
        store = Cli.loadedStore(dir);
    }

    private static List<String[]> gdeltRows() {
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "gdelt");
        assertEquals(0, r.exitCode(), r::toString);
        List<String[]> rows = new ArrayList<>();
        r.out().lines().forEach(l -> rows.add(l.split("\t", -1)));
        return rows;
    }

    @Test
    void everyGdeltRowHasTheCodebooksColumnsAndTypes() throws Exception {
        Map<String, CameoCodebook.Code> codebook = CameoCodebook.read();
        List<String[]> rows = gdeltRows();
        assertTrue(rows.size() >= 10, "events with a day and a CAMEO code: " + rows.size());
        Set<String> ids = new HashSet<>();
        for (String[] f : rows) {
            String line = String.join("|", f);
            assertEquals(61, f.length, line);
            assertEquals(GdeltWriter.COLUMNS.size(), f.length);
            assertTrue(Long.parseLong(f[0]) > 0 && ids.add(f[0]), "GLOBALEVENTID positive and unique: " + line);
            LocalDate day = LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(f[1].substring(0, 6), f[2]);
            assertEquals(Integer.toString(day.getYear()), f[3]);
            assertTrue(DEC.matcher(f[4]).matches() && Math.floor(Double.parseDouble(f[4])) == day.getYear(), line);
            assertTrue(f[25].equals("0") || f[25].equals("1"), "IsRootEvent: " + line);
            CameoCodebook.Code code = codebook.get(f[26]);
            assertTrue(code != null, "EventCode is a CAMEO code: " + line);
            assertTrue(f[26].startsWith(f[27]) && f[27].startsWith(f[28]) && f[28].length() == 2 && codebook.containsKey(f[27]), line);
            assertEquals(Integer.toString(code.quadClass()), f[29], "QuadClass of " + f[26]);
            assertEquals(Double.parseDouble(code.goldstein()), Double.parseDouble(f[30]), "Goldstein of " + f[26]);
            for (int i = 31; i <= 33; i++) {
                assertTrue(INT.matcher(f[i]).matches() && Integer.parseInt(f[i]) >= 1, GdeltWriter.COLUMNS.get(i) + ": " + line);
            }
            for (int geo : new int[] {35, 43, 51}) {
                assertTrue(INT.matcher(f[geo]).matches() && Integer.parseInt(f[geo]) <= 5, "Geo type: " + line);
                assertTrue(f[geo + 5].isEmpty() || DEC.matcher(f[geo + 5]).matches() && Math.abs(Double.parseDouble(f[geo + 5])) <= 90, line);
                assertTrue(f[geo + 6].isEmpty() || DEC.matcher(f[geo + 6]).matches() && Math.abs(Double.parseDouble(f[geo + 6])) <= 180, line);
            }
            assertTrue(f[59].matches("\\d{14}"), "DATEADDED: " + line);
            for (int i : new int[] {5, 15}) {
                assertTrue(f[i].isEmpty() || f[i].matches("[A-Z]{3}([A-Z]{3})?"), "an actor code is a country and a role: " + line);
            }
        }
    }

    @Test
    void theSixteenAprilVisitToKabulIsARowWithItsPlaceCoordinatesAndFeature() {
        List<String[]> kabul = gdeltRows().stream()
                .filter(f -> f[1].equals("20250416") && f[52].equals("Kabul, Afghanistan")).toList();
        assertFalse(kabul.isEmpty(), "rows of 16 April 2025 in Kabul");
        // The Pakistani delegation's visit (other visits of that day may be added to data/ later).
        String[] visit = kabul.stream().filter(f -> f[26].equals("042") && f[5].equals("PAKGOV")).findFirst()
                .orElseThrow(() -> new AssertionError("a visit (042) by Pakistan's government: "
                        + kabul.stream().map(Arrays::toString).toList()));
        kabul.stream().filter(f -> f[26].equals("042")).forEach(v -> {
            assertEquals("4", v[51], "a world city");
            assertEquals("AF", v[53], "FIPS country code");
            assertEquals("34.5281", v[56]);
            assertEquals("69.1723", v[57]);
            assertEquals("1138958", v[58], "the GeoNames feature of Kabul");
        });
        assertEquals("1", visit[29]);
        assertTrue(Integer.parseInt(visit[33]) >= 2, "the visit is reported by several articles: " + Arrays.toString(visit));
    }

    @Test
    void idsAreStableAcrossExportsAndReloads(@TempDir Path other) {
        Set<String> first = new HashSet<>();
        gdeltRows().forEach(f -> first.add(f[0] + " " + f[1] + " " + f[26]));
        Path again = Cli.loadedStore(other);
        Cli.Result r = Cli.run("export", "--store", again.toString(), "--format", "gdelt");
        Set<String> second = new HashSet<>();
        r.out().lines().forEach(l -> {
            String[] f = l.split("\t", -1);
            second.add(f[0] + " " + f[1] + " " + f[26]);
        });
        assertEquals(first, second);
    }

    @Test
    void leftOutEventsAreCountedAndAcledGetsTheEventsItCovers() {
        Cli.Result gdelt = Cli.run("export", "--store", store.toString(), "--format", "gdelt");
        assertTrue(gdelt.err().contains("left out") && gdelt.err().contains("no day"), gdelt::toString);

        Cli.Result acled = Cli.run("export", "--store", store.toString(), "--format", "acled");
        assertEquals(0, acled.exitCode(), acled::toString);
        List<String> lines = acled.out().lines().toList();
        assertEquals(String.join(",", AcledWriter.COLUMNS), lines.get(0));
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains(",2024-03-18,") && l.contains("Explosions/Remote violence,Air/drone strike")),
                "the airstrikes of 18 March 2024: " + acled.out());
        assertTrue(acled.err().contains("not an event ACLED covers"), acled::toString);

        Cli.Result oneGraph = Cli.run("export", "--store", store.toString(), "--format", "gdelt", "--graph", "https://w3id.org/etkg/graph/x");
        assertEquals(2, oneGraph.exitCode(), oneGraph::toString);
    }
}
