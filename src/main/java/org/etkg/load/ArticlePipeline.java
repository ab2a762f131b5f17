package org.etkg.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.etkg.index.TimelineIndex;
import org.apache.jena.graph.Node;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.OutsideFacts;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.validate.Violation;

/**
 * The steps every article goes through on either load path, in one place: read its facts
 * and text, check its references, map it to its graph, and map the outside facts beside it.
 * Shape validation runs over many articles at once, so it stays with the load paths; the
 * message for a violation is made here.
 */
final class ArticlePipeline {
    /**
     * Only for the benchmark, which measures what the timeline index adds to a load by loading
     * the same corpus with and without it: {@code -Detkg.bench.withoutTimelineIndex=true}. A
     * store loaded so still gives the right timeline (slowly), and `validate` says to reload.
     */
    private static final boolean WITHOUT_INDEX = Boolean.getBoolean("etkg.bench.withoutTimelineIndex");

    private final Ontology ontology;
    private final IriScheme iris;

    ArticlePipeline(Ontology ontology) {
        this.ontology = ontology;
        this.iris = ontology.iris();
    }

    /** One article's graphs (its own, then one per outside source) and what it holds. */
    record MappedArticle(String id, Map<Node, Graph> graphs, long events, long statements) {
        /** The graphs a reload of this article replaces, as {@link LoadPlan#replaced()} names them. */
        List<String> replacedGraphs(IriScheme iris) {
            return List.of(iris.articleGraph(id).getURI(), iris.outsideGraphPrefix(id), iris.timelineGraph(id).getURI());
        }
    }

    /**
     * @param origins filled with the facts-file location of each subject, for messages
     * @throws DataError at the file, line and column of the first problem
     */
    MappedArticle map(ArticleBundle bundle, Map<Node, Location> origins) {
        ArticleFacts facts = FactsReader.readArticleFacts(bundle.factsFile());
        String body = YamlDocument.readUtf8(facts.textFile());
        if (body.isBlank()) {
            throw new DataError(new Location(facts.textFile().toString(), 1, 1), "the article text is empty");
        }
        ReferenceChecker.check(facts, ontology);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(iris.articleGraph(facts.id()), ArticleMapper.map(facts, body, ontology, origins));
        if (bundle.outsideFactsFile() != null) {
            OutsideFacts outside = FactsReader.readOutsideFacts(bundle.outsideFactsFile());
            graphs.putAll(OutsideMapper.map(outside, facts, iris, origins));
        }
        // The article's place in the timeline, derived from its graphs now, so that it is written
        // in the same transaction as the article and never goes stale.
        if (!WITHOUT_INDEX) {
            Node index = iris.timelineGraph(facts.id());
            graphs.put(index, TimelineIndex.graph(TimelineIndex.of(graphs, ontology.graph(), iris.terms()), iris.terms(), index,
                    iris.articleGraph(facts.id())));
        }
        long statements = facts.statementCount();
        return new MappedArticle(facts.id(), graphs, facts.events().size() - statements, statements);
    }

    /** A shape violation as a user's error, at the facts-file line its focus node came from. */
    static DataError shapeError(Violation v, Map<Node, Location> origins, Location fallback, int others) {
        Location at = origins.getOrDefault(v.focus(), fallback);
        String more = others > 0 ? " (and " + others + " more violations)" : "";
        return new DataError(at, "shape violation at <" + v.focus() + ">"
                + (v.path() == null ? "" : " " + v.path()) + ": " + v.message() + more);
    }
}
