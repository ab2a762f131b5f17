package org.etkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.etkg.Cli;
import org.etkg.CompetencyCases;
import org.etkg.Virtuoso;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second engine: the store published with etkg publish to a real Virtuoso through its Graph
 * Store endpoint (HTTP Digest authentication), then every competency question of queries/
 * asked, unchanged, at Virtuoso's SPARQL endpoint and compared with its golden answer. Virtuoso,
 * like etkg, answers a query without FROM over the union of the graphs.
 */
class VirtuosoTest {
    @TempDir
    static Path dir;
    static Virtuoso virtuoso;
    static Path password;
    /**
     * Virtuoso 7.2 leaves two kinds of request unanswered: a GET that offers an upgrade to HTTP/2
     * (the JDK client's default), and a query POSTed as application/sparql-query (what Jena sends
     * for a long query). HTTP/1.1 and an HTML-form POST are answered.
     */
    static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        Path home = Files.createDirectories(dir.resolve("virtuoso"));
        virtuoso = Virtuoso.start(home);
        password = dir.resolve("password");
        Files.writeString(password, Virtuoso.PASSWORD + "\n");
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsWritten() throws IOException {
        Path store = Cli.firstArticleStore(dir.resolve("refused"));
        Path wrong = dir.resolve("wrong-password");
        Files.writeString(wrong, "not-the-password\n");
        Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to", virtuoso.graphStore(),
                "--user", Virtuoso.USER, "--password-file", wrong.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("refused the credentials (HTTP 401)"), r.err());
    }

    /**
     * One group per data list: its store is published (each graph replaced whole), then its
     * questions asked. Later groups publish supersets of earlier ones' graphs.
     */
    @TestFactory
    Stream<DynamicNode> everyQuestionGivesItsGoldenAnswerOnVirtuoso() {
        Map<List<String>, List<CompetencyCases>> groups = new LinkedHashMap<>();
        CompetencyCases.all().stream()
                // Questions that find names with jena-text's text:query need etkg's own text index:
                // Virtuoso has a full-text search of its own (bif:contains), not jena-text's.
                .filter(c -> !c.text().contains("http://jena.apache.org/text#"))
                // Publishing adds graphs and never drops any, so each group's data holds the groups' before it;
                // questions over a test fixture beside data/ (GDELT rows) come last, where nothing after them can see it.
                .sorted(java.util.Comparator.comparing((CompetencyCases c) -> c.data().stream().anyMatch(d -> d.startsWith("..")))
                        .thenComparingInt(c -> c.data().size()))
                .forEach(c -> groups.computeIfAbsent(c.data(), d -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().map(group -> {
            List<DynamicNode> steps = new ArrayList<>();
            steps.add(DynamicTest.dynamicTest("etkg publish", () -> publish(group.getKey())));
            for (CompetencyCases c : group.getValue()) {
                steps.add(DynamicTest.dynamicTest(c.name(), () -> {
                    try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(virtuoso.sparql()).httpClient(HTTP_1_1)
                            .sendMode(QuerySendMode.asPostForm)
                            .timeout(60, java.util.concurrent.TimeUnit.SECONDS).query(c.text()).build()) {
                        c.assertGolden(qe.execSelect(), true, VirtuosoTest::samePoint);
                    }
                }));
            }
            return DynamicContainer.dynamicContainer("data: " + String.join(", ", group.getKey()), steps.stream());
        });
    }

    private static final String WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
    private static final String VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry";
    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile("POINT\\(([-0-9.]+) ([-0-9.]+)\\)");

    /**
     * Virtuoso turns a geo:wktLiteral into a geometry of its own, in single precision, and writes
     * it back as virtrdf:Geometry: a point compares as the same point to four decimal places
     * (about ten metres), which is all that single precision keeps.
     */
    static Node samePoint(Node n) {
        if (!n.isLiteral() || !(WKT.equals(n.getLiteralDatatypeURI()) || VIRTUOSO_GEOMETRY.equals(n.getLiteralDatatypeURI()))) {
            return n;
        }
        java.util.regex.Matcher m = POINT.matcher(n.getLiteralLexicalForm());
        if (!m.matches()) {
            return n;
        }
        String point = String.format(java.util.Locale.ROOT, "POINT(%.4f %.4f)",
                Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        return NodeFactory.createLiteralDT(point, TypeMapper.getInstance().getSafeTypeByName(WKT));
    }

    private static void publish(List<String> data) {
        Path store = dir.resolve("store-" + String.join("+", data).hashCode());
        List<String> load = new ArrayList<>(List.of("load", "--store", store.toString()));
        data.forEach(folder -> load.add(Cli.data().resolve(folder).toString()));
        Cli.Result loaded = Cli.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exitCode(), loaded::toString);
        Cli.Result r = Cli.run("publish", "--store", store.toString(), "--to", virtuoso.graphStore(),
                "--user", Virtuoso.USER, "--password-file", password.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("PUT"), r.out());
    }
}
