package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.etkg.Cli;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline index: written with each article in its load's transaction, equal to what the
 * article's graphs give, replaced by a reload, checked by validate, and never needed for a
 * correct timeline (a store without it gives the same one).
 */
class TimelineIndexTest {
    static final IriScheme IRIS = IriScheme.defaults();
    static final String ARTICLE = "shift-in-stance-taliban-ttp";

    @TempDir
    Path dir;

    static Map<String, TimelineIndex.Indexed> recomputed(DatasetGraph dsg, String id) {
        return TimelineIndex.of(TimelineIndex.storedArticles(dsg, IRIS).get(id), dsg.getGraph(IRIS.ontologyGraph()), IRIS.terms());
    }

    @Test
    void everyLoadedEventHasItsKeyAndEntryAsTheArticleGivesThem() {
        Path store = Cli.loadedStore(dir);
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            s.read(dsg -> {
                Map<String, TimelineIndex.Indexed> keys = recomputed(dsg, ARTICLE);
                assertTrue(keys.size() >= 29, keys.toString());
                Graph index = dsg.getGraph(IRIS.timelineGraph(ARTICLE));
                assertTrue(IsoCheck.same(TimelineIndex.graph(keys, IRIS.terms(), IRIS.timelineGraph(ARTICLE), IRIS.articleGraph(ARTICLE)), index),
                        "the index graph is what the article gives");
                // Read back from its JSON, each entry is the one the article's graphs give, field for field.
                assertEquals(keys, TimelineIndex.read(index, IRIS.terms()));
                TimelineEntry visit = keys.get("https://w3id.org/etkg/event/" + ARTICLE + "/visit-kabul").entry();
                assertEquals("make a visit", visit.type());
                assertTrue(visit.participants().stream().anyMatch(p -> p.role().equals("visitor")), visit.toString());
                assertTrue(visit.quote() != null && visit.quoteStart() >= 0, visit.toString());
                return null;
            });
        }
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());
    }

    @Test
    void validateFindsAnEntryThatNoLongerSaysWhatItsArticleSays() {
        Path store = Cli.loadedStore(dir);
        Node event = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/etkg/event/" + ARTICLE + "/visit-kabul");
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            DatasetGraph dsg = s.dataset();
            Txn.executeWrite(dsg, () -> {
                Node g = IRIS.timelineGraph(ARTICLE);
                var entry = dsg.find(g, event, IRIS.terms().timelineEntry, Node.ANY).next();
                dsg.delete(entry);
                dsg.add(g, event, IRIS.terms().timelineEntry, org.apache.jena.graph.NodeFactory.createLiteralString(
                        entry.getObject().getLiteralLexicalForm().replace("Kabul", "Kandahar")));
            });
        }
        Cli.Result validate = Cli.run("validate", "--store", store.toString());
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("etkg:timelineEntry") && validate.err().contains("Kandahar"), validate.err());
    }

    @Test
    void aReloadReplacesTheKeysOfItsArticle() throws Exception {
        Path copy = dir.resolve("article");
        Files.createDirectories(copy);
        try (var files = Files.list(Cli.firstArticle())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), copy.toString()).exitCode());
        String event = "https://w3id.org/etkg/event/" + ARTICLE + "/visit-kabul";
        TimelineIndex.Key before = key(store, event);
        // Another resolved date for the visit: its key moves in the same transaction as the article.
        Path outside = copy.resolve("outside-facts.yaml");
        Files.writeString(outside, Files.readString(outside).replace("2025-04-16", "2025-04-18"));
        assertEquals(0, Cli.run("load", "--store", store.toString(), copy.toString()).exitCode());
        TimelineIndex.Key after = key(store, event);
        assertNotEquals(before, after);
        assertTrue(after.sortKey().startsWith("0 2025-04-18"), after.toString());
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());
    }

    @Test
    void aStoreWithoutTheIndexGivesTheSameTimelineAndValidateSaysSo() {
        Path store = Cli.loadedStore(dir);
        String whole = Cli.run("timeline", "--store", store.toString(), "--format", "json").out();
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            DatasetGraph dsg = s.dataset();
            Txn.executeWrite(dsg, () -> dsg.removeGraph(IRIS.timelineGraph(ARTICLE)));
        }
        assertEquals(whole, Cli.run("timeline", "--store", store.toString(), "--format", "json").out());
        Cli.Result validate = Cli.run("validate", "--store", store.toString());
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("the timeline index disagrees with the articles")
                && validate.err().contains("missing from the timeline index of article " + ARTICLE), validate.err());
    }

    @Test
    void aGdeltFileIsIndexedAsItLoadsAndGivesTheTimelineItWouldWithout() {
        Path store = Cli.loadedStore(dir);
        Path gdelt = Path.of("src/test/resources/gdelt/20250416.export.CSV").toAbsolutePath();
        Cli.Result load = Cli.run("load", "--no-resolve", "--store", store.toString(), gdelt.toString());
        assertEquals(0, load.exitCode(), load.toString());
        Node index = IRIS.datasetTimelineGraph("20250416-export");
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            Map<String, TimelineIndex.Indexed> rows = s.read(dsg -> TimelineIndex.read(dsg.getGraph(index), IRIS.terms()));
            assertTrue(rows.containsKey("https://w3id.org/etkg/gdelt/event/1232456701"), rows.keySet().toString());
            assertTrue(rows.values().stream().allMatch(x -> x.entry() != null && x.key().dated()), rows.toString());
        }
        assertTrue(load.out().contains("events      " + 4), load.out());
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());

        String whole = Cli.run("timeline", "--store", store.toString(), "--format", "json").out();
        assertTrue(whole.contains("gdelt/event/1232456701"), whole);
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            DatasetGraph dsg = s.dataset();
            Txn.executeWrite(dsg, () -> dsg.removeGraph(index));
        }
        assertEquals(whole, Cli.run("timeline", "--store", store.toString(), "--format", "json").out());
        Cli.Result validate = Cli.run("validate", "--store", store.toString());
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("missing from the timeline index of dataset 20250416-export")
                && validate.err().contains("load the dataset again"), validate.err());
    }

    @Test
    void aDatasetEventDatedWithATimezoneIsPlacedOnItsDay() throws Exception {
        // XML Schema allows "2025-04-16Z"; LocalDate.parse does not, and the timeline once failed on it.
        Path ttl = dir.resolve("events.ttl");
        Files.writeString(ttl, org.etkg.DatasetText.talksInDoha("2025-04-16+03:00"));
        Path store = dir.resolve("store");
        Cli.Result load = Cli.run("load", "--store", store.toString(), ttl.toString());
        assertEquals(0, load.exitCode(), load.toString());
        Cli.Result day = Cli.run("timeline", "--store", store.toString(), "--from", "2025-04-16", "--to", "2025-04-16", "--format", "csv");
        assertEquals(0, day.exitCode(), day.toString());
        assertTrue(day.out().lines().anyMatch(l -> l.startsWith("https://example.org/talks,Talks in Doha,") && l.contains(",2025-04-16,")),
                day.out());
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());
    }

    /** The key the store's index holds for an event. */
    static TimelineIndex.Key key(Path store, String event) {
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            return s.read(dsg -> TimelineIndex.read(dsg.getGraph(IRIS.timelineGraph(ARTICLE)), IRIS.terms()).get(event).key());
        }
    }

    /** Graph isomorphism, for the index graph read back from the store. */
    static final class IsoCheck {
        static boolean same(Graph a, Graph b) {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            // Every graph the load writes also says when it was made; the rest is the index.
            b.find(Node.ANY, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(org.etkg.rdf.Vocab.Prov.generatedAtTime))
                    .forEachRemaining(copy::add);
            return a.isIsomorphicWith(copy);
        }
    }
}
