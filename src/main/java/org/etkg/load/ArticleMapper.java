package org.etkg.load;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.etkg.model.ArticleFacts;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Location;
import org.etkg.model.Participation;
import org.etkg.model.PartialDate;
import org.etkg.model.Quote;
import org.etkg.model.Ref;
import org.etkg.model.RoleType;
import org.etkg.model.WrittenTime;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.rdf.Vocab.Schema;
import org.etkg.rdf.Vocab.Sem;
import org.etkg.rdf.Vocab.Time;

/**
 * Maps one article's facts to its named graph, as docs/data-model.md prescribes. The facts
 * must have passed {@link ReferenceChecker}; quotes are located in the text here, and one
 * that is not there is refused.
 */
public final class ArticleMapper {
    private final ArticleFacts facts;
    private final Ontology ontology;
    private final IriScheme iris;
    private final Terms terms;
    private final EvidenceLocator locator;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    private final GraphBuilder g;
    private final Node article;
    private final String body;

    private ArticleMapper(ArticleFacts facts, String body, Ontology ontology, Map<Node, Location> origins) {
        this.facts = facts;
        this.body = body;
        this.ontology = ontology;
        this.iris = ontology.iris();
        this.terms = iris.terms();
        this.locator = new EvidenceLocator(body, facts.textFile().getFileName().toString());
        this.g = new GraphBuilder(origins);
        this.article = iris.article(facts.id());
        facts.entities().forEach(e -> entities.put(e.id(), e));
        facts.events().forEach(e -> events.put(e.id(), e));
    }

    /**
     * The article's graph, without its prov:generatedAtTime (the loader adds that).
     *
     * @param origins filled with the facts-file location of each subject, for messages
     */
    public static Graph map(ArticleFacts facts, String body, Ontology ontology, Map<Node, Location> origins) {
        return new ArticleMapper(facts, body, ontology, origins).build();
    }

    private Graph build() {
        Node graphName = iris.articleGraph(facts.id());
        g.type(graphName, Vocab.Prov.Entity);
        g.label(graphName, "Facts stated by the article “" + facts.headline() + "”");
        g.add(graphName, Vocab.Prov.wasDerivedFrom, article);

        g.origin(article, new Location(facts.file().toString(), 0, 0));
        g.type(article, Schema.NewsArticle);
        g.label(article, facts.headline());
        g.text(article, Schema.headline, facts.headline());
        g.text(article, Schema.articleBody, body);
        g.text(article, Schema.inLanguage, facts.language());
        if (facts.basedOn() != null) {
            g.add(article, Schema.isBasedOn, entity(facts.basedOn()));
        }
        if (facts.publisher() != null) {
            g.add(article, Schema.publisher, entity(facts.publisher()));
        }
        if (facts.datePublished() != null) {
            g.typed(article, Schema.datePublished, facts.datePublished(), XSDDatatype.XSDdate);
        }
        facts.entities().forEach(this::mapEntity);
        facts.events().forEach(this::mapEvent);
        return g.graph();
    }

    // ------------------------------------------------------------------ entities

    private void mapEntity(Entity e) {
        Node s = iris.entity(e.id());
        g.origin(s, e.location());
        g.label(s, e.label());
        e.altLabels().forEach(alt -> g.english(s, Vocab.SKOS_ALT_LABEL, alt));
        g.english(s, Vocab.RDFS_COMMENT, e.comment());
        ontology.classesOfKind(e.kind().key()).forEach(c -> g.type(s, c));
        if (e.kind() == EntityKind.TOPIC) {
            g.english(s, Vocab.SKOS_PREF_LABEL, e.label());
            g.add(s, Vocab.SKOS_IN_SCHEME, iris.schemeNode(Scheme.TOPIC));
        }
        for (Ref post : e.holds()) {
            Node p = entity(post);
            g.add(s, ORG.holds.asNode(), p);
            g.add(p, ORG.heldBy.asNode(), s);
        }
        for (Ref d : e.headOf()) {
            g.add(s, ORG.headOf.asNode(), entity(d));
        }
        for (Ref m : e.memberOf()) {
            g.add(s, ORG.memberOf.asNode(), entity(m));
        }
        if (e.postIn() != null) {
            g.add(s, ORG.postIn.asNode(), entity(e.postIn()));
        }
        if (e.delegationOf() != null) {
            g.add(s, terms.delegationOf, entity(e.delegationOf()));
        }
        if (e.within() != null) {
            g.add(s, Schema.containedInPlace, entity(e.within()));
        }
        if (e.publisher() != null) {
            g.add(s, Schema.publisher, entity(e.publisher()));
        }
        evidence(s, e.evidence());
    }

    // -------------------------------------------------------------------- events

    private void mapEvent(Event e) {
        Node s = event(e.id());
        g.origin(s, e.location());
        g.type(s, Sem.Event, ontology.eventClass(e.type().id()).orElseThrow());
        g.label(s, e.label());
        g.add(s, Sem.eventType, ontology.eventTypeConcept(e.type().id()));
        if (e.place() != null) {
            g.add(s, Sem.hasPlace, entity(e.place()));
        }
        if (e.partOf() != null) {
            g.add(s, Sem.subEventOf, event(e.partOf().id()));
        }
        if (e.series() != null) {
            g.add(s, terms.inSeries, entity(e.series()));
        }
        if (e.ordinal() != null) {
            g.typed(s, terms.ordinal, e.ordinal().toString(), XSDDatatype.XSDinteger);
        }
        if (e.previous() != null) {
            g.add(s, terms.previousRound, event(e.previous().id()));
        }
        for (Ref about : e.about()) {
            g.add(s, Schema.about, events.containsKey(about.id()) ? event(about.id()) : entity(about));
        }
        for (Ref cause : e.causes()) {
            g.add(s, terms.hasCause, event(cause.id()));
        }
        if (e.modality() != null) {
            g.add(s, terms.modality, iris.concept(Scheme.MODALITY, e.modality().id()));
        }
        Node accordingTo = e.accordingTo() == null ? null : entity(e.accordingTo());
        if (e.statement().isPresent()) {
            Event.StatementContent st = e.statement().get();
            g.text(s, Schema.text, st.text());
            g.add(s, Sem.accordingTo, accordingTo != null ? accordingTo : article);
            if (st.speaker() != null) {
                role(s, e, new Participation(st.speaker(), new Ref(RoleType.SPEAKER.id(), st.speaker().location()), null, java.util.List.of(),
                        st.speaker().location()));
                if (st.direct()) {
                    g.add(s, Schema.creator, entity(st.speaker()));
                }
            }
            if (st.direct()) {
                g.type(s, Schema.Quotation);
            }
            if (st.channel() != null) {
                g.add(s, terms.channel, entity(st.channel()));
            }
        } else if (accordingTo != null) {
            g.add(s, Sem.accordingTo, accordingTo);
        }
        if (e.time() != null) {
            time(s, e.time());
        }
        for (Participation p : e.participants()) {
            role(s, e, p);
        }
        evidence(s, e.evidence());
    }

    private void role(Node event, Event e, Participation p) {
        Node role = iris.child(event, "role/" + p.role().id() + "-" + p.actor().id());
        g.origin(role, p.location());
        g.type(role, Sem.Role);
        g.label(role, entities.get(p.actor().id()).label() + " as " + p.role().id() + " in: " + e.label());
        g.add(event, Sem.hasActor, role);
        g.add(role, Vocab.RDF_VALUE, entity(p.actor()));
        g.add(role, Sem.roleType, iris.concept(Scheme.ROLE, p.role().id()));
        if (p.accordingTo() != null) {
            g.add(role, Sem.accordingTo, entity(p.accordingTo()));
        }
        evidence(role, p.evidence());
    }

    private void time(Node event, WrittenTime t) {
        Node time = iris.child(event, "time");
        g.origin(time, t.location());
        g.add(event, Sem.hasTime, time);
        g.type(time, t.interval() ? Time.Interval : Time.Instant);
        g.label(time, t.written());
        g.text(time, terms.asWritten, t.written());
        if (t.date() != null) {
            Node description = iris.child(time, "description");
            g.add(time, t.interval() ? Time.hasDateTimeDescription : Time.inDateTime, description);
            dateTimeDescription(description, t.date());
        }
        if (t.before() != null) {
            g.add(time, Time.before, timeOf(t.before()));
        }
        if (t.after() != null) {
            g.add(time, Time.after, timeOf(t.after()));
        }
        if (t.coincidesWith() != null) {
            g.add(time, terms.coincidesWith, timeOf(t.coincidesWith()));
        }
        if (t.minimumGap() != null) {
            g.typed(time, terms.minimumGap, t.minimumGap(), XSDDatatype.XSDduration);
        }
    }

    private void dateTimeDescription(Node d, PartialDate date) {
        g.type(d, Time.DateTimeDescription);
        g.label(d, "date as written: " + date);
        date.year().ifPresent(y -> g.typed(d, Time.year, zeroPadded(y, 4), XSDDatatype.XSDgYear));
        date.month().ifPresent(m -> g.typed(d, Time.month, "--" + zeroPadded(m, 2), XSDDatatype.XSDgMonth));
        date.day().ifPresent(day -> g.typed(d, Time.day, "---" + zeroPadded(day, 2), XSDDatatype.XSDgDay));
        g.add(d, Time.unitType, switch (date.precision()) {
            case DAY -> Time.unitDay;
            case MONTH -> Time.unitMonth;
            case YEAR -> Time.unitYear;
        });
    }

    /** As String.format("%0Nd") writes it, at a fraction of the cost (every date of every article goes through here). */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        int room = value < 0 ? width - 1 : width;
        String pad = digits.length() < room ? "0".repeat(room - digits.length()) : "";
        return (value < 0 ? "-" : "") + pad + digits;
    }

    private Node timeOf(Ref ref) {
        return iris.child(event(ref.id()), "time");
    }

    // ------------------------------------------------------------------ evidence

    private void evidence(Node subject, Collection<Quote> quotes) {
        int n = 0;
        for (Quote q : quotes) {
            EvidenceLocator.Span span = locator.locate(q);
            Node ann = iris.evidence(facts.id(), subject, ++n);
            Node target = iris.child(ann, "target");
            Node quoteSel = iris.child(ann, "quote");
            Node position = iris.child(ann, "position");
            g.origin(ann, q.location());
            g.type(ann, OA.Annotation.asNode());
            g.add(ann, OA.hasBody.asNode(), subject);
            g.add(ann, OA.hasTarget.asNode(), target);
            g.add(ann, OA.motivatedBy.asNode(), OA.describing.asNode());
            g.type(target, OA.SpecificResource.asNode());
            g.add(target, OA.hasSource.asNode(), article);
            g.add(target, OA.hasSelector.asNode(), quoteSel);
            g.add(target, OA.hasSelector.asNode(), position);
            g.type(quoteSel, OA.TextQuoteSelector.asNode());
            g.text(quoteSel, OA.exact.asNode(), span.exact());
            g.text(quoteSel, OA.prefix.asNode(), span.prefix());
            g.text(quoteSel, OA.suffix.asNode(), span.suffix());
            g.type(position, OA.TextPositionSelector.asNode());
            g.typed(position, OA.start.asNode(), Integer.toString(span.start()), XSDDatatype.XSDnonNegativeInteger);
            g.typed(position, OA.end.asNode(), Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger);
        }
    }

    private Node entity(Ref ref) {
        return iris.entity(ref.id());
    }

    private Node event(String id) {
        return iris.event(facts.id(), id);
    }
}
