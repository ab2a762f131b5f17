package org.etkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAMEO codebook as SKOS: generated from the published tables, complete, and what event types stand under. */
class CameoCodebookTest {
    private static final String CAMEO = "https://w3id.org/etkg/concept/cameo/";
    private static final Ontology ONTOLOGY = Ontology.load(IriScheme.defaults());

    @Test
    void theCommittedFileIsWhatTheCodebookTablesGive() throws Exception {
        Graph committed = RDFParser.source(Path.of("ontology/cameo.ttl")).lang(Lang.TURTLE).toGraph();
        Graph generated = RDFParser.fromString(CameoCodebook.turtle(CameoCodebook.read()), Lang.TURTLE).toGraph();
        assertTrue(committed.isIsomorphicWith(generated),
                "ontology/cameo.ttl differs from the tables: run java -cp target/classes:target/test-classes org.etkg.rdf.CameoCodebook");
    }

    @Test
    void everyCodeIsAConceptWithItsNameParentQuadClassAndGoldsteinValue() throws Exception {
        Map<String, CameoCodebook.Code> codes = CameoCodebook.read();
        assertEquals(311, codes.size(), "CAMEO 1.1b3 has 20 root categories and 291 codes below them");
        Graph g = ONTOLOGY.graph();
        Terms terms = IriScheme.defaults().terms();
        int roots = 0;
        for (CameoCodebook.Code c : codes.values()) {
            Node concept = NodeFactory.createURI(CAMEO + c.code());
            assertTrue(g.contains(concept, Vocab.SKOS_IN_SCHEME, NodeFactory.createURI(CAMEO + "scheme")), c.code());
            assertEquals(c.code(), one(g, concept, Vocab.SKOS_NOTATION).getLiteralLexicalForm());
            assertEquals(c.name(), one(g, concept, Vocab.SKOS_PREF_LABEL).getLiteralLexicalForm());
            double goldstein = Double.parseDouble(one(g, concept, terms.goldsteinScale).getLiteralLexicalForm());
            assertTrue(goldstein >= -10 && goldstein <= 10, c.code() + " Goldstein " + goldstein);
            int root = Integer.parseInt(c.code().substring(0, 2));
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertEquals(CAMEO + "quad-" + quad, one(g, concept, terms.quadClass).getURI(), c.code());
            if (c.code().length() == 2) {
                roots++;
                assertTrue(g.contains(concept, Vocab.SKOS_TOP_CONCEPT_OF, Node.ANY), c.code());
            } else {
                String parent = one(g, concept, Vocab.SKOS_BROADER).getURI().substring(CAMEO.length());
                assertTrue(c.code().startsWith(parent) && codes.containsKey(parent), c.code() + " under " + parent);
            }
        }
        assertEquals(20, roots);
        assertEquals("Host a visit", CameoCodebook.read().get("043").name());
        assertEquals("2.8", CameoCodebook.read().get("043").goldstein());
    }

    @Test
    void eachProjectEventTypeWithACodeIsNarrowerThanThatCode() {
        Graph g = ONTOLOGY.graph();
        int mapped = 0;
        for (String type : ONTOLOGY.eventTypeIds()) {
            var code = ONTOLOGY.cameoCode(type);
            if (code.isPresent()) {
                Node concept = ONTOLOGY.eventTypeConcept(type);
                assertTrue(g.contains(concept, Vocab.SKOS_BROADER, NodeFactory.createURI(CAMEO + code.get())),
                        type + " is narrower than cameo:" + code.get());
                mapped++;
            }
        }
        assertTrue(mapped >= 20, "the project's coded event types: " + mapped);
    }

    @Test
    void aFactsFileMayTypeAnEventWithACameoCodeAndEveryCodeIsInTheStore(@TempDir Path dir) throws Exception {
        Path article = Files.createDirectories(dir.resolve("hosted"));
        Files.writeString(article.resolve("article.txt"),
                "Talks in Kabul\n\nThe Pakistani envoy hosted a visit by the Afghan minister in Kabul on 16 April.\n", StandardCharsets.UTF_8);
        String facts = """
                format: etkg-facts/1
                article: {id: cameo-typed, text: article.txt, headline: "Talks in Kabul"}
                entities:
                  - {id: kabul-c, kind: city, label: Kabul, quote: "in Kabul on"}
                events:
                  - id: hosted
                    type: cameo:043
                    label: The envoy hosts the minister
                    quote: "hosted a visit"
                    place: kabul-c
                """;
        Files.writeString(article.resolve("facts.yaml"), facts, StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Cli.Result loaded = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(0, loaded.exitCode(), loaded::toString);
        Cli.Result type = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?code WHERE { GRAPH ?g { <https://w3id.org/etkg/event/cameo-typed/hosted> <http://semanticweb.cs.vu.nl/2009/11/sem/eventType> ?t } "
                        + "GRAPH ?o { ?t <http://www.w3.org/2004/02/skos/core#notation> ?code } }");
        assertEquals(List.of("code", "043"), type.out().strip().lines().toList(), type::toString);
        Cli.Result all = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c <http://www.w3.org/2004/02/skos/core#inScheme> <" + CAMEO + "scheme> } }");
        assertEquals(List.of("n", "311"), all.out().strip().lines().toList(), all::toString);

        Files.writeString(article.resolve("facts.yaml"), facts.replace("cameo:043", "cameo:0499"), StandardCharsets.UTF_8);
        Cli.Result bad = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(1, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("facts.yaml:7:11: unknown CAMEO code") && bad.err().contains("'cameo:0499'"), bad::toString);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> found = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.get(0);
    }
}
