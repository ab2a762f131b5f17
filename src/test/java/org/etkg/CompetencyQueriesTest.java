package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every competency question of queries/ has a test case folder ({@link CompetencyCases}) and
 * gives its golden answer through etkg query. A case names its data, so adding an article to
 * data/ changes no golden answer unless a case asks for that article.
 */
class CompetencyQueriesTest {
    @TempDir
    static Path dir;
    /** One store per distinct data list, shared by the cases that name it. */
    static final Map<List<String>, Path> stores = new HashMap<>();

    @Test
    void thereAreAtLeastTwelveQuestionsEachWithItsQuestionAndTestCase() throws Exception {
        List<CompetencyCases> cases = CompetencyCases.all();
        assertTrue(cases.size() >= 12, "queries/ holds " + cases.size() + " questions");
        for (CompetencyCases c : cases) {
            String first = c.text().lines().findFirst().orElse("");
            assertTrue(first.startsWith("# Question: "), c.query() + " starts with '" + first + "'");
            assertTrue(Files.exists(c.folder().resolve("expected.srj")), "golden answer for " + c.name());
            assertFalse(c.data().isEmpty(), "data.txt of " + c.name() + " names its data");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQuestionGivesItsGoldenAnswer() {
        return CompetencyCases.all().stream().map(c -> DynamicTest.dynamicTest(c.query().getFileName().toString(), () -> {
            Path store = storeFor(c.data());
            Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "json", c.name());
            assertEquals(0, r.exitCode(), r.toString());
            c.assertGolden(ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        }));
    }

    static synchronized Path storeFor(List<String> data) {
        return stores.computeIfAbsent(data, d -> {
            Path store = dir.resolve("store-" + stores.size());
            List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
            d.forEach(folder -> args.add(Cli.data().resolve(folder).toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), "loading " + d + ": " + r);
            return store;
        });
    }
}
