package org.etkg.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.etkg.model.NameKey;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Entity;
import org.etkg.model.Event;
import org.etkg.model.Location;
import org.etkg.model.OutsideFacts;
import org.etkg.model.Ref;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.rdf.Vocab.Prov;
import org.etkg.rdf.Vocab.Schema;
import org.etkg.rdf.Vocab.Sem;

/**
 * Maps facts from outside the article into one named graph per source, each describing
 * itself with prov:wasDerivedFrom that source. Nothing here touches the article's graph.
 */
public final class OutsideMapper {
    private OutsideMapper() {
    }

    /** The source graphs by name, without prov:generatedAtTime (the loader adds that). */
    public static Map<Node, Graph> map(OutsideFacts outside, ArticleFacts article, IriScheme iris,
                                       Map<Node, Location> origins) {
        if (!outside.articleId().equals(article.id())) {
            throw new DataError(new Location(outside.file().toString(), 0, 0), "these outside facts are about article '"
                    + outside.articleId() + "', but the facts file beside them is for '" + article.id() + "'");
        }
        Map<String, OutsideFacts.Source> sources = new LinkedHashMap<>();
        outside.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, Entity> entities = new LinkedHashMap<>();
        article.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Event> events = new LinkedHashMap<>();
        article.events().forEach(e -> events.put(e.id(), e));

        Map<String, GraphBuilder> graphs = new LinkedHashMap<>();
        for (OutsideFacts.Fact fact : outside.facts()) {
            for (Ref sourceRef : fact.sources()) {
                OutsideFacts.Source source = sources.get(sourceRef.id());
                if (source == null) {
                    throw ReferenceChecker.unknown(sourceRef, "source", sources.keySet());
                }
                GraphBuilder g = graphs.computeIfAbsent(source.id(),
                        id -> describeSource(source, article, iris, new GraphBuilder(origins)));
                addFact(fact, g, iris, article.id(), entities, events);
            }
        }
        Map<Node, Graph> out = new LinkedHashMap<>();
        graphs.forEach((id, g) -> out.put(iris.outsideGraph(article.id(), id), g.graph()));
        return out;
    }

    private static GraphBuilder describeSource(OutsideFacts.Source source, ArticleFacts article, IriScheme iris,
                                               GraphBuilder g) {
        Node graphName = iris.outsideGraph(article.id(), source.id());
        Node s = iris.source(source.id());
        g.origin(s, source.location());
        g.origin(graphName, source.location());
        g.type(graphName, Prov.Entity);
        g.label(graphName, "Facts from " + source.label() + " about the article “" + article.headline() + "”");
        g.add(graphName, Prov.wasDerivedFrom, s);
        // Which article these outside facts complete: found by index, however many graphs there are.
        g.add(graphName, Schema.about, iris.article(article.id()));
        if (source.unconfirmed()) {
            g.typed(graphName, iris.terms().unconfirmed, "true", XSDDatatype.XSDboolean);
            g.english(graphName, Vocab.RDFS_COMMENT, "Unconfirmed: " + (source.comment() == null
                    ? "seen only in third-party copies of the source." : source.comment()));
        }
        if (source.linkMethod() != null) {
            g.english(graphName, iris.terms().linkMethod, source.linkMethod());
        }
        String kind = source.kind() == null ? "report" : source.kind();
        switch (kind) {
            case "report" -> g.type(s, Schema.NewsArticle, Prov.Entity);
            case "registry" -> g.type(s, Schema.Dataset, Prov.Entity);
            default -> g.type(s, Prov.Entity);
        }
        g.label(s, source.label());
        if (source.url() != null) {
            g.add(s, Schema.url, NodeFactory.createURI(source.url()));
        }
        if (source.publisher() != null) {
            Node publisher = iris.entity("publisher/" + NameKey.slug(source.publisher()));
            g.type(publisher, Schema.Organization);
            g.label(publisher, source.publisher());
            g.add(s, Schema.publisher, publisher);
        }
        g.english(s, Vocab.RDFS_COMMENT, source.unconfirmed() ? null : source.comment());
        g.english(s, iris.terms().sourceQuote, source.quote());
        return g;
    }

    private static void addFact(OutsideFacts.Fact f, GraphBuilder g, IriScheme iris, String articleId,
                                Map<String, Entity> entities, Map<String, Event> events) {
        Node s;
        if (f.event() != null) {
            if (!events.containsKey(f.event().id())) {
                throw ReferenceChecker.unknown(f.event(), "event of article '" + articleId + "'", events.keySet());
            }
            s = iris.event(articleId, f.event().id());
        } else {
            if (!entities.containsKey(f.entity().id())) {
                throw ReferenceChecker.unknown(f.entity(), "entity of article '" + articleId + "'", entities.keySet());
            }
            s = iris.entity(f.entity().id());
        }
        g.origin(s, f.location());
        date(g, s, Sem.hasTimeStamp, f.date());
        date(g, s, Sem.hasBeginTimeStamp, f.begin());
        date(g, s, Sem.hasEndTimeStamp, f.end());
        date(g, s, Sem.hasEarliestBeginTimeStamp, f.earliestBegin());
        date(g, s, Sem.hasLatestEndTimeStamp, f.latestEnd());
        date(g, s, Schema.datePublished, f.datePublished());
        g.text(s, Schema.headline, f.headline());
        g.english(s, Vocab.RDFS_COMMENT, f.note());
        if (f.place() != null) {
            Entity place = entities.get(f.place().id());
            if (place == null) {
                throw ReferenceChecker.unknown(f.place(), "place", entities.keySet());
            }
            if (!place.kind().isPlace()) {
                throw new DataError(f.place().location(), "'" + f.place().id() + "' is a " + place.kind().key() + ", not a place");
            }
            g.add(s, Sem.hasPlace, iris.entity(place.id()));
        }
        if (f.sameAs() != null) {
            g.add(s, Vocab.OWL_SAME_AS, NodeFactory.createURI(f.sameAs()));
        }
        if (f.lat() != null) {
            Node geometry = iris.child(s, "geometry");
            g.add(s, Vocab.Geo.hasGeometry, geometry);
            g.type(geometry, Vocab.Geo.Geometry);
            g.add(geometry, Vocab.Geo.asWKT, NodeFactory.createLiteralDT("POINT(" + f.lon() + " " + f.lat() + ")",
                    org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.Geo.wktLiteral)));
        }
        for (String alt : f.altLabels()) {
            g.english(s, Vocab.SKOS_ALT_LABEL, alt);
        }
    }

    private static void date(GraphBuilder g, Node s, Node p, String date) {
        if (date != null) {
            g.typed(s, p, date, XSDDatatype.XSDdate);
        }
    }


}
