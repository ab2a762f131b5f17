package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.etkg.Cli;
import org.etkg.EtkgException;
import org.etkg.generate.CorpusGenerator;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of the timeline index (the store's own indexes, the actors' positions, the
 * memory of a served store) gives the same pages for every filter: the same entries in the
 * same order, the same totals and cursors, page after page by cursor and by offset. Run on the
 * store of data/ (clusters of spellings, places inside places, CAMEO types) and on a generated
 * corpus where a third of the articles report an earlier event again.
 */
class TimelineReadersTest {
    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    static Path dir;
    static EtkgStore data;
    static EtkgStore generated;
    /** Filters on the generated corpus, read from its own timeline: its most cited actors, a type, a place. */
    static List<TimelineFilter> generatedFilters = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        data = EtkgStore.openExisting(Cli.loadedStore(dir.resolve("data")));
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(5, 120, 0.3).write(corpus, 120);
        Path store = dir.resolve("generated");
        Cli.Result r = Cli.run("load", "--store", store.toString(), corpus.toString());
        assertEquals(0, r.exitCode(), r.toString());
        generated = EtkgStore.openExisting(store);
        List<TimelineEntry> all = new TimelineService(generated, IRIS).timeline(TimelineFilter.all());
        Map<String, Integer> cited = new HashMap<>();
        all.forEach(e -> e.participants().forEach(p -> cited.merge(p.label(), 1, Integer::sum)));
        List<String> actors = cited.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(4).map(Map.Entry::getKey).toList();
        actors.forEach(a -> generatedFilters.add(TimelineFilter.of(null, null, a, null, null, null, "--")));
        TimelineEntry placed = all.stream().filter(e -> e.place() != null).findFirst().orElseThrow();
        generatedFilters.add(TimelineFilter.of(null, null, null, placed.place(), null, null, "--"));
        generatedFilters.add(TimelineFilter.of(null, null, actors.get(0), null, "meeting", null, "--"));
        generatedFilters.add(TimelineFilter.of(placed.anchor() == null ? null : placed.anchor().toString().substring(0, 7), null,
                actors.get(1), null, null, null, "--"));
        generatedFilters.add(TimelineFilter.all());
    }

    @AfterAll
    static void close() {
        data.close();
        generated.close();
    }

    /** Filters on data/, as an analyst writes them: names in any spelling, IRIs, months, types and CAMEO codes. */
    static final String[][] DATA_FILTERS = {
        {null, null, null, null, null, null},
        {null, null, "Azizi", null, null, null},
        {null, null, "nooruddin azizi", null, null, null},
        {null, null, "https://w3id.org/etkg/id/noor-ud-din-azizi", null, null, null},
        {null, null, "Taliban", null, null, null},
        {null, null, null, "Islamabad", null, null},
        {null, null, null, "Pakistan", null, null},
        {null, null, null, "https://w3id.org/etkg/id/kabul", null, null},
        {null, null, null, null, "meeting", null},
        {null, null, null, null, "committee round", null},
        {null, null, null, null, "cameo:04", null},
        {null, null, null, null, null, "alleged"},
        {"2025-04", "2025-04", null, null, null, null},
        {"2024", "2025-03", null, null, null, null},
        {"2025-04-16", "2025-04-16", "Taliban", null, null, null},
        {null, null, "Azizi", "Islamabad", "meeting", null},
    };

    @TestFactory
    Stream<DynamicTest> everyReaderGivesTheStoresPagesOnData() {
        return Stream.of(DATA_FILTERS).map(f -> TimelineFilter.of(f[0], f[1], f[2], f[3], f[4], f[5], "--"))
                .map(filter -> DynamicTest.dynamicTest(filter.toString(), () -> sameForEveryReader(data, filter)));
    }

    @TestFactory
    Stream<DynamicTest> everyReaderGivesTheStoresPagesOnAGeneratedCorpus() {
        return generatedFilters.stream()
                .map(filter -> DynamicTest.dynamicTest(filter.toString(), () -> sameForEveryReader(generated, filter)));
    }

    /**
     * A page is read a run of entries at a time, so that a whole timeline is never held: read in
     * runs of three, every page is the page read whole, with every report of a cluster merged
     * into its one entry wherever the runs begin and end.
     */
    @Test
    void aPageReadInRunsIsThePageReadWhole() {
        int clustered = 0;
        for (EtkgStore store : List.of(data, generated)) {
            List<TimelineFilter> filters = new ArrayList<>(store == data
                    ? Stream.of(DATA_FILTERS).map(f -> TimelineFilter.of(f[0], f[1], f[2], f[3], f[4], f[5], "--")).toList()
                    : generatedFilters);
            for (TimelineFilter filter : filters) {
                for (PageDetail detail : PageDetail.values()) {
                    List<TimelineEntry> whole = new TimelineService(store, IRIS).page(filter, Paging.ALL, detail).entries();
                    List<TimelineEntry> inRuns = new TimelineService(store, IRIS).inRunsOf(3).page(filter, Paging.ALL, detail).entries();
                    assertEquals(whole, inRuns, filter + " " + detail);
                    clustered += (int) whole.stream().filter(e -> !e.reports().members().isEmpty()).count();
                }
            }
        }
        assertTrue(clustered > 0, "some entries merge several reports");
    }

    /**
     * A table's page reads no spellings or coordinates, yet names every identity as a page that
     * reads them: the same entries, lanes and labels, only the spellings and points left out.
     */
    @Test
    void aPageOfLabelsNamesEveryIdentityAsAPageWithSpellingsDoes() {
        for (EtkgStore store : List.of(data, generated)) {
            TimelineService service = new TimelineService(store, IRIS);
            Paging all = new Paging(null, 0, null);
            List<TimelineEntry> labels = service.page(TimelineFilter.all(), all, PageDetail.LABELS).entries();
            List<TimelineEntry> spelled = service.page(TimelineFilter.all(), all, PageDetail.SPELLINGS).entries();
            assertTrue(spelled.stream().anyMatch(e -> e.participants().stream().anyMatch(p -> !p.lane().spellings().isEmpty())),
                    "a page with spellings has them");
            assertTrue(store != data || spelled.stream().anyMatch(e -> e.placeLane() != null && e.placeLane().point() != null),
                    "and the places' coordinates (data/'s have GeoNames')");
            assertTrue(labels.stream().allMatch(e -> e.participants().stream().allMatch(p -> p.lane() == null || p.lane().spellings().isEmpty())),
                    "a page of labels reads none");
            assertTrue(labels.stream().allMatch(e -> e.placeLane() == null || e.placeLane().point() == null), "nor any coordinates");
            assertEquals(spelled.stream().map(TimelineReadersTest::withoutSpellings).toList(),
                    labels.stream().map(TimelineReadersTest::withoutSpellings).toList());
        }
    }

    private static TimelineEntry withoutSpellings(TimelineEntry e) {
        java.util.function.UnaryOperator<TimelineEntry.Lane> bare = l -> l == null ? null
                : new TimelineEntry.Lane(l.iri(), l.label(), List.of(), null);
        List<TimelineEntry.Participant> who = e.participants().stream().map(p -> p.lane() == null ? p : p.withLane(bare.apply(p.lane()))).toList();
        TimelineEntry.Reports r = e.reports();
        r = new TimelineEntry.Reports(r.sameAs(), r.articles(), r.differences(),
                r.members().stream().map(TimelineReadersTest::withoutSpellings).toList());
        return e.withLanes(who, bare.apply(e.placeLane()), r);
    }

    @Test
    void theActorPositionsAnswerForThemselvesWhereTheyApply() {
        // Otherwise the comparison above would only compare the store with itself.
        TimelineService service = TimelineService.reading(generated, IRIS, TimelineService.Reading.ACTOR_POSITIONS);
        for (TimelineFilter filter : generatedFilters.subList(0, 4)) {
            assertNotNull(service.actorHead(filter, new Paging(4, 0, null)), filter.toString());
        }
    }

    @Test
    void anUnknownNameIsRefusedAlikeByEveryReader() {
        for (String[] f : new String[][] {{"Nobody Knows", null}, {null, "Atlantis"}, {"https://w3id.org/etkg/id/nobody", null}}) {
            TimelineFilter filter = TimelineFilter.of(null, null, f[0], f[1], null, null, "--");
            Map<TimelineService.Reading, String> said = new EnumMap<>(TimelineService.Reading.class);
            services(data).forEach((reading, service) -> {
                String message = assertThrows(EtkgException.class, () -> service.timeline(filter), reading.toString()).getMessage();
                said.put(reading, message.substring(0, message.indexOf(';')));
            });
            assertEquals(1, said.values().stream().distinct().count(), said.toString());
        }
    }

    @Test
    void everyReaderSuggestsTheSameNames() {
        Map<TimelineService.Reading, TimelineService> services = services(data);
        for (String typed : List.of("azi", "kab", "isl", "tal", "pak", "moh")) {
            Map<String, List<String>> expected = services.get(TimelineService.Reading.STORE).names().suggest(typed, 12);
            services.forEach((reading, service) -> assertEquals(expected, service.names().suggest(typed, 12), reading + " " + typed));
        }
        assertFalse(services.get(TimelineService.Reading.MEMORY).names().suggest("azi", 12).get("actors").isEmpty());
    }

    /** A service per reader; the memory's is read first. */
    static Map<TimelineService.Reading, TimelineService> services(EtkgStore store) {
        Map<TimelineService.Reading, TimelineService> services = new EnumMap<>(TimelineService.Reading.class);
        for (TimelineService.Reading reading : TimelineService.Reading.values()) {
            services.put(reading, TimelineService.reading(store, IRIS, reading));
        }
        assertTrue(services.get(TimelineService.Reading.MEMORY).awaitMemory(Duration.ofSeconds(60)), "the index is read into memory");
        return services;
    }

    static void sameForEveryReader(EtkgStore store, TimelineFilter filter) {
        Map<TimelineService.Reading, TimelineService> services = services(store);
        TimelineService oracle = services.get(TimelineService.Reading.STORE);
        List<TimelineEntry> whole = oracle.timeline(filter);
        assertFalse(whole.isEmpty(), "the filter finds something: " + filter);
        services.forEach((reading, service) -> {
            String what = reading + " " + filter;
            assertEquals(whole, service.timeline(filter), what);
            assertEquals(byCursor(oracle, filter, 4), byCursor(service, filter, 4), what + " by cursor");
            for (int[] p : new int[][] {{1, 0}, {3, 2}, {5, whole.size() - 2}, {4, whole.size() + 1}}) {
                Paging paging = new Paging(p[0], Math.max(0, p[1]), null);
                assertEquals(oracle.page(filter, paging), service.page(filter, paging), what + " " + paging);
            }
        });
    }

    /** Every page of a filter, followed by its cursors. */
    static List<TimelinePage> byCursor(TimelineService service, TimelineFilter filter, int limit) {
        List<TimelinePage> pages = new ArrayList<>();
        String after = null;
        do {
            TimelinePage page = service.page(filter, new Paging(limit, 0, after));
            pages.add(page);
            after = page.next();
        } while (after != null && pages.size() < 200);
        return pages;
    }
}
