package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.etkg.Cli;
import org.etkg.generate.CorpusGenerator;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold page of an actor's timeline, read from the actors' positions in the index instead
 * of every event of the actor, is the page the whole timeline gives: same entries, same
 * order, same total and cursors, by offset or after a cursor, with clusters of reports (a
 * third of the articles report an earlier event again) and pages that end in the middle of a day.
 */
class ActorHeadTest {
    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    static Path dir;
    static Path store;
    /** The most cited actors of the corpus, by label, most cited first. */
    static List<String> actors;

    @BeforeAll
    static void load() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11, 300, 0.3).write(corpus, 300);
        store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), corpus.toString());
        assertEquals(0, r.exitCode(), r.toString());
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            Map<String, Integer> cited = new HashMap<>();
            new TimelineService(s, IRIS).timeline(TimelineFilter.all())
                    .forEach(e -> e.participants().forEach(p -> cited.merge(p.label(), 1, Integer::sum)));
            actors = cited.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(12).map(Map.Entry::getKey).toList();
        }
    }

    @Test
    void everyPageIsThatOfTheWholeTimeline() {
        int clustered = 0;
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            TimelineService service = new TimelineService(s, IRIS);
            for (String actor : actors) {
                TimelineFilter filter = TimelineFilter.of(null, null, actor, null, null, null, "--");
                List<TimelineEntry> whole = service.timeline(filter);
                assertTrue(whole.size() > 20, actor + " has a long timeline: " + whole.size());
                clustered += (int) whole.stream().filter(e -> e.reports().sameAs().size() > 1).count();
                for (int[] page : new int[][] {{1, 0}, {7, 0}, {10, 3}, {25, 20}, {whole.size() + 5, 0},
                        {10, whole.size() - 3}, {10, whole.size() + 2}}) {
                    Paging paging = new Paging(page[0], page[1], null);
                    assertNotNull(service.actorHead(filter, paging), "the actor positions answer for " + actor);
                    TimelinePage found = service.page(filter, paging);
                    int end = Math.min(whole.size(), page[1] + page[0]);
                    assertEquals(whole.subList(Math.min(page[1], end), end), found.entries(), actor + " " + paging);
                    assertEquals(whole.size(), found.total(), actor + " " + paging);
                    assertEquals(end < whole.size(), found.next() != null, actor + " " + paging);
                }
                // Page after page by cursor, each read from the positions.
                List<TimelineEntry> paged = new ArrayList<>();
                String after = null;
                do {
                    Paging paging = new Paging(9, 0, after);
                    assertNotNull(service.actorHead(filter, paging), "the actor positions answer after a cursor for " + actor);
                    TimelinePage page = service.page(filter, paging);
                    assertEquals(paged.size(), page.offset(), actor + " " + paging);
                    paged.addAll(page.entries());
                    after = page.next();
                } while (after != null);
                assertEquals(whole, paged, actor);
            }
        }
        assertTrue(clustered > 0, "some entries merge several reports");
    }

    @Test
    void anActorTheIndexDoesNotPlaceIsReadFromItsEvents() throws Exception {
        Path copy = dir.resolve("without-positions");
        Cli.Result r = Cli.run("load", "--store", copy.toString(), dir.resolve("corpus").toString());
        assertEquals(0, r.exitCode(), r.toString());
        String actor = actors.get(0);
        TimelineFilter filter = TimelineFilter.of(null, null, actor, null, null, null, "--");
        List<TimelineEntry> expected;
        try (EtkgStore s = EtkgStore.openExisting(copy)) {
            TimelineService service = new TimelineService(s, IRIS);
            expected = service.timeline(filter);
            // As a store loaded before the positions: one article's index without them.
            DatasetGraph dsg = s.dataset();
            String prefix = IRIS.terms().timelineWith.getURI() + "/";
            Txn.executeWrite(dsg, () -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(IRIS.timelineGraphPrefix())) {
                        graphs.add(g);
                    }
                });
                for (Node g : graphs) {
                    List<Triple> positions = new ArrayList<>(TimelineIndex.storedActorPositions(dsg.getGraph(g), IRIS.terms()));
                    if (positions.stream().anyMatch(t -> t.getPredicate().getURI().startsWith(prefix)
                            && expected.stream().anyMatch(e -> e.iri().equals(t.getSubject().getURI())))) {
                        positions.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
                        break;
                    }
                }
            });
            assertNull(service.actorHead(filter, new Paging(5, 0, null)), "an actor with unplaced events is read from its events");
            assertEquals(expected.subList(0, 5), service.page(filter, new Paging(5, 0, null)).entries());
        }
        Cli.Result validate = Cli.run("validate", "--store", copy.toString());
        assertNotEquals(0, validate.exitCode(), validate.toString());
        assertTrue(validate.out().contains("timelineWith") || validate.err().contains("timelineWith"), validate.toString());
    }
}
