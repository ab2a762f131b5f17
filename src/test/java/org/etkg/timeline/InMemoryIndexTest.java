package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.etkg.Cli;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timeline a served store keeps in memory answers exactly as the store's own index does,
 * for every filter and page, and is never stale: a change to the store shows at once.
 */
class InMemoryIndexTest {
    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    static Path dir;

    /** Every page of a filter, followed by its cursors. */
    static List<List<TimelineEntry>> pages(TimelineService service, TimelineFilter filter, int limit) {
        List<List<TimelineEntry>> pages = new ArrayList<>();
        String after = null;
        do {
            TimelinePage page = service.page(filter, new Paging(limit, 0, after));
            pages.add(page.entries());
            after = page.next();
        } while (after != null && pages.size() < 100);
        return pages;
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "-,-,-,-,-,-",
        "-,-,Azizi,-,-,-",
        "-,-,-,Islamabad,-,-",
        "-,-,-,Pakistan,-,-",
        "-,-,-,-,meeting,-",
        "-,-,-,-,-,alleged",
        "2025-04,2025-04,-,-,-,-",
        "2024,2025-03,-,-,-,-",
        "2025-04-16,2025-04-16,Taliban,-,-,-",
        "-,-,nooruddin azizi,-,-,-",
        "-,-,https://w3id.org/etkg/id/noor-ud-din-azizi,-,-,-",
        "-,-,-,https://w3id.org/etkg/id/kabul,-,-",
        "-,-,-,-,committee round,-",
        "-,-,-,-,cameo:04,-",
    })
    void aPageFromMemoryIsThePageFromTheStore(String from, String to, String actor, String place, String type, String modality) {
        Path store = storeOnce();
        TimelineFilter filter = TimelineFilter.of(from, to, actor, place, type, modality, "--");
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            TimelineService fromStore = new TimelineService(s, IRIS);
            TimelineService inMemory = TimelineService.keptInMemory(s, IRIS);
            assertTrue(inMemory.awaitMemory(Duration.ofSeconds(30)), "the index is read into memory");
            List<List<TimelineEntry>> expected = pages(fromStore, filter, 4);
            assertFalse(expected.get(0).isEmpty(), "the filter finds something");
            assertEquals(expected, pages(inMemory, filter, 4));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"Nobody Knows,-", "-,Atlantis", "https://w3id.org/etkg/id/nobody,-"})
    void anUnknownNameIsRefusedAlike(String actor, String place) {
        Path store = storeOnce();
        TimelineFilter filter = TimelineFilter.of(null, null, actor, place, null, null, "--");
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            TimelineService inMemory = TimelineService.keptInMemory(s, IRIS);
            assertTrue(inMemory.awaitMemory(Duration.ofSeconds(30)));
            String expected = org.junit.jupiter.api.Assertions.assertThrows(org.etkg.EtkgException.class,
                    () -> new TimelineService(s, IRIS).timeline(filter)).getMessage();
            String found = org.junit.jupiter.api.Assertions.assertThrows(org.etkg.EtkgException.class,
                    () -> inMemory.timeline(filter)).getMessage();
            assertEquals(expected.substring(0, expected.indexOf(';')), found.substring(0, found.indexOf(';')));
        }
    }

    @Test
    void suggestionsFromMemoryAreTheStoresOwn() {
        Path store = storeOnce();
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            TimelineService inMemory = TimelineService.keptInMemory(s, IRIS);
            assertTrue(inMemory.awaitMemory(Duration.ofSeconds(30)));
            TimelineService fromStore = new TimelineService(s, IRIS);
            for (String typed : List.of("azi", "kab", "isl", "tal", "pak")) {
                assertEquals(fromStore.names().suggest(typed, 12), inMemory.names().suggest(typed, 12), typed);
            }
            assertFalse(inMemory.names().suggest("azi", 12).get("actors").isEmpty());
        }
    }

    @Test
    void aChangeToTheStoreShowsAtOnce() {
        Path store = Cli.loadedStore(dir.resolve("changed"));
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            TimelineService inMemory = TimelineService.keptInMemory(s, IRIS);
            assertTrue(inMemory.awaitMemory(Duration.ofSeconds(30)));
            List<TimelineEntry> before = inMemory.timeline(TimelineFilter.all());
            String article = "airstrikes-march-2024";
            assertTrue(before.stream().anyMatch(e -> e.iri().contains("/" + article + "/")));
            DatasetGraph dsg = s.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(IRIS.articleGraph(article));
                dsg.removeGraph(IRIS.timelineGraph(article));
            });
            // Before the memory is read again, and after: the article's events are gone.
            List<TimelineEntry> now = inMemory.timeline(TimelineFilter.all());
            assertTrue(now.stream().noneMatch(e -> e.iri().contains("/" + article + "/")), now.toString());
            assertTrue(inMemory.awaitMemory(Duration.ofSeconds(30)));
            assertEquals(now, inMemory.timeline(TimelineFilter.all()));
            assertEquals(new TimelineService(s, IRIS).timeline(TimelineFilter.all()), now);
        }
    }

    private static Path cached;

    static synchronized Path storeOnce() {
        if (cached == null) {
            cached = Cli.loadedStore(dir);
        }
        return cached;
    }
}
