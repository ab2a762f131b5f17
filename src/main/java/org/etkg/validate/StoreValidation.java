package org.etkg.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.placing.TimelineKeys;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Terms;
import org.etkg.store.EtkgStore;

/** Validates everything in a store: the shapes over the union of its graphs, and the timeline index against the articles. */
public final class StoreValidation {
    private StoreValidation() {
    }

    /**
     * @param index where the timeline index disagrees with the graphs it was derived from
     *              (a store loaded before the index, or one changed by hand)
     */
    public record Result(ShapeValidator.Outcome outcome, long triples, List<Violation> index) {
        public boolean conforms() {
            return outcome.conforms() && index.isEmpty();
        }
    }

    public static Result validate(EtkgStore store, Ontology ontology) {
        ShapeValidator validator = new ShapeValidator(ontology);
        return store.read(dsg -> {
            var union = dsg.getUnionGraph();
            return new Result(validator.validate(union), union.size(), timelineIndex(dsg, ontology.iris()));
        });
    }

    /** Each article's timeline keys, recomputed from its graphs, against the ones the load wrote. */
    static List<Violation> timelineIndex(DatasetGraph dsg, IriScheme iris) {
        Terms t = iris.terms();
        String articles = iris.articleGraph("").getURI();
        String one = iris.outsideGraphPrefix("x");
        String outside = one.substring(0, one.length() - 2);
        Map<String, List<Node>> outsideOf = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            String uri = g.isURI() ? g.getURI() : "";
            if (uri.startsWith(articles)) {
                ids.add(uri.substring(articles.length()));
            } else if (uri.startsWith(outside)) {
                String id = uri.substring(outside.length(), uri.indexOf('/', outside.length()) < 0 ? uri.length() : uri.indexOf('/', outside.length()));
                outsideOf.computeIfAbsent(id, k -> new ArrayList<>()).add(g);
            }
        });
        List<Violation> problems = new ArrayList<>();
        for (String id : ids) {
            List<Graph> graphs = new ArrayList<>(List.of(dsg.getGraph(iris.articleGraph(id))));
            outsideOf.getOrDefault(id, List.of()).forEach(g -> graphs.add(dsg.getGraph(g)));
            Map<String, TimelineKeys.Key> expected = TimelineKeys.of(graphs, t);
            Graph index = dsg.getGraph(iris.timelineGraph(id));
            Map<String, TimelineKeys.Key> stored = new LinkedHashMap<>();
            index.find(Node.ANY, t.timelineKey, Node.ANY).forEachRemaining(k -> stored.put(k.getSubject().getURI(),
                    new TimelineKeys.Key(k.getObject().getLiteralLexicalForm(), day(index, k.getSubject(), t.timelineFirstDay),
                            day(index, k.getSubject(), t.timelineLastDay))));
            expected.forEach((event, key) -> {
                TimelineKeys.Key found = stored.get(event);
                Node focus = NodeFactory.createURI(event);
                if (found == null) {
                    problems.add(new Violation(focus, "etkg:timelineKey", "missing from the timeline index of article " + id
                            + " (loaded before the index existed? load the article again)", "Violation", null));
                } else if (!Objects.equals(found, key)) {
                    problems.add(new Violation(focus, "etkg:timelineKey", "the timeline index says " + found.sortKey() + " "
                            + found.firstDay() + ".." + found.lastDay() + ", the article's graphs say " + key.sortKey() + " "
                            + key.firstDay() + ".." + key.lastDay() + " (load the article again)", "Violation", null));
                }
            });
            stored.keySet().stream().filter(e -> !expected.containsKey(e)).forEach(e -> problems.add(new Violation(
                    NodeFactory.createURI(e), "etkg:timelineKey", "in the timeline index of article " + id
                    + " but not an event of it (load the article again)", "Violation", null)));
        }
        return problems;
    }

    private static java.time.LocalDate day(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? java.time.LocalDate.parse(it.next().getObject().getLiteralLexicalForm()) : null;
        } finally {
            it.close();
        }
    }
}
