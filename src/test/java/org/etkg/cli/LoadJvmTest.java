package org.etkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.etkg.ChildEtkg;
import org.etkg.generate.CorpusGenerator;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large load started as {@code java -jar target/etkg.jar load} runs in a child JVM with the
 * throughput collector; what the user chose about the JVM is kept; and the child does not
 * outlive a killed parent.
 */
class LoadJvmTest {
    private static final LoadJvm.Jvm PLAIN = new LoadJvm.Jvm("/usr/bin/java", "target/etkg.jar",
            List.of("-Xshare:auto"), true, 24L << 30, false);
    private static final String[] LOAD = {"load", "--store", "big", "corpus"};

    @TempDir
    Path dir;

    @Test
    void aLargeLoadInAPlainJvmRunsInAChildWithTheThroughputCollectorAndTheSameOptionsAndArguments() {
        List<String> command = LoadJvm.childCommand(PLAIN, LOAD, true).orElseThrow();
        assertEquals(List.of("/usr/bin/java", "-Xshare:auto", "-XX:+UseParallelGC", "-Xmx4g", "-Xms4g", "-cp", "target/etkg.jar",
                EtkgCommand.class.getName(), "load", "--store", "big", "corpus"), command);
        LoadJvm.Jvm small = new LoadJvm.Jvm("java", "etkg.jar", List.of(), true, 8L << 30, false);
        List<String> onSmall = LoadJvm.childCommand(small, LOAD, true).orElseThrow();
        assertFalse(onSmall.contains("-Xmx4g") || onSmall.contains("-Xms4g"), "on a machine under 16 GiB the heap is left to the JVM");
    }

    @Test
    void everythingElseRunsInTheJvmAsStarted() {
        assertEquals(Optional.empty(), LoadJvm.childCommand(PLAIN, LOAD, false), "a small load");
        assertEquals(Optional.empty(), LoadJvm.childCommand(PLAIN, new String[] {"query", "posts"}, true), "another command");
        for (String chosen : new String[] {"-XX:+UseG1GC", "-XX:+UseZGC", "-Xmx8g", "-Xms2g", "-XX:MaxRAMPercentage=50",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:jacoco.jar",
                "-XX:StartFlightRecording=filename=load.jfr"}) {
            LoadJvm.Jvm jvm = new LoadJvm.Jvm("java", "etkg.jar", List.of(chosen), true, 24L << 30, false);
            assertEquals(Optional.empty(), LoadJvm.childCommand(jvm, LOAD, true), chosen);
        }
        assertEquals(Optional.empty(), LoadJvm.childCommand(new LoadJvm.Jvm("java", "etkg.jar", List.of(), false, 24L << 30, false),
                LOAD, true), "a JVM on another collector already");
        assertEquals(Optional.empty(), LoadJvm.childCommand(new LoadJvm.Jvm("java", "etkg.jar", List.of(), true, 24L << 30, true),
                LOAD, true), "the child itself");
    }

    @Test
    void aRealLargeLoadRunsInAChildAndReportsItsOutcome() throws Exception {
        Path corpus = corpus(200);
        Path store = dir.resolve("store");
        Path log = dir.resolve("load.log");
        Process load = ChildEtkg.start(log, List.of(), "load", "--no-resolve", "--store", store.toString(), corpus.toString());
        boolean sawChild = false;
        while (load.isAlive()) {
            sawChild |= load.descendants().findAny().isPresent();
            Thread.sleep(10);
        }
        assertEquals(0, load.exitValue(), Files.readString(log));
        assertTrue(sawChild, "the load ran in a child JVM");
        assertTrue(Files.readString(log).contains("articles    200"), Files.readString(log));
        assertEquals(200, articleGraphs(store));

        // A bad article: the child's message and exit code are the command's, and the store is unchanged.
        Path facts;
        try (var files = Files.walk(corpus)) {
            facts = files.filter(f -> f.getFileName().toString().equals("facts.yaml")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(facts, Files.readString(facts).replaceFirst("(?m)^  id: .*$", "  id: [unclosed"));
        Path bad = dir.resolve("bad.log");
        assertEquals(1, ChildEtkg.run(bad, List.of(), "load", "--no-resolve", "--store", dir.resolve("other").toString(), corpus.toString()),
                Files.readString(bad));
        assertTrue(Files.readString(bad).contains(facts + ":"), Files.readString(bad));
        if (Files.exists(dir.resolve("other"))) {
            assertEquals(0, articleGraphs(dir.resolve("other")), "a refused load wrote articles");
        }
    }

    @Test
    void aChildEndsWithoutCommittingWhenItsParentIsKilled() throws Exception {
        Path corpus = corpus(1000);
        Path store = dir.resolve("store");
        Process load = ChildEtkg.start(dir.resolve("load.log"), List.of(), "load", "--no-resolve", "--store", store.toString(), corpus.toString());
        ProcessHandle child = null;
        while (child == null && load.isAlive()) {
            child = load.descendants().findAny().orElse(null);
            Thread.sleep(10);
        }
        assertTrue(child != null, "the load ran in a child JVM: " + Files.readString(dir.resolve("load.log")));
        // Killed early: a load of 1000 articles takes several seconds after its JVM has started.
        Thread.sleep(500);
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        child.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(child.isAlive(), "the child outlived its killed parent");
        if (Files.exists(store)) {
            assertEquals(0, articleGraphs(store), "the child went on with the load after its parent was killed");
        }
    }

    /** A generated corpus of {@code n} articles, for a test that needs a JVM whose default collector is G1. */
    private Path corpus(int n) throws java.io.IOException {
        assumeTrue(LoadJvm.Jvm.current().defaultCollector(), "this JVM's default collector is not G1");
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(n, n).write(corpus, n);
        return corpus;
    }

    private static long articleGraphs(Path store) {
        IriScheme iris = IriScheme.of(IriScheme.DEFAULT_BASE);
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            return s.read(dsg -> {
                long n = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    n += g.getURI().startsWith(iris.articleGraphPrefix()) ? 1 : 0;
                }
                return n;
            });
        }
    }
}
