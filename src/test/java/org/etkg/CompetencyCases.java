package org.etkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;

/**
 * The competency questions of queries/ and their test cases in src/test/resources/competency/NAME/,
 * as Jena's own tests keep them: {@code data.txt} names the folders of data/ the question is
 * answered over, {@code expected.srj} is the golden answer. Shared by the tests that ask them of
 * etkg's store and of another engine.
 */
public record CompetencyCases(Path query) {
    static final Path CASES = Path.of("src/test/resources/competency");

    public static List<CompetencyCases> all() {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(CompetencyCases::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return query.getFileName().toString().replace(".rq", "");
    }

    public Path folder() {
        return CASES.resolve(name());
    }

    public String text() {
        try {
            return Files.readString(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of data/ this question is answered over. */
    public List<String> data() {
        List<String> folders = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("data.txt"))) {
                String folder = line.strip();
                if (!folder.isEmpty() && !folder.startsWith("#")) {
                    folders.add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }

    /** Fails unless {@code actual} is the golden answer: the same rows, in the same order when the query orders them. */
    public void assertGolden(ResultSet actualRows) {
        assertGolden(actualRows, false);
    }

    /**
     * @param byValue compare literals by value ("1" and "true" as xsd:boolean are the same), as
     *                for an engine that writes its own canonical forms
     */
    public void assertGolden(ResultSet actualRows, boolean byValue) {
        assertGolden(actualRows, byValue, UnaryOperator.identity());
    }

    /** @param normalize applied to every term of both answers before they are compared */
    public void assertGolden(ResultSet actualRows, boolean byValue, UnaryOperator<Node> normalize) {
        ResultSetRewindable actual = normalized(actualRows, normalize);
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(folder().resolve("expected.srj"))) {
            expected = normalized(ResultSetMgr.read(in, ResultSetLang.RS_JSON), normalize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(expected.size() == 0, "a golden answer is never empty");
        boolean ordered = QueryFactory.create(text()).hasOrderBy();
        boolean same = byValue
                ? (ordered ? ResultSetCompare.equalsByValueAndOrder(expected, actual) : ResultSetCompare.equalsByValue(expected, actual))
                : (ordered ? ResultSetCompare.equalsByTermAndOrder(expected, actual) : ResultSetCompare.equalsByTerm(expected, actual));
        expected.reset();
        actual.reset();
        assertTrue(same, () -> name() + ": answer differs from golden\n--- expected\n"
                + ResultSetMgr.asString(expected, ResultSetLang.RS_Text) + "\n--- actual\n"
                + ResultSetMgr.asString(actual, ResultSetLang.RS_Text));
    }

    private static ResultSetRewindable normalized(ResultSet rows, UnaryOperator<Node> normalize) {
        List<Var> vars = Var.varList(rows.getResultVars());
        List<Binding> out = new ArrayList<>();
        rows.forEachRemaining(solution -> {
            BindingBuilder b = BindingBuilder.create();
            Binding row = BindingLib.toBinding(solution);
            row.vars().forEachRemaining(v -> b.add(v, normalize.apply(row.get(v))));
            out.add(b.build());
        });
        return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, out.iterator())));
    }
}
