package org.etkg.validate;

import java.util.ArrayList;
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
        List<Violation> problems = new ArrayList<>();
        for (Map.Entry<String, List<Graph>> article : TimelineKeys.storedArticles(dsg, iris).entrySet()) {
            String id = article.getKey();
            List<Graph> graphs = article.getValue();
            Map<String, TimelineKeys.Key> expected = TimelineKeys.of(graphs, t);
            Graph index = dsg.getGraph(iris.timelineGraph(id));
            Map<String, TimelineKeys.Key> stored = TimelineKeys.read(index, t);
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
}
