package org.etkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.Cli;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bulk load's check leaves out: only the constraints on what the loader builds from the
 * text. A fact a facts file could get wrong is caught by both checks.
 */
class ShapeValidatorTest {
    @TempDir
    static Path dir;
    static Ontology ontology;
    static Graph article;

    @BeforeAll
    static void loadTheFirstArticle() {
        ontology = Ontology.load(IriScheme.defaults());
        DatasetGraph store = Cli.snapshot(Cli.firstArticleStore(dir.resolve("store")));
        article = GraphFactory.createDefaultGraph();
        store.getGraph(ontology.iris().articleGraph("shift-in-stance-taliban-ttp")).find().forEachRemaining(article::add);
    }

    private static Graph with(Graph data) {
        return new MultiUnion(new Graph[] {data, ontology.graph()});
    }

    private static Graph copy() {
        Graph g = GraphFactory.createDefaultGraph();
        article.find().forEachRemaining(g::add);
        return g;
    }

    @Test
    void theArticleAsLoadedConformsToBoth() {
        assertTrue(new ShapeValidator(ontology).validate(with(article)).conforms());
        assertTrue(ShapeValidator.withoutLoaderInvariants(ontology).validate(with(article)).conforms());
    }

    @Test
    void aSelectorTheLoaderWouldNeverLeaveOutIsLeftToEtkgValidate() {
        Graph broken = copy();
        Node selector = broken.find(Node.ANY, Vocab.RDF_TYPE, NodeFactory.createURI("http://www.w3.org/ns/oa#TextPositionSelector"))
                .next().getSubject();
        broken.remove(selector, Vocab.RDF_TYPE, Node.ANY);
        ShapeValidator.Outcome full = new ShapeValidator(ontology).validate(with(broken));
        assertFalse(full.conforms());
        assertTrue(full.violations().stream().anyMatch(v -> v.message().contains("one oa:TextPositionSelector")), full.violations().toString());
        assertTrue(ShapeValidator.withoutLoaderInvariants(ontology).validate(with(broken)).conforms(),
                "the bulk check is not about the loader's own selectors");
    }

    @Test
    void whatAFactsFileSaysIsCheckedByBoth() {
        Graph broken = copy();
        Node round = NodeFactory.createURI("https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/jcc-round-7");
        broken.remove(round, NodeFactory.createURI("https://w3id.org/etkg/ontology#ordinal"), Node.ANY);
        for (ShapeValidator validator : new ShapeValidator[] {new ShapeValidator(ontology), ShapeValidator.withoutLoaderInvariants(ontology)}) {
            ShapeValidator.Outcome outcome = validator.validate(with(broken));
            assertEquals(1, outcome.violations().size(), outcome.violations().toString());
            assertTrue(outcome.violations().get(0).message().contains("ordinal"), outcome.violations().toString());
        }
    }
}
