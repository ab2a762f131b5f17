package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.etkg.Cli;
import org.etkg.generate.CorpusGenerator;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names {@code resolve} gives identities (etkg:laneLabel) are the names a view gives them by
 * counting their labels: a page of a store whose names are gone (resolved by an older etkg, or
 * loaded with --no-resolve since) is the same page. Also after a second load, whose resolve
 * reads only the new articles' mentions and keeps the others' from memory.
 */
class LaneNamesTest {
    static final IriScheme IRIS = IriScheme.defaults();

    @TempDir
    Path dir;

    @Test
    void theNamesResolveGivesAreTheNamesCountingGivesOnData() {
        Path store = Cli.loadedStore(dir.resolve("data"));
        String azizi = IRIS.base() + "id/noor-ud-din-azizi";
        String representative;
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            representative = s.read(dsg -> org.etkg.resolve.Identity.read(dsg, IRIS).representative(azizi));
        }
        Map<String, String> names = samePagesWithAndWithoutNames(store);
        // One name for the three spellings' person, and one of those spellings (whichever articles use most).
        assertTrue(java.util.Set.of("Noor-ud-Din Azizi", "Nooruddin Azizi", "Nurudin Azizi").contains(names.get(representative)),
                "the Azizi of three spellings is named by one of them: " + representative + " " + names);
    }

    @Test
    void theNamesStayTrueAfterALoadThatResolvesOnlyItsOwnArticles() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11, 80, 0.3).write(corpus, 80);
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        try (var articles = Files.list(corpus.resolve("000"))) {
            for (Path a : articles.sorted().toList()) {
                Path to = a.getFileName().toString().compareTo("a0000040") <= 0 ? first : second;
                Files.move(a, to.resolve(a.getFileName()));
            }
        }
        Path store = dir.resolve("store");
        for (Path part : List.of(first, second)) {
            Cli.Result r = Cli.run("load", "--store", store.toString(), part.toString());
            assertEquals(0, r.exitCode(), r.toString());
        }
        Map<String, String> names = samePagesWithAndWithoutNames(store);
        assertTrue(names.size() > 10, "resolve names the people of more than one article: " + names);
    }

    /** Asserts that every page is the same with resolve's names and without them; gives the names. */
    private static Map<String, String> samePagesWithAndWithoutNames(Path path) {
        List<List<TimelineEntry>> named;
        Map<String, String> names = new TreeMap<>();
        try (EtkgStore store = EtkgStore.openExisting(path)) {
            named = pages(store);
            Node laneLabel = IRIS.terms().laneLabel;
            store.write(dsg -> {
                List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, laneLabel, Node.ANY).forEachRemaining(quads::add);
                quads.forEach(q -> names.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
                quads.forEach(dsg::delete);
            });
            assertTrue(!names.isEmpty(), "resolve named the identities");
            assertEquals(named, pages(store), "the same pages without resolve's names");
        }
        return names;
    }

    private static List<List<TimelineEntry>> pages(EtkgStore store) {
        TimelineService service = new TimelineService(store, IRIS);
        List<List<TimelineEntry>> out = new ArrayList<>();
        for (PageDetail detail : List.of(PageDetail.LABELS, PageDetail.SPELLINGS)) {
            out.add(service.page(TimelineFilter.all(), Paging.ALL, detail).entries());
        }
        return out;
    }
}
