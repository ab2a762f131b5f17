package org.etkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.etkg.ChildEtkg;
import org.etkg.Cli;
import org.etkg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL at several points leaves, once reopened, the store as it was
 * before the load or as it is after it, never in between, and the store still validates.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 25;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesTheStoreBeforeOrAfterNeverBetween() throws Exception {
        Path before = Cli.loadedStore(dir);
        Path corpus = corpus(dir.resolve("corpus"));
        DatasetGraph beforeContent = withoutTimestamps(Cli.snapshot(before));

        Path reference = copy(before, dir.resolve("reference"));
        long start = System.nanoTime();
        assertEquals(0, ChildEtkg.run(dir.resolve("reference.log"), "load", "--store", reference.toString(), corpus.toString()));
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        DatasetGraph afterContent = withoutTimestamps(Cli.snapshot(reference));
        assertTrue(afterContent.stream().count() > beforeContent.stream().count() + 10_000);

        List<String> outcomes = new ArrayList<>();
        for (double at : new double[] {0.35, 0.6, 0.8, 0.92}) {
            Path store = copy(before, dir.resolve("killed-" + (int) (at * 100)));
            Process load = ChildEtkg.start(dir.resolve("killed-" + (int) (at * 100) + ".log"),
                    "load", "--store", store.toString(), corpus.toString());
            Thread.sleep((long) (fullMillis * at));
            load.destroyForcibly();
            assertTrue(load.waitFor(30, TimeUnit.SECONDS));

            DatasetGraph recovered = withoutTimestamps(Cli.snapshot(store));
            boolean isBefore = sameQuads(recovered, beforeContent);
            boolean isAfter = sameQuads(recovered, afterContent);
            assertTrue(isBefore || isAfter, "killed at " + at + " of the load: the store is neither before nor after ("
                    + recovered.stream().count() + " quads)");
            outcomes.add(at + ":" + (isBefore ? "before" : "after"));
            Cli.Result validate = Cli.run("validate", "--store", store.toString());
            assertEquals(0, validate.exitCode(), "killed at " + at + ": " + validate);
        }
        System.out.println("crash outcomes: " + outcomes + " (full load " + fullMillis + " ms)");
    }

    private static Path corpus(Path root) throws IOException {
        Path original = Cli.data().resolve("shift-in-stance-taliban-ttp");
        String facts = Files.readString(original.resolve("facts.yaml"));
        String outside = Files.readString(original.resolve("outside-facts.yaml"));
        for (int i = 1; i <= ARTICLES; i++) {
            Path a = Files.createDirectories(root.resolve("copy-" + i));
            Files.copy(original.resolve("article.txt"), a.resolve("article.txt"));
            Files.writeString(a.resolve("facts.yaml"), facts.replace("id: shift-in-stance-taliban-ttp", "id: copy-" + i));
            Files.writeString(a.resolve("outside-facts.yaml"), outside.replace("article: shift-in-stance-taliban-ttp", "article: copy-" + i));
        }
        return root;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** The content, less the load times that differ between two runs of the same load. */
    private static DatasetGraph withoutTimestamps(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(Vocab.Prov.generatedAtTime)) {
                out.add(q);
            }
        });
        return out;
    }

    /** Equal sets of quads; without blank nodes that is isomorphism. */
    private static boolean sameQuads(DatasetGraph a, DatasetGraph b) {
        return a.stream().count() == b.stream().count() && a.stream().allMatch(b::contains);
    }
}
