package org.etkg.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.etkg.Cli;
import org.etkg.bench.DraftSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development and test sets of etkg draft (src/bench/draft-split.tsv): every article of data/ and
 * briefs/ is in exactly one set, every row names an article that exists, and the test set holds
 * at least ten briefs of several styles and topics, as issue 25 asks; the briefs' hand-written
 * facts load beside those of data/.
 */
class DraftSplitTest {
    private final DraftSplit split = DraftSplit.read(Path.of("").toAbsolutePath());

    @Test
    void everyArticleIsInExactlyOneSet() {
        Map<String, List<String>> setsOf = new HashMap<>();
        for (DraftSplit.Row r : split.rows()) {
            assertTrue(DraftSplit.SETS.contains(r.set()), DraftSplit.FILE + ":" + r.line() + ": set '" + r.set() + "' is neither dev nor test");
            setsOf.computeIfAbsent(r.folder(), f -> new java.util.ArrayList<>()).add(r.set());
        }
        for (String folder : split.articleFolders()) {
            assertEquals(1, setsOf.getOrDefault(folder, List.of()).size(),
                    folder + " is in " + setsOf.getOrDefault(folder, List.of()) + ", not in exactly one set of " + DraftSplit.FILE);
        }
        TreeSet<String> unknown = new TreeSet<>(setsOf.keySet());
        unknown.removeAll(split.articleFolders());
        assertTrue(unknown.isEmpty(), DraftSplit.FILE + " names folders that are not articles: " + unknown);
    }

    @Test
    void theTestSetHoldsTenBriefsOfSeveralStylesAndTopics() {
        List<DraftSplit.Row> test = split.of("test");
        assertTrue(test.stream().filter(r -> r.folder().startsWith("briefs/")).count() >= 10, "fewer than 10 briefs in the test set");
        assertTrue(test.stream().map(DraftSplit.Row::style).distinct().count() >= 4, "the test set has fewer than 4 styles");
        assertTrue(test.stream().filter(r -> !r.topic().startsWith("Afghanistan")).count() >= 4,
                "the test set has fewer than 4 briefs outside Afghanistan-Pakistan");
    }

    @Test
    void theBriefsLoadBesideData(@TempDir Path dir) {
        Cli.Result r = Cli.run("load", "--store", dir.resolve("store").toString(), Cli.data().toString(),
                Path.of("briefs").toAbsolutePath().toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("articles    " + split.articleFolders().size() + " "), r.out());
    }
}
