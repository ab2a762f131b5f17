package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated corpus loaded through the bulk path: same result as the ordinary path, bad articles handled. */
class BulkLoadTest {
    static final int ARTICLES = 240;

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void generate() {
        corpus = dir.resolve("corpus");
        Cli.Result r = Cli.run("generate", "--articles", String.valueOf(ARTICLES), "--seed", "7", "--out", corpus.toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().map(root::relativize).toList();
        }
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Path again = dir.resolve("again");
        assertEquals(0, Cli.run("generate", "--articles", String.valueOf(ARTICLES), "--seed", "7", "--out", again.toString()).exitCode());
        assertEquals(files(corpus), files(again));
        for (Path f : files(corpus)) {
            assertArrayEquals(Files.readAllBytes(corpus.resolve(f)), Files.readAllBytes(again.resolve(f)), f.toString());
        }
        Path other = dir.resolve("other-seed");
        assertEquals(0, Cli.run("generate", "--articles", "5", "--seed", "8", "--out", other.toString()).exitCode());
        assertFalse(Files.readString(other.resolve("000/a0000001/facts.yaml"))
                .equals(Files.readString(corpus.resolve("000/a0000001/facts.yaml"))));
    }

    @Test
    void bulkLoadGivesTheSameStoreAsTheOrdinaryPath() {
        Path bulk = dir.resolve("bulk-store");
        Cli.Result b = Cli.run("load", "--store", bulk.toString(), "--bulk", corpus.toString());
        assertEquals(0, b.exitCode(), b.toString());
        assertTrue(b.out().contains("articles    " + ARTICLES + " (a0000001"), b.out());
        assertFalse(b.err().contains("\r") || b.err().contains("articles/s"), "no progress line when not on a terminal: " + b.err());
        Path plain = dir.resolve("plain-store");
        assertEquals(0, Cli.run("load", "--store", plain.toString(), "--no-bulk", corpus.toString()).exitCode());
        assertTrue(IsoMatcher.isomorphic(withoutTimes(Cli.snapshot(plain)), withoutTimes(Cli.snapshot(bulk))),
                "bulk and ordinary loads differ");
        assertEquals(0, Cli.run("validate", "--store", bulk.toString()).exitCode());
    }

    @Test
    void aBadArticleStopsTheBulkLoadAndLeavesTheStoreAsItWas() throws Exception {
        Path broken = copyWithOneBadArticle(dir.resolve("broken-1"));
        Path store = Cli.loadedStore(dir.resolve("s1"));
        DatasetGraph before = Cli.snapshot(store);
        Cli.Result r = Cli.run("load", "--store", store.toString(), "--bulk", broken.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("a0000200/facts.yaml:") && r.err().contains("quote not found in the article"), r.err());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store changed");
    }

    @Test
    void aBulkLoadRefusedMidWayIntoANewFolderLeavesNoStore() throws Exception {
        Path broken = copyWithOneBadArticle(dir.resolve("broken-3"));
        Path store = dir.resolve("never-made");
        Cli.Result r = Cli.run("load", "--store", store.toString(), "--bulk", broken.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("a0000200/facts.yaml:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(Files.exists(store), "the refused load left " + store);
        // The same load of good articles afterwards finds a new store, ontology graph included.
        Cli.Result good = Cli.run("load", "--store", store.toString(), "--bulk", corpus.toString());
        assertEquals(0, good.exitCode(), good.toString());
        assertEquals(0, Cli.run("validate", "--store", store.toString()).exitCode());
    }

    @Test
    void skipBadListsTheBadArticlesAndLoadsTheRest() throws Exception {
        Path broken = copyWithOneBadArticle(dir.resolve("broken-2"));
        Path store = dir.resolve("s2");
        Cli.Result r = Cli.run("load", "--store", store.toString(), "--skip-bad", broken.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("articles    " + (ARTICLES - 1) + " "), r.out());
        assertTrue(r.out().contains("skipped     1 bad article(s):") && r.out().contains("a0000200/facts.yaml:"), r.out());
        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://schema.org/articleBody> ?b }");
        assertEquals("n\r\n" + (ARTICLES - 1) + "\r\n", count.out());
    }

    private static Path copyWithOneBadArticle(Path target) throws Exception {
        for (Path f : files(corpus)) {
            Files.createDirectories(target.resolve(f).getParent());
            Files.copy(corpus.resolve(f), target.resolve(f));
        }
        Path facts = target.resolve("000/a0000200/facts.yaml");
        Files.writeString(facts, Files.readString(facts).replaceFirst("quote: \"On ", "quote: \"Never on "));
        return target;
    }

    private static DatasetGraph withoutTimes(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(Vocab.Prov.generatedAtTime)) {
                out.add(q);
            }
        });
        return out;
    }
}
