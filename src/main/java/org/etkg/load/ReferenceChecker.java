package org.etkg.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Participation;
import org.etkg.model.Ref;
import org.etkg.model.WrittenTime;
import org.etkg.rdf.Ontology;

/**
 * Checks that every reference in one article's facts resolves to the right kind of thing:
 * entities of the right kind, events, event types, role types and modalities of the
 * ontology, times that exist. The first problem is a {@link DataError} at the reference's
 * line and column, with the closest known id as a suggestion. {@link ArticleMapper} maps
 * only facts that passed.
 */
public final class ReferenceChecker {
    private final Ontology ontology;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Set<String> timedEvents = new HashSet<>();

    private ReferenceChecker(ArticleFacts facts, Ontology ontology) {
        this.ontology = ontology;
        facts.entities().forEach(e -> entities.put(e.id(), e));
        facts.events().forEach(e -> events.put(e.id(), e));
        facts.events().stream().filter(e -> e.time() != null).forEach(e -> timedEvents.add(e.id()));
    }

    /** Throws {@link DataError} on the first reference that does not resolve. */
    public static void check(ArticleFacts facts, Ontology ontology) {
        new ReferenceChecker(facts, ontology).checkAll(facts);
    }

    private void checkAll(ArticleFacts facts) {
        if (facts.basedOn() != null) {
            entity(facts.basedOn(), "basedOn", k -> k == EntityKind.REPORT, "a report");
        }
        if (facts.publisher() != null) {
            entity(facts.publisher(), "publisher", EntityKind::isOrganization, "an organisation");
        }
        facts.entities().forEach(this::checkEntity);
        facts.events().forEach(this::checkEvent);
    }

    private void checkEntity(Entity e) {
        if (ontology.classesOfKind(e.kind().key()).isEmpty()) {
            throw new DataError(e.location(), "kind '" + e.kind().key() + "' has no classes in the ontology's entity-kind scheme");
        }
        for (Ref post : e.holds()) {
            requireKind(e, "holds", EntityKind.PERSON);
            entity(post, "holds", k -> k == EntityKind.POST, "a post");
        }
        for (Ref d : e.headOf()) {
            requireKind(e, "headOf", EntityKind.PERSON);
            entity(d, "headOf", EntityKind::isOrganization, "an organisation or delegation");
        }
        for (Ref m : e.memberOf()) {
            entity(m, "memberOf", k -> k.isOrganization() || k == EntityKind.GROUP, "an organisation");
        }
        if (e.postIn() != null) {
            requireKind(e, "postIn", EntityKind.POST);
            entity(e.postIn(), "postIn", EntityKind::isOrganization, "an organisation, government or state");
        }
        if (e.delegationOf() != null) {
            requireKind(e, "delegationOf", EntityKind.DELEGATION);
            entity(e.delegationOf(), "delegationOf", EntityKind::isActor, "an actor");
        }
        if (e.within() != null) {
            entity(e.within(), "within", EntityKind::isPlace, "a place");
        }
        if (e.publisher() != null) {
            entity(e.publisher(), "publisher", EntityKind::isOrganization, "an organisation");
        }
    }

    private void requireKind(Entity e, String field, EntityKind kind) {
        if (e.kind() != kind) {
            throw new DataError(e.location(), "field '" + field + "' applies only to kind " + kind.key()
                    + ", and '" + e.id() + "' is a " + e.kind().key());
        }
    }

    private void checkEvent(Event e) {
        if (ontology.eventClass(e.type().id()).isEmpty()) {
            throw e.type().id().startsWith(Ontology.CAMEO_PREFIX)
                    ? unknown(e.type(), "CAMEO code (CAMEO 1.1b3, ontology/cameo.ttl)", ontology.cameoTypeIds())
                    : unknown(e.type(), "event type", ontology.eventTypeIds());
        }
        if (e.place() != null) {
            entity(e.place(), "place", EntityKind::isPlace, "a place");
        }
        if (e.partOf() != null) {
            event(e.partOf(), "partOf");
        }
        if (e.series() != null) {
            entity(e.series(), "series", k -> k == EntityKind.COMMITTEE, "a committee");
        }
        if (e.previous() != null) {
            event(e.previous(), "previous");
        }
        for (Ref about : e.about()) {
            entityOrEvent(about);
        }
        for (Ref cause : e.causes()) {
            event(cause, "causes");
        }
        if (e.modality() != null) {
            concept(e.modality(), "modality", ontology.modalityIds());
        }
        if (e.accordingTo() != null) {
            entity(e.accordingTo(), "accordingTo", EntityKind::isActor, "an actor or source");
        }
        Set<String> roles = new HashSet<>();
        if (e.statement().isPresent()) {
            Event.StatementContent st = e.statement().get();
            if (st.speaker() != null) {
                entity(st.speaker(), "speaker", EntityKind::isActor, "an actor");
                roles.add("speaker " + st.speaker().id());
            }
            if (st.channel() != null) {
                entity(st.channel(), "channel", k -> k == EntityKind.PLATFORM, "a platform");
            }
        }
        if (e.time() != null) {
            checkTime(e.time());
        }
        for (Participation p : e.participants()) {
            entity(p.actor(), "actor", EntityKind::isActor, "an actor (a person, organisation, delegation or state)");
            concept(p.role(), "role", ontology.roleTypeIds());
            if (!roles.add(p.role().id() + " " + p.actor().id())) {
                throw new DataError(p.location(), "'" + p.actor().id() + "' already takes part in '" + e.id()
                        + "' as " + p.role().id());
            }
            if (p.accordingTo() != null) {
                entity(p.accordingTo(), "accordingTo", EntityKind::isActor, "an actor or source");
            }
        }
    }

    private void checkTime(WrittenTime t) {
        if (t.before() != null) {
            timeOf(t.before(), "before");
        }
        if (t.after() != null) {
            timeOf(t.after(), "after");
        }
        if (t.coincidesWith() != null) {
            timeOf(t.coincidesWith(), "coincidesWith");
        }
        if (t.minimumGap() != null && t.before() == null) {
            throw new DataError(t.location(), "minimumGap needs 'before': the gap is to a later event");
        }
    }

    private void timeOf(Ref ref, String field) {
        event(ref, field);
        if (!timedEvents.contains(ref.id())) {
            throw new DataError(ref.location(), "'" + ref.id() + "' (in field '" + field
                    + "') has no time: give it a time: before relating another time to it");
        }
    }

    private void entity(Ref ref, String field, Predicate<EntityKind> allowed, String expected) {
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
    }

    private void event(Ref ref, String field) {
        if (!events.containsKey(ref.id())) {
            if (entities.containsKey(ref.id())) {
                throw new DataError(ref.location(), "field '" + field + "' needs an event or statement, but '"
                        + ref.id() + "' is an entity");
            }
            throw unknown(ref, "event or statement", events.keySet());
        }
    }

    private void entityOrEvent(Ref ref) {
        if (!events.containsKey(ref.id()) && !entities.containsKey(ref.id())) {
            List<String> all = new ArrayList<>(entities.keySet());
            all.addAll(events.keySet());
            throw unknown(ref, "entity, event or statement", all);
        }
    }

    private static void concept(Ref ref, String field, Set<String> known) {
        if (!known.contains(ref.id())) {
            throw unknown(ref, field.equals("role") ? "role type" : field, known);
        }
    }

    static DataError unknown(Ref ref, String what, Collection<String> known) {
        String suggestion = Suggest.closest(ref.id(), known);
        return new DataError(ref.location(), "unknown " + what + " '" + ref.id() + "'"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                + (known.size() <= 30 ? " (known: " + String.join(", ", known) + ")" : ""));
    }
}
