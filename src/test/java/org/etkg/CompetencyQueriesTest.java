package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every competency question of queries/ has a test case folder in
 * src/test/resources/competency/NAME/, as Jena's own tests do: {@code data.txt} names the
 * folders of data/ the question is answered over, {@code expected.srj} is the golden answer
 * (compared in order when the query orders its results). A case names its data, so adding
 * an article to data/ changes no golden answer unless a case asks for that article.
 */
class CompetencyQueriesTest {
    static final Path CASES = Path.of("src/test/resources/competency");

    @TempDir
    static Path dir;
    /** One store per distinct data list, shared by the cases that name it. */
    static final Map<List<String>, Path> stores = new HashMap<>();

    static List<Path> queries() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static String name(Path query) {
        return query.getFileName().toString().replace(".rq", "");
    }

    @Test
    void thereAreAtLeastTwelveQuestionsEachWithItsQuestionAndTestCase() throws Exception {
        List<Path> queries = queries();
        assertTrue(queries.size() >= 12, "queries/ holds " + queries.size() + " questions");
        for (Path q : queries) {
            String first = Files.readAllLines(q).get(0);
            assertTrue(first.startsWith("# Question: "), q + " starts with '" + first + "'");
            Path folder = CASES.resolve(name(q));
            assertTrue(Files.exists(folder.resolve("expected.srj")), "golden answer for " + name(q));
            assertFalse(dataOf(folder).isEmpty(), "data.txt of " + name(q) + " names its data");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQuestionGivesItsGoldenAnswer() throws Exception {
        return queries().stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String name = name(q);
            Path folder = CASES.resolve(name);
            Path store = storeFor(dataOf(folder));
            Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "json", name);
            assertEquals(0, r.exitCode(), r.toString());
            ResultSetRewindable actual = read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
            ResultSetRewindable expected;
            try (InputStream in = Files.newInputStream(folder.resolve("expected.srj"))) {
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

    static List<String> dataOf(Path caseFolder) throws Exception {
        List<String> folders = new ArrayList<>();
        for (String line : Files.readAllLines(caseFolder.resolve("data.txt"))) {
            String folder = line.strip();
            if (!folder.isEmpty() && !folder.startsWith("#")) {
                folders.add(folder);
            }
        }
        return folders;
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

    private static ResultSetRewindable read(InputStream in) {
        ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }
}
