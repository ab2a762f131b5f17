package org.etkg.load;

import java.util.ArrayList;
import java.util.Collection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Location;
import org.etkg.model.Participation;
import org.etkg.model.PartialDate;
import org.etkg.model.Quote;
import org.etkg.model.Ref;
import org.etkg.model.WrittenTime;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.rdf.Vocab.Oa;
import org.etkg.rdf.Vocab.Org;
import org.etkg.rdf.Vocab.Schema;
import org.etkg.rdf.Vocab.Sem;
import org.etkg.rdf.Vocab.Time;

/**
 * Maps one article's facts to its named graph as PROFILE.md prescribes, checking every
 * reference, event type, role and modality against the facts and the ontology, and every
 * quote against the article's text.
 */
public final class ArticleMapper {
    private final ArticleFacts facts;
    private final String body;
    private final Ontology ontology;
    private final IriScheme iris;
    private final EvidenceLocator locator;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<Node, Location> origins;
    private final GraphBuilder g;
    private final Node article;
    private final Set<String> timedEvents = new HashSet<>();

    private ArticleMapper(ArticleFacts facts, String body, Ontology ontology, Map<Node, Location> origins) {
        this.facts = facts;
        this.body = body;
        this.ontology = ontology;
        this.iris = ontology.iris();
        this.locator = new EvidenceLocator(body, facts.textFile().getFileName().toString());
        this.origins = origins;
        this.g = new GraphBuilder(origins);
        this.article = iris.article(facts.id());
        facts.entities().forEach(e -> entities.put(e.id(), e));
        facts.events().forEach(e -> events.put(e.id(), e));
        facts.events().stream().filter(e -> e.time() != null).forEach(e -> timedEvents.add(e.id()));
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
            g.add(article, Schema.isBasedOn, entity(facts.basedOn(), "basedOn", k -> k == EntityKind.REPORT, "a report"));
        }
        if (facts.publisher() != null) {
            g.add(article, Schema.publisher, entity(facts.publisher(), "publisher", EntityKind::isOrganization, "an organisation"));
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
        switch (e.kind()) {
            case PERSON -> g.type(s, Schema.Person, Sem.Actor);
            case ORGANIZATION -> g.type(s, Org.Organization, Schema.Organization, Sem.Actor);
            case GROUP -> g.type(s, Schema.Organization, Sem.Actor);
            case DELEGATION -> g.type(s, iris.term("Delegation"), Org.Organization, Schema.Organization, Sem.Actor);
            case COMMITTEE -> g.type(s, iris.term("Committee"), Org.Organization, Schema.Organization, Sem.Actor);
            case NEWSPAPER -> g.type(s, Schema.NewsMediaOrganization, Schema.Organization, Org.Organization, Sem.Actor);
            case REPORT -> g.type(s, Schema.NewsArticle);
            case POST -> g.type(s, Org.Post);
            case COUNTRY -> g.type(s, iris.term("State"), Schema.Country, Schema.Place, Sem.Place, Sem.Actor, Org.Organization);
            case CITY -> g.type(s, Schema.City, Schema.Place, Sem.Place);
            case REGION -> g.type(s, Schema.Place, Sem.Place);
            case PLATFORM -> g.type(s, iris.term("Platform"), Schema.WebSite);
            case AGREEMENT -> g.type(s, iris.term("Agreement"), Schema.CreativeWork);
            case TOPIC -> {
                g.type(s, Vocab.SKOS_CONCEPT);
                g.english(s, Vocab.SKOS_PREF_LABEL, e.label());
                g.add(s, Vocab.SKOS_IN_SCHEME, iris.concept("topic", "scheme"));
            }
        }
        for (Ref post : e.holds()) {
            requireKind(e, "holds", EntityKind.PERSON);
            Node p = entity(post, "holds", k -> k == EntityKind.POST, "a post");
            g.add(s, Org.holds, p);
            g.add(p, Org.heldBy, s);
        }
        for (Ref d : e.headOf()) {
            requireKind(e, "headOf", EntityKind.PERSON);
            g.add(s, Org.headOf, entity(d, "headOf", EntityKind::isOrganization, "an organisation or delegation"));
        }
        for (Ref m : e.memberOf()) {
            g.add(s, Org.memberOf, entity(m, "memberOf", k -> k.isOrganization() || k == EntityKind.GROUP, "an organisation"));
        }
        if (e.postIn() != null) {
            requireKind(e, "postIn", EntityKind.POST);
            g.add(s, Org.postIn, entity(e.postIn(), "postIn", EntityKind::isOrganization, "an organisation, government or state"));
        }
        if (e.delegationOf() != null) {
            requireKind(e, "delegationOf", EntityKind.DELEGATION);
            g.add(s, iris.term("delegationOf"), entity(e.delegationOf(), "delegationOf", EntityKind::isActor, "an actor"));
        }
        if (e.within() != null) {
            g.add(s, Schema.containedInPlace, entity(e.within(), "within", EntityKind::isPlace, "a place"));
        }
        if (e.publisher() != null) {
            g.add(s, Schema.publisher, entity(e.publisher(), "publisher", EntityKind::isOrganization, "an organisation"));
        }
        evidence(s, e.evidence());
    }

    private void requireKind(Entity e, String field, EntityKind kind) {
        if (e.kind() != kind) {
            throw new DataError(e.location(), "field '" + field + "' applies only to kind " + kind.key()
                    + ", and '" + e.id() + "' is a " + e.kind().key());
        }
    }

    // -------------------------------------------------------------------- events

    private void mapEvent(Event e) {
        Node s = iris.event(facts.id(), e.id());
        g.origin(s, e.location());
        Node cls = ontology.eventClass(e.type().id()).orElseThrow(() -> unknown(e.type(), "event type",
                ontology.eventTypeIds()));
        g.type(s, Sem.Event, cls);
        g.label(s, e.label());
        g.add(s, Sem.eventType, iris.concept("event-type", e.type().id()));
        if (e.place() != null) {
            g.add(s, Sem.hasPlace, entity(e.place(), "place", EntityKind::isPlace, "a place"));
        }
        if (e.partOf() != null) {
            g.add(s, Sem.subEventOf, event(e.partOf(), "partOf"));
        }
        if (e.series() != null) {
            g.add(s, iris.term("inSeries"), entity(e.series(), "series", k -> k == EntityKind.COMMITTEE, "a committee"));
        }
        if (e.ordinal() != null) {
            g.typed(s, iris.term("ordinal"), e.ordinal().toString(), XSDDatatype.XSDinteger);
        }
        if (e.previous() != null) {
            g.add(s, iris.term("previousRound"), event(e.previous(), "previous"));
        }
        for (Ref about : e.about()) {
            g.add(s, Schema.about, entityOrEvent(about, "about"));
        }
        for (Ref cause : e.causes()) {
            g.add(s, iris.term("hasCause"), event(cause, "causes"));
        }
        if (e.modality() != null) {
            g.add(s, iris.term("modality"), concept(e.modality(), "modality", ontology.modalityIds()));
        }
        Node accordingTo = null;
        if (e.accordingTo() != null) {
            accordingTo = entity(e.accordingTo(), "accordingTo", EntityKind::isActor, "an actor or source");
        }
        if (e.statement().isPresent()) {
            Event.StatementContent st = e.statement().get();
            g.text(s, Schema.text, st.text());
            g.add(s, Sem.accordingTo, accordingTo != null ? accordingTo : article);
            if (st.speaker() != null) {
                Node speaker = entity(st.speaker(), "speaker", EntityKind::isActor, "an actor");
                role(s, e, new Participation(st.speaker(), new Ref("speaker", st.speaker().location()), null, List.of(),
                        st.speaker().location()));
                if (st.direct()) {
                    g.add(s, Schema.creator, speaker);
                }
            }
            if (st.direct()) {
                g.type(s, Schema.Quotation);
            }
            if (st.channel() != null) {
                g.add(s, iris.term("channel"), entity(st.channel(), "channel", k -> k == EntityKind.PLATFORM, "a platform"));
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

    private final Set<Node> roles = new HashSet<>();

    private void role(Node event, Event e, Participation p) {
        Node actor = entity(p.actor(), "actor", EntityKind::isActor, "an actor (a person, organisation, delegation or state)");
        Node roleType = concept(p.role(), "role", ontology.roleTypeIds());
        Node role = iris.child(event, "role/" + p.role().id() + "-" + p.actor().id());
        if (!roles.add(role)) {
            throw new DataError(p.location(), "'" + p.actor().id() + "' already takes part in '" + e.id()
                    + "' as " + p.role().id());
        }
        g.origin(role, p.location());
        g.type(role, Sem.Role);
        g.label(role, entities.get(p.actor().id()).label() + " as " + p.role().id() + " in: " + e.label());
        g.add(event, Sem.hasActor, role);
        g.add(role, Vocab.RDF_VALUE, actor);
        g.add(role, Sem.roleType, roleType);
        if (p.accordingTo() != null) {
            g.add(role, Sem.accordingTo, entity(p.accordingTo(), "accordingTo", EntityKind::isActor, "an actor or source"));
        }
        evidence(role, p.evidence());
    }

    private void time(Node event, WrittenTime t) {
        Node time = iris.child(event, "time");
        g.origin(time, t.location());
        g.add(event, Sem.hasTime, time);
        g.type(time, t.interval() ? Time.Interval : Time.Instant);
        g.label(time, t.written());
        g.text(time, iris.term("asWritten"), t.written());
        if (t.date() != null) {
            Node description = iris.child(time, "description");
            g.add(time, t.interval() ? Time.hasDateTimeDescription : Time.inDateTime, description);
            dateTimeDescription(description, t.date());
        }
        if (t.before() != null) {
            g.add(time, Time.before, timeOf(t.before(), "before"));
        }
        if (t.after() != null) {
            g.add(time, Time.after, timeOf(t.after(), "after"));
        }
        if (t.coincidesWith() != null) {
            g.add(time, iris.term("coincidesWith"), timeOf(t.coincidesWith(), "coincidesWith"));
        }
        if (t.minimumGap() != null) {
            if (t.before() == null) {
                throw new DataError(t.location(), "minimumGap needs 'before': the gap is to a later event");
            }
            g.typed(time, iris.term("minimumGap"), t.minimumGap(), XSDDatatype.XSDduration);
        }
    }

    private void dateTimeDescription(Node d, PartialDate date) {
        g.type(d, Time.DateTimeDescription);
        g.label(d, "date as written: " + date);
        date.year().ifPresent(y -> g.typed(d, Time.year, String.format("%04d", y), XSDDatatype.XSDgYear));
        date.month().ifPresent(m -> g.typed(d, Time.month, String.format("--%02d", m), XSDDatatype.XSDgMonth));
        date.day().ifPresent(day -> g.typed(d, Time.day, String.format("---%02d", day), XSDDatatype.XSDgDay));
        g.add(d, Time.unitType, switch (date.precision()) {
            case DAY -> Time.unitDay;
            case MONTH -> Time.unitMonth;
            case YEAR -> Time.unitYear;
        });
    }

    private Node timeOf(Ref ref, String field) {
        Node e = event(ref, field);
        if (!timedEvents.contains(ref.id())) {
            throw new DataError(ref.location(), "'" + ref.id() + "' (in field '" + field
                    + "') has no time: give it a time: before relating another time to it");
        }
        return iris.child(e, "time");
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
            g.type(ann, Oa.Annotation);
            g.add(ann, Oa.hasBody, subject);
            g.add(ann, Oa.hasTarget, target);
            g.add(ann, Oa.motivatedBy, Oa.describing);
            g.type(target, Oa.SpecificResource);
            g.add(target, Oa.hasSource, article);
            g.add(target, Oa.hasSelector, quoteSel);
            g.add(target, Oa.hasSelector, position);
            g.type(quoteSel, Oa.TextQuoteSelector);
            g.text(quoteSel, Oa.exact, span.exact());
            g.text(quoteSel, Oa.prefix, span.prefix());
            g.text(quoteSel, Oa.suffix, span.suffix());
            g.type(position, Oa.TextPositionSelector);
            g.typed(position, Oa.start, Integer.toString(span.start()), XSDDatatype.XSDnonNegativeInteger);
            g.typed(position, Oa.end, Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger);
        }
    }

    // ---------------------------------------------------------------- references

    private Node entity(Ref ref, String field, Predicate<EntityKind> allowed, String expected) {
        Entity e = entities.get(ref.id());
        if (e == null) {
            if (events.containsKey(ref.id())) {
                throw new DataError(ref.location(), "field '" + field + "' needs " + expected + ", but '" + ref.id()
                        + "' is an event");
            }
            throw unknown(ref, "entity", entities.keySet());
        }
        if (!allowed.test(e.kind())) {
            throw new DataError(ref.location(), "field '" + field + "' needs " + expected + ", but '" + ref.id()
                    + "' is a " + e.kind().key());
        }
        return iris.entity(ref.id());
    }

    private Node event(Ref ref, String field) {
        if (!events.containsKey(ref.id())) {
            if (entities.containsKey(ref.id())) {
                throw new DataError(ref.location(), "field '" + field + "' needs an event or statement, but '"
                        + ref.id() + "' is an entity");
            }
            throw unknown(ref, "event or statement", events.keySet());
        }
        return iris.event(facts.id(), ref.id());
    }

    private Node entityOrEvent(Ref ref, String field) {
        if (events.containsKey(ref.id())) {
            return iris.event(facts.id(), ref.id());
        }
        if (entities.containsKey(ref.id())) {
            return iris.entity(ref.id());
        }
        List<String> all = new ArrayList<>(entities.keySet());
        all.addAll(events.keySet());
        throw unknown(ref, "entity, event or statement", all);
    }

    private Node concept(Ref ref, String field, Set<String> known) {
        if (!known.contains(ref.id())) {
            throw unknown(ref, field.equals("role") ? "role type" : field, known);
        }
        String scheme = field.equals("role") ? "role" : field;
        return iris.concept(scheme, ref.id());
    }

    static DataError unknown(Ref ref, String what, Collection<String> known) {
        String suggestion = Suggest.closest(ref.id(), known);
        return new DataError(ref.location(), "unknown " + what + " '" + ref.id() + "'"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                + (known.size() <= 30 ? " (known: " + String.join(", ", known) + ")" : ""));
    }

}
