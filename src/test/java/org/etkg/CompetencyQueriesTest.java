package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every competency question of queries/ answered over the first article's store, compared
 * with its golden result in src/test/resources/golden/NAME.srj (in order when the query
 * orders its results).
 */
class CompetencyQueriesTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void load() {
        store = Cli.loadedStore(dir);
    }

    static List<Path> queries() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTwelveQuestionsEachWithItsQuestionAndGoldenAnswer() throws Exception {
        List<Path> queries = queries();
        assertTrue(queries.size() >= 12, "queries/ holds " + queries.size() + " questions");
        for (Path q : queries) {
            String first = Files.readAllLines(q).get(0);
            assertTrue(first.startsWith("# Question: "), q + " starts with '" + first + "'");
            String name = q.getFileName().toString().replace(".rq", "");
            assertTrue(Files.exists(Path.of("src/test/resources/golden", name + ".srj")), "golden answer for " + name);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQuestionGivesItsGoldenAnswer() throws Exception {
        return queries().stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String name = q.getFileName().toString().replace(".rq", "");
            Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "json", name);
            assertEquals(0, r.exitCode(), r.toString());
            ResultSetRewindable actual = read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
            ResultSetRewindable expected;
            try (InputStream in = Files.newInputStream(Path.of("src/test/resources/golden", name + ".srj"))) {
                expected = read(in);
            }
            assertFalse(expected.size() == 0, "a golden answer is never empty");
            boolean ordered = QueryFactory.create(Files.readString(q)).hasOrderBy();
            boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            expected.reset();
            actual.reset();
            assertTrue(same, () -> name + ": answer differs from golden\n--- expected\n"
                    + ResultSetMgr.asString(expected, ResultSetLang.RS_Text) + "\n--- actual\n"
                    + ResultSetMgr.asString(actual, ResultSetLang.RS_Text));
        }));
    }

    private static ResultSetRewindable read(InputStream in) {
        ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }
}
