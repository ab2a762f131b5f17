package org.etkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load commits the store, then the text index. A process killed between the two leaves the
 * index without the load's entries; the next opening of the store rebuilds it, so that search
 * finds the load's words and validate agrees, without the analyst running reindex.
 */
class InterruptedLoadTextIndexTest {

    /** Makes the store look as a load killed between the store's commit and the index's leaves it. */
    private static Path killedBetweenTheCommits(Path dir) throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), "data/shift-in-stance-taliban-ttp").exitCode());
        Path before = dir.resolve("text-before");
        PathUtils.copyDirectory(store.resolve(TextIndex.FOLDER), before);
        assertEquals(0, Cli.run("load", "--store", store.toString(), "data/jcc-seventh-session-kabul").exitCode());
        PathUtils.deleteDirectory(store.resolve(TextIndex.FOLDER));
        PathUtils.copyDirectory(before, store.resolve(TextIndex.FOLDER));
        return store;
    }

    @Test
    void theNextOpeningRebuildsTheIndexAndSearchFindsTheLoadsWords(@TempDir Path dir) throws Exception {
        Path store = killedBetweenTheCommits(dir);
        Files.writeString(store.resolve(TextIndex.FOLDER).resolve("write-under-way"), "");
        java.util.List<org.apache.commons.csv.CSVRecord> hits = SearchTest.search(store, "deportation");
        assertTrue(SearchTest.column(hits, "subject").contains(SearchTest.STATEMENT),
                hits.toString());
        Cli.Result validate = Cli.run("validate", "--store", store.toString());
        assertEquals(0, validate.exitCode(), validate.toString());
        assertFalse(Files.exists(store.resolve(TextIndex.FOLDER).resolve("write-under-way")));
    }

    @Test
    void withoutTheMarkAStaleIndexIsReportedByValidate(@TempDir Path dir) throws Exception {
        // The rebuild is not blind: an index that disagrees for another reason is still reported.
        Path store = killedBetweenTheCommits(dir);
        Cli.Result validate = Cli.run("validate", "--store", store.toString());
        assertEquals(1, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("etkg reindex"), validate.err());
    }
}
