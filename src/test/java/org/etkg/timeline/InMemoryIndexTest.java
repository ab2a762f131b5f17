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
 * The timeline a served store keeps in memory is never stale: a change to the store shows at
 * once. (That it answers as the store's own index does, for every filter and page, is
 * TimelineReadersTest's.)
 */
class InMemoryIndexTest {
    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    static Path dir;

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
