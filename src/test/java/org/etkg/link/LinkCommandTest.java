package org.etkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.model.NameKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking the first article to a Wikidata-shaped sample: the right identifiers for its
 * places and countries, no wrong owl:sameAs, decoys and name-only matches up for review,
 * provenance for every link, and the same links from a file, a gzip file and an endpoint.
 */
class LinkCommandTest {
    static final Path SAMPLE = Path.of("src/test/resources/link/wikidata-sample.nt");
    static final String ID = "https://w3id.org/etkg/id/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final Node SAME_AS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    static final Node CLOSE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch");

    /** The identities of REFERENCE-FACTS.md among the people, organisations and places. */
    static final Set<String> TRUE_LINKS = Set.of(
            ID + "pakistan " + WD + "Q843", ID + "afghanistan " + WD + "Q889", ID + "kabul " + WD + "Q5838",
            ID + "islamabad " + WD + "Q1362", ID + "united-states " + WD + "Q30");

    @TempDir
    Path dir;
    Path store;

    @BeforeEach
    void load() {
        store = Cli.firstArticleStore(dir);
    }

    Cli.Result link(String target, String... more) {
        String[] args = new String[7 + more.length];
        String[] base = {"link", "--store", store.toString(), "--target", target, "--out", dir.resolve("candidates.csv").toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    /** The link-set graphs of the store (everything under graph/links/). */
    Graph linkGraphs() {
        DatasetGraph dsg = Cli.snapshot(store);
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().contains("/graph/links/")) {
                dsg.getGraph(g).find().forEachRemaining(all::add);
            }
        });
        return all;
    }

    static Set<String> pairs(Graph g, Node p) {
        Set<String> out = new HashSet<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getSubject().getURI() + " " + t.getObject().getURI()));
        return out;
    }

    @Test
    void acceptsExactlyTheTrueIdentitiesAndPutsTheUncertainUpForReview() {
        Cli.Result r = link(SAMPLE.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Graph links = linkGraphs();
        Set<String> accepted = pairs(links, SAME_AS);
        Set<String> wrong = new HashSet<>(accepted);
        wrong.removeAll(TRUE_LINKS);
        assertTrue(wrong.isEmpty(), "wrong owl:sameAs: " + wrong);
        assertEquals(TRUE_LINKS, accepted, "recall of the article's places and countries");

        Set<String> review = pairs(links, CLOSE);
        assertTrue(review.contains(ID + "mohammad-sadiq " + WD + "Q99000004"), "namesake with another occupation: " + review);
        assertTrue(review.contains(ID + "amir-khan-muttaqi " + WD + "Q99000020"), "known by name only: " + review);
        assertTrue(review.contains(ID + "afghan-taliban " + WD + "Q99000012"), review.toString());
        assertFalse(review.stream().anyMatch(p -> p.endsWith(WD + "Q99000001")), "the Kabul in another country is not proposed");
        assertFalse(review.stream().anyMatch(p -> p.endsWith(WD + "Q99000007") || p.endsWith(WD + "Q99000008")),
                "a newspaper or a team named Pakistan/Afghanistan is not a place");
        assertTrue(r.out().contains("5 accepted (owl:sameAs)"), r.out());
        assertTrue(r.out().matches("(?s).*accepted +1\\.000 +Kabul +Kabul \\(wd:Q5838\\) +same label “Kabul”; country agrees \\(wd:Q889\\).*"), r.out());
    }

    @Test
    void everyLinkRecordsScoreMethodAndTheLinkSetItsProvenance() {
        assertEquals(0, link(SAMPLE.toString(), "--accept", "0.95", "--review", "0.7").exitCode());
        DatasetGraph dsg = Cli.snapshot(store);
        Node set = dsg.listGraphNodes().next();
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.getURI().contains("/graph/links/wikidata-sample-")) {
                set = g;
            }
        }
        Graph g = dsg.getGraph(set);
        String etkg = "https://w3id.org/etkg/ontology#";
        assertTrue(g.contains(set, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                NodeFactory.createURI(SAMPLE.toAbsolutePath().normalize().toUri().toString())));
        assertTrue(g.contains(set, NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Node.ANY));
        Node threshold = g.find(set, NodeFactory.createURI(etkg + "acceptThreshold"), Node.ANY).next().getObject();
        assertEquals(0, new java.math.BigDecimal("0.95").compareTo((java.math.BigDecimal) threshold.getLiteralValue()));
        assertTrue(g.contains(set, NodeFactory.createURI(etkg + "linkTypes"), NodeFactory.createLiteralString("organization,person,place")));
        List<Node> linkNodes = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI(etkg + "Link")).mapWith(t -> t.getSubject()).toList();
        assertEquals(pairs(g, SAME_AS).size() + pairs(g, CLOSE).size(), linkNodes.size());
        for (Node l : linkNodes) {
            assertTrue(g.contains(l, NodeFactory.createURI(etkg + "score"), Node.ANY), "score of " + l);
            assertTrue(g.contains(l, NodeFactory.createURI(etkg + "linkMethod"), Node.ANY), "method of " + l);
        }
        Cli.Result export = Cli.run("export", "--store", store.toString(), "--format", "trig");
        assertTrue(export.out().contains(set.getURI()), "export shows the link graph");
    }

    @Test
    void linkingAgainGivesTheSameLinks() {
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        DatasetGraph first = Cli.snapshot(store);
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        assertTrue(IsoMatcher.isomorphic(first, Cli.snapshot(store)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wikidata-sample.nt.gz", "WIKIDATA-SAMPLE.NT.GZ"})
    void gzipFileGivesTheSameLinksWhateverTheCaseOfItsExtension(String name) throws Exception {
        Path gz = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(SAMPLE));
        }
        Cli.Result r = link(gz.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(TRUE_LINKS, pairs(linkGraphs(), SAME_AS));
    }

    @Test
    void candidatesAreWrittenAsCsvAndReconciliationJson() throws Exception {
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        List<String> csv = Files.readAllLines(dir.resolve("candidates.csv"));
        assertEquals("our_iri,our_label,type,target_iri,target_label,score,status,method,decision", csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith(ID + "kabul,Kabul,place," + WD + "Q5838,Kabul,1.000,accepted,")), csv.toString());
        JsonObject json = JSON.parse(Files.readString(dir.resolve("candidates.json")));
        JsonObject kabul = json.getObj(ID + "kabul").get("result").getAsArray().get(0).getAsObject();
        assertEquals(WD + "Q5838", kabul.getString("id"));
        assertEquals("Kabul", kabul.getString("name"));
        assertEquals(100.0, kabul.get("score").getAsNumber().value().doubleValue());
        assertTrue(kabul.get("match").getAsBoolean().value());
        assertTrue(kabul.get("features").toString().contains("name_similarity"));
        JsonObject sadiq = json.getObj(ID + "mohammad-sadiq").get("result").getAsArray().get(0).getAsObject();
        assertFalse(sadiq.get("match").getAsBoolean().value());
    }

    @Test
    void analystDecisionsAreRecordedAndARejectedPairIsNeverProposedAgain() throws Exception {
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        Path csv = dir.resolve("candidates.csv");
        List<String> reviewed = Files.readAllLines(csv).stream().map(l -> {
            if (l.startsWith(ID + "amir-khan-muttaqi,") && l.contains(WD + "Q99000020")) {
                return l + "accept";
            }
            if (l.startsWith(ID + "mohammad-sadiq,") && l.contains(WD + "Q99000004")) {
                return l + "reject";
            }
            return l;
        }).toList();
        Files.write(csv, reviewed);
        assertMuttaqiAcceptedAndSadiqRejected(csv);

        Cli.Result again = link(SAMPLE.toString());
        assertEquals(0, again.exitCode());
        Graph after = linkGraphs();
        assertFalse(pairs(after, CLOSE).contains(ID + "mohammad-sadiq " + WD + "Q99000004"), "rejected pair proposed again");
        assertFalse(Files.readString(csv).contains(WD + "Q99000004"), "not among the new candidates either");
        assertTrue(pairs(after, SAME_AS).contains(ID + "amir-khan-muttaqi " + WD + "Q99000020"), "the decision stays");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Excel's CSV UTF-8: a byte-order mark, every cell quoted, CRLF | , | true | true",
        "a European locale: semicolons                                   | ; | false | false",
        "tab-separated                                                   | TAB | false | false"})
    void aReviewedFileThatASpreadsheetSavedIsReadTheSame(String name, String separator, boolean bom, boolean quoteAll) throws Exception {
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        Path csv = dir.resolve("candidates.csv");
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            rows = parser.getRecords();
        }
        Path saved = dir.resolve("reviewed.csv");
        var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(separator.equals("TAB") ? '\t' : separator.charAt(0))
                .setRecordSeparator("\r\n").setQuoteMode(quoteAll ? org.apache.commons.csv.QuoteMode.ALL : org.apache.commons.csv.QuoteMode.MINIMAL)
                .get();
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        try (var printer = new org.apache.commons.csv.CSVPrinter(text, format)) {
            for (var row : rows) {
                List<String> cells = new java.util.ArrayList<>(row.toList());
                String decision = cells.get(0).equals(ID + "amir-khan-muttaqi") && cells.get(3).equals(WD + "Q99000020") ? "Accept"
                        : cells.get(0).equals(ID + "mohammad-sadiq") && cells.get(3).equals(WD + "Q99000004") ? "reject " : cells.get(8);
                cells.set(8, decision);
                printer.printRecord(cells);
            }
        }
        Files.writeString(saved, text);
        assertMuttaqiAcceptedAndSadiqRejected(saved);
    }

    /** Applies a reviewed file that accepts Muttaqi's Wikidata item and rejects a wrong one for Sadiq, and checks both took. */
    private void assertMuttaqiAcceptedAndSadiqRejected(Path reviewed) {
        Cli.Result applied = Cli.run("link", "--store", store.toString(), "--apply", reviewed.toString());
        assertEquals(0, applied.exitCode(), applied.toString());
        assertTrue(applied.out().contains("Recorded 1 accepted and 1 rejected"), applied.out());
        Graph links = linkGraphs();
        assertTrue(pairs(links, SAME_AS).contains(ID + "amir-khan-muttaqi " + WD + "Q99000020"), "accepted by the analyst");
        assertFalse(pairs(links, CLOSE).contains(ID + "mohammad-sadiq " + WD + "Q99000004"), "rejected: no longer proposed");
    }

    @Test
    void badDecisionIsExplainedWithItsLine() throws Exception {
        assertEquals(0, link(SAMPLE.toString()).exitCode());
        Path csv = dir.resolve("candidates.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(2, lines.get(2) + "maybe");
        Files.write(csv, lines);
        DatasetGraph before = Cli.snapshot(store);
        Cli.Result r = Cli.run("link", "--store", store.toString(), "--apply", csv.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("etkg: " + csv + ":3:"), r.err());
        assertTrue(r.err().contains("decision must be accept or reject"), r.err());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)));
    }

    @Test
    void sparqlEndpointTargetIsReadInPagesAndGivesTheSameLinks() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        RDFParser.source(SAMPLE).parse(target);
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/wikidata", target).build().start();
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort() + "/wikidata/sparql";
            Cli.Result r = link(url, "--page-size", "7", "--timeout", "10s");
            assertEquals(0, r.exitCode(), r.toString());
            Graph links = linkGraphs();
            assertEquals(TRUE_LINKS, pairs(links, SAME_AS));
            assertTrue(pairs(links, CLOSE).contains(ID + "mohammad-sadiq " + WD + "Q99000004"));
        } finally {
            server.stop();
        }
    }

    @Test
    void unreadableTargetsLeaveTheStoreUnchanged() throws Exception {
        DatasetGraph before = Cli.snapshot(store);
        Cli.Result missing = link(dir.resolve("nope.nt").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("cannot read target") && missing.err().contains("no such file"), missing.err());

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<http://a> <http://b> \"unterminated .\n");
        Cli.Result syntax = link(broken.toString());
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().contains("cannot read target " + broken), syntax.err());
        assertFalse(syntax.err().contains("\tat "), "no stack trace");

        Cli.Result down = link("http://127.0.0.1:9/sparql", "--timeout", "2s");
        assertEquals(1, down.exitCode());
        assertTrue(down.err().startsWith("etkg: cannot query endpoint http://127.0.0.1:9/sparql: cannot connect (ConnectException"), down.err());
        assertFalse(down.err().contains("OFFSET"), "the query sent is not part of the message: " + down.err());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store changed");
    }

    @Test
    void namesFoldAcrossSpellings() {
        assertEquals(NameKey.phonetic("Noor-ud-Din Azizi"), NameKey.phonetic("Nooruddin Azizi"));
        assertEquals(NameKey.phonetic("Nurudin Azizi"), NameKey.phonetic("Nooruddin Azizi"));
        assertEquals(NameKey.phonetic("Mohammad Sadiq"), NameKey.phonetic("Muhammad Sadiq"));
        assertEquals(NameKey.phonetic("Mullah Abdul Qayyum Zakir"), NameKey.phonetic("Abdul Qayum Zakir"));
        assertEquals(NameKey.phonetic("Mawlawi Amir Khan Muttaqi"), NameKey.phonetic("Amir Khan Motaqi"));
        assertEquals(NameKey.phonetic("Tehreek-e-Taliban Pakistan"), NameKey.phonetic("Tehrik-i-Taliban Pakistan"));
        assertEquals("kabul", NameKey.fold("Kābul"));
        assertFalse(NameKey.phonetic("Kabul").equals(NameKey.phonetic("Kandahar")));
    }
}
