package org.etkg.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.generate.CorpusGenerator;

/**
 * On articles the test generates (any seed, a few articles, some re-reporting earlier events): loading
 * them again leaves an isomorphic store; a backup restores to an isomorphic store; and the store
 * exported (TriG or N-Quads, gzip or not), then loaded into a new store, gives an isomorphic store.
 */
class StoreRoundTripPropertiesTest {

    @Property(tries = 4)
    void aReloadABackupRestoreAndAnExportLoadedAgainGiveTheSameStore(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                  @ForAll @IntRange(min = 2, max = 6) int articles) throws IOException {
        Path dir = Files.createTempDirectory("etkg-roundtrip");
        try {
            Path corpus = dir.resolve("corpus");
            new CorpusGenerator(seed, articles, 0.3).write(corpus, articles);
            Path store = dir.resolve("store");
            Cli.Result first = Cli.run("load", "--store", store.toString(), corpus.toString());
            assertEquals(0, first.exitCode(), first::toString);
            DatasetGraph loaded = Cli.snapshot(store);

            Cli.Result again = Cli.run("load", "--store", store.toString(), corpus.toString());
            assertEquals(0, again.exitCode(), again::toString);
            assertTrue(IsoMatcher.isomorphic(loaded, Cli.snapshot(store)), "a reload of seed " + seed + " changed the store");

            Path backup = dir.resolve("store.nq.gz");
            assertEquals(0, Cli.run("backup", "--store", store.toString(), "-o", backup.toString()).exitCode());
            Path restored = dir.resolve("restored");
            Cli.Result r = Cli.run("restore", backup.toString(), "--store", restored.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(IsoMatcher.isomorphic(loaded, Cli.snapshot(restored)), "the restore of seed " + seed + " differs");

            String[] formats = {"trig", "nquads"};
            String format = formats[(int) (seed % 2)];
            Path export = dir.resolve("export." + (format.equals("trig") ? "trig" : "nq") + (seed % 3 == 0 ? ".gz" : ""));
            Cli.Result exported = Cli.run("export", "--store", store.toString(), "--format", format, "-o", export.toString());
            assertEquals(0, exported.exitCode(), exported::toString);
            Path fresh = dir.resolve("fresh");
            Cli.Result reloaded = Cli.run("load", "--store", fresh.toString(), export.toString());
            assertEquals(0, reloaded.exitCode(), reloaded::toString);
            assertTrue(IsoMatcher.isomorphic(loaded, Cli.snapshot(fresh)), "the export of seed " + seed + " (" + export.getFileName()
                    + ") loaded into a new store differs");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
