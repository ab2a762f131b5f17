package org.etkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineIndex;
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
            return new Result(validator.validate(union), union.size(), timelineIndex(dsg, ontology));
        });
    }

    /** Each article's timeline index, recomputed from its graphs, against the one the load wrote. */
    static List<Violation> timelineIndex(DatasetGraph dsg, Ontology ontology) {
        IriScheme iris = ontology.iris();
        Terms t = iris.terms();
        List<Violation> problems = new ArrayList<>();
        for (Map.Entry<String, Map<Node, Graph>> article : TimelineIndex.storedArticles(dsg, iris).entrySet()) {
            String id = article.getKey();
            Map<String, TimelineIndex.Indexed> expected = TimelineIndex.of(article.getValue(), ontology.graph(), t);
            Map<String, TimelineIndex.Indexed> stored = TimelineIndex.read(dsg.getGraph(iris.timelineGraph(id)), t);
            expected.forEach((event, x) -> {
                TimelineIndex.Indexed found = stored.get(event);
                Node focus = NodeFactory.createURI(event);
                if (found == null || found.entry() == null) {
                    problems.add(new Violation(focus, found == null ? "etkg:timelineKey" : "etkg:timelineEntry",
                            "missing from the timeline index of article " + id
                            + " (loaded before the index existed? load the article again)", "Violation", null));
                } else if (!Objects.equals(found.key(), x.key())) {
                    TimelineIndex.Key key = x.key();
                    problems.add(new Violation(focus, "etkg:timelineKey", "the timeline index says " + found.key().sortKey() + " "
                            + found.key().firstDay() + ".." + found.key().lastDay() + ", the article's graphs say " + key.sortKey() + " "
                            + key.firstDay() + ".." + key.lastDay() + " (load the article again)", "Violation", null));
                } else if (!Objects.equals(found.entry(), x.entry())) {
                    problems.add(new Violation(focus, "etkg:timelineEntry", "the timeline index shows " + difference(found.entry(), x.entry())
                            + " (load the article again)", "Violation", null));
                }
            });
            Graph index = dsg.getGraph(iris.timelineGraph(id));
            Set<Triple> positions = new HashSet<>();
            expected.forEach((event, x) -> positions.addAll(TimelineIndex.actorPositions(NodeFactory.createURI(event), x, t)));
            Set<Triple> storedPositions = TimelineIndex.storedActorPositions(index, t);
            if (!positions.equals(storedPositions)) {
                Set<Triple> missing = new HashSet<>(positions);
                missing.removeAll(storedPositions);
                Triple example = missing.isEmpty() ? storedPositions.stream().filter(x -> !positions.contains(x))
                        .findFirst().orElseThrow() : missing.iterator().next();
                problems.add(new Violation(example.getSubject(), "etkg:timelineWith", "the timeline index of article " + id + " places "
                        + "its events in their actors' timelines otherwise than its graphs do (" + (missing.size()) + " positions missing, "
                        + (storedPositions.size() - (positions.size() - missing.size())) + " not derived from the graphs; loaded before "
                        + "the actor positions existed? load the article again)", "Violation", null));
            }
            stored.keySet().stream().filter(e -> !expected.containsKey(e)).forEach(e -> problems.add(new Violation(
                    NodeFactory.createURI(e), "etkg:timelineKey", "in the timeline index of article " + id
                    + " but not an event of it (load the article again)", "Violation", null)));
        }
        return problems;
    }

    /** The first field on which two entries differ, both ways: "place 'Kandahar', the article's graphs say 'Kabul'". */
    private static String difference(Object stored, Object expected) {
        for (var c : stored.getClass().getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(stored);
                Object b = c.getAccessor().invoke(expected);
                if (!Objects.equals(a, b)) {
                    return c.getName() + " '" + a + "', the article's graphs say '" + b + "'";
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "another entry than the article's graphs give";
    }
}
