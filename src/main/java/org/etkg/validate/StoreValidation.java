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
import org.etkg.search.StoreText;
import org.etkg.store.EtkgStore;

/** Validates everything in a store: the shapes over the union of its graphs, and the timeline index against the articles and datasets it was derived from. */
public final class StoreValidation {
    private StoreValidation() {
    }

    /**
     * @param index where the timeline index disagrees with the graphs it was derived from
     *              (a store loaded before the index, or one changed by hand)
     */
    public record Result(ShapeValidator.Outcome outcome, long triples, List<Violation> index, StoreText.Check text) {
        public boolean conforms() {
            return outcome.conforms() && index.isEmpty() && text.agrees();
        }
    }

    public static Result validate(EtkgStore store, Ontology ontology) {
        ShapeValidator validator = new ShapeValidator(ontology);
        Result shapes = store.read(dsg -> {
            var union = dsg.getUnionGraph();
            return new Result(validator.validate(union), union.size(), timelineIndex(dsg, ontology), null);
        });
        return new Result(shapes.outcome(), shapes.triples(), shapes.index(), StoreText.check(store, ontology.iris()));
    }

    /** Each article's and each dataset's timeline index, recomputed from its graphs, against the one the load wrote. */
    static List<Violation> timelineIndex(DatasetGraph dsg, Ontology ontology) {
        IriScheme iris = ontology.iris();
        List<Violation> problems = new ArrayList<>();
        for (Map.Entry<String, Map<Node, Graph>> article : TimelineIndex.storedArticles(dsg, iris).entrySet()) {
            String id = article.getKey();
            compare(new Source("article " + id, "load the article again", article.getValue(), dsg.getGraph(iris.timelineGraph(id))),
                    ontology, problems);
        }
        String datasets = iris.datasetGraphPrefix();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        for (Node g : names) {
            if (g.isURI() && g.getURI().startsWith(datasets)) {
                String name = g.getURI().substring(datasets.length());
                compare(new Source("dataset " + name, "load the dataset again", Map.of(g, dsg.getGraph(g)),
                        dsg.getGraph(iris.datasetTimelineGraph(name))), ontology, problems);
            }
        }
        return problems;
    }

    /** What a timeline index is derived from: an article's graphs, or a dataset's graph. */
    private record Source(String name, String remedy, Map<Node, Graph> graphs, Graph index) {
    }

    private static void compare(Source source, Ontology ontology, List<Violation> problems) {
        Terms t = ontology.iris().terms();
        Map<String, TimelineIndex.Indexed> expected = TimelineIndex.of(source.graphs(), ontology.graph(), t);
        Map<String, TimelineIndex.Indexed> stored = TimelineIndex.read(source.index(), t);
        String whose = "the timeline index of " + source.name();
        expected.forEach((event, x) -> {
            TimelineIndex.Indexed found = stored.get(event);
            Node focus = NodeFactory.createURI(event);
            if (found == null || found.entry() == null) {
                problems.add(new Violation(focus, found == null ? "etkg:timelineKey" : "etkg:timelineEntry",
                        "missing from " + whose + " (loaded before the index existed? " + source.remedy() + ")", "Violation", null));
            } else if (!Objects.equals(found.key(), x.key())) {
                TimelineIndex.Key key = x.key();
                problems.add(new Violation(focus, "etkg:timelineKey", whose + " says " + found.key().sortKey() + " "
                        + found.key().firstDay() + ".." + found.key().lastDay() + ", the graphs say " + key.sortKey() + " "
                        + key.firstDay() + ".." + key.lastDay() + " (" + source.remedy() + ")", "Violation", null));
            } else if (!Objects.equals(found.entry(), x.entry())) {
                problems.add(new Violation(focus, "etkg:timelineEntry", whose + " shows " + difference(found.entry(), x.entry())
                        + " (" + source.remedy() + ")", "Violation", null));
            }
        });
        Set<Triple> positions = new HashSet<>();
        expected.forEach((event, x) -> positions.addAll(TimelineIndex.actorPositions(NodeFactory.createURI(event), x, t)));
        Set<Triple> storedPositions = TimelineIndex.storedActorPositions(source.index(), t);
        if (!positions.equals(storedPositions)) {
            Set<Triple> missing = new HashSet<>(positions);
            missing.removeAll(storedPositions);
            Triple example = missing.isEmpty() ? storedPositions.stream().filter(x -> !positions.contains(x))
                    .findFirst().orElseThrow() : missing.iterator().next();
            problems.add(new Violation(example.getSubject(), "etkg:timelineWith", whose + " places "
                    + "its events in their actors' timelines otherwise than its graphs do (" + (missing.size()) + " positions missing, "
                    + (storedPositions.size() - (positions.size() - missing.size())) + " not derived from the graphs; loaded before "
                    + "the actor positions existed? " + source.remedy() + ")", "Violation", null));
        }
        stored.keySet().stream().filter(e -> !expected.containsKey(e)).forEach(e -> problems.add(new Violation(
                NodeFactory.createURI(e), "etkg:timelineKey", "in " + whose + " but not an event of it ("
                + source.remedy() + ")", "Violation", null)));
    }

    /** The first field on which two entries differ, both ways: "place 'Kandahar', the article's graphs say 'Kabul'". */
    private static String difference(Object stored, Object expected) {
        for (var c : stored.getClass().getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(stored);
                Object b = c.getAccessor().invoke(expected);
                if (!Objects.equals(a, b)) {
                    return c.getName() + " '" + a + "', the graphs say '" + b + "'";
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "another entry than the graphs give";
    }
}
