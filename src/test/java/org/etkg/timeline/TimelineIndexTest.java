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
import org.etkg.placing.TimelineKeys;
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

    static Map<String, TimelineKeys.Key> recomputed(DatasetGraph dsg, String id) {
        return TimelineKeys.of(TimelineKeys.storedArticles(dsg, IRIS).get(id), IRIS.terms());
    }

    @Test
    void everyLoadedEventHasItsKeyAsTheArticleGivesIt() {
        Path store = Cli.loadedStore(dir);
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            s.read(dsg -> {
                Map<String, TimelineKeys.Key> keys = recomputed(dsg, ARTICLE);
                assertTrue(keys.size() >= 29, keys.toString());
                Graph index = dsg.getGraph(IRIS.timelineGraph(ARTICLE));
                assertTrue(IsoCheck.same(TimelineKeys.graph(keys, IRIS.terms(), IRIS.timelineGraph(ARTICLE), IRIS.articleGraph(ARTICLE)), index),
                        "the index graph is what the article gives");
                return null;
            });
        }
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());
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
        TimelineKeys.Key before = key(store, event);
        // Another resolved date for the visit: its key moves in the same transaction as the article.
        Path outside = copy.resolve("outside-facts.yaml");
        Files.writeString(outside, Files.readString(outside).replace("2025-04-16", "2025-04-18"));
        assertEquals(0, Cli.run("load", "--store", store.toString(), copy.toString()).exitCode());
        TimelineKeys.Key after = key(store, event);
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

    /** The key the store's index holds for an event. */
    static TimelineKeys.Key key(Path store, String event) {
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            return s.read(dsg -> TimelineKeys.read(dsg.getGraph(IRIS.timelineGraph(ARTICLE)), IRIS.terms()).get(event));
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
