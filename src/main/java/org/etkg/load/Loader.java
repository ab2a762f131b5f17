package org.etkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.OutsideFacts;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;
import org.etkg.store.NamedGraphs;
import org.etkg.validate.ShapeValidator;
import org.etkg.validate.Violation;

/**
 * Loads articles: reads their facts, maps them to RDF, checks every quote and reference,
 * validates the result against the shapes, and only then writes it to the store in one
 * write transaction. An article loaded again replaces its graphs.
 */
public final class Loader {
    private final Ontology ontology;
    private final ShapeValidator validator;
    private final Clock clock;

    public Loader(Ontology ontology, Clock clock) {
        this.ontology = ontology;
        this.validator = new ShapeValidator(ontology);
        this.clock = clock;
    }

    public Loader(Ontology ontology) {
        this(ontology, Clock.systemUTC());
    }

    /** Reads, maps and validates; throws {@link DataError} on the first problem. The store is not touched. */
    public LoadPlan plan(List<Path> inputs) {
        IriScheme iris = ontology.iris();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, Location> origins = new HashMap<>();
        List<String> prefixes = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        long events = 0;
        long statements = 0;
        for (ArticleBundle bundle : ArticleBundle.discover(inputs)) {
            ArticleFacts facts = FactsReader.readArticleFacts(bundle.factsFile());
            Path earlier = seen.putIfAbsent(facts.id(), bundle.factsFile());
            if (earlier != null) {
                throw new DataError(Location.of(bundle.factsFile().toString()), "article id '" + facts.id()
                        + "' is also used by " + earlier);
            }
            String body = YamlDocument.readUtf8(facts.textFile());
            if (body.isBlank()) {
                throw new DataError(new Location(facts.textFile().toString(), 1, 1), "the article text is empty");
            }
            graphs.put(iris.articleGraph(facts.id()), ArticleMapper.map(facts, body, ontology, origins));
            if (bundle.outsideFactsFile() != null) {
                OutsideFacts outside = FactsReader.readOutsideFacts(bundle.outsideFactsFile());
                graphs.putAll(OutsideMapper.map(outside, facts, iris, origins));
            }
            prefixes.add(iris.articleGraph(facts.id()).getURI());
            prefixes.add(iris.outsideGraphPrefix(facts.id()));
            articles.add(facts.id());
            statements += facts.statementCount();
            events += facts.events().size() - facts.statementCount();
        }
        List<String> datasets = new ArrayList<>();
        for (Path file : DatasetFiles.discover(inputs)) {
            Node name = NodeFactory.createURI(iris.base() + "graph/dataset/" + DatasetFiles.graphName(file));
            if (graphs.containsKey(name)) {
                throw new DataError(Location.of(file.toString()), "another dataset file has the same name <" + name + ">");
            }
            graphs.put(name, DatasetFiles.read(file, iris));
            datasets.add(DatasetFiles.graphName(file));
        }
        graphs.put(iris.ontologyGraph(), ontology.graph());
        validate(graphs, origins);
        return new LoadPlan(graphs, prefixes, articles, datasets, events, statements);
    }

    private void validate(Map<Node, Graph> graphs, Map<Node, Location> origins) {
        Graph union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(union::add));
        ShapeValidator.Outcome outcome = validator.validate(union);
        if (!outcome.conforms()) {
            Violation v = outcome.violations().get(0);
            Location at = origins.getOrDefault(v.focus(), Location.of("data"));
            String more = outcome.violations().size() > 1
                    ? " (and " + (outcome.violations().size() - 1) + " more violations)" : "";
            throw new DataError(at, "shape violation at <" + v.focus() + ">"
                    + (v.path() == null ? "" : " " + v.path()) + ": " + v.message() + more);
        }
    }

    /** Plans, then writes everything in one write transaction. */
    public LoadReport load(EtkgStore store, List<Path> inputs) {
        LoadPlan plan = plan(inputs);
        return write(store, plan);
    }

    public LoadReport write(EtkgStore store, LoadPlan plan) {
        Node generatedAtTime = NodeFactory.createLiteralDT(
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        long[] triples = {0};
        store.write(dsg -> {
            Map<Node, Graph> previous = dropReplaced(dsg, plan);
            for (Map.Entry<Node, Graph> e : plan.graphs().entrySet()) {
                Node name = e.getKey();
                Graph graph = e.getValue();
                graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                dsg.add(name, name, Vocab.Prov.generatedAtTime, NamedGraphs.timestamp(previous.get(name), graph, name, generatedAtTime));
                triples[0] += graph.size() + 1;
            }
        });
        return new LoadReport(plan.articles(), plan.datasets(), plan.events(), plan.statements(), triples[0], plan.graphs().size());
    }

    /** Removes the graphs the plan replaces and returns their former content. */
    private static Map<Node, Graph> dropReplaced(DatasetGraph dsg, LoadPlan plan) {
        Map<Node, Graph> previous = new HashMap<>();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            boolean replaced = plan.graphs().containsKey(name)
                    || (name.isURI() && plan.replacedPrefix().stream().anyMatch(p -> name.getURI().startsWith(p)));
            if (replaced) {
                previous.put(name, NamedGraphs.copy(dsg, name));
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            }
        }
        return previous;
    }
}
