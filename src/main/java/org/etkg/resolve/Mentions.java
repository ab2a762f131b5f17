package org.etkg.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.model.EntityKind;
import org.etkg.rdf.IriScheme;

/**
 * What the resolve step compares, read from the store: every entity and every event or
 * statement of the article graphs, with its names, kind, context and time. An entity IRI
 * used by several articles is one mention with all their articles.
 *
 * <p>Each mention is made of what its own quads say ({@link EntityFacts}, {@link EventFacts},
 * read by {@link MentionReader}) and of what the other mentions say of it (a post's holders,
 * a person's events, a statement's time from the event it is about), worked out here in
 * memory. A load that keeps the facts of the last resolve ({@link ResolveMemory}) reads again
 * only the facts of the mentions its graphs hold: the rest is the same by construction.
 */
final class Mentions {
    /** The kinds that resolve tells apart; a person never matches a place. */
    static final class Entity {
        final String iri;
        EntityKind kind;
        final Set<String> articles = new TreeSet<>();
        final EntityFacts facts;
        final Set<String> labels;
        final Set<String> posts = new LinkedHashSet<>();
        final Set<String> postCountries = new LinkedHashSet<>();
        final Set<String> heads = new LinkedHashSet<>();
        final Set<String> headOf;
        final Set<String> holders = new LinkedHashSet<>();
        final Set<String> within;
        final Set<String> delegationOf;
        final Set<String> events = new LinkedHashSet<>();
        final Set<String> seriesOf = new LinkedHashSet<>();
        String quote;
        final int richness;

        Entity(String iri, EntityFacts facts) {
            this.iri = iri;
            this.facts = facts;
            this.labels = facts.labels();
            this.headOf = facts.headOf();
            this.within = facts.within();
            this.delegationOf = facts.delegationOf();
            this.richness = facts.richness();
        }

        String label() {
            return labels.isEmpty() ? iri : labels.iterator().next();
        }
    }

    /**
     * What an entity's own quads say, in every graph: its names (rdfs:label first, each part
     * sorted), the posts it holds, where it lies, what it heads, whose delegation it is, how
     * much its articles say of it, the graphs that hold those quads, and the rdfs:label most of
     * them use ({@link LaneName#mostUsed}; null without one).
     */
    record EntityFacts(Set<String> labels, Set<String> givenNames, Set<String> holds, Set<String> within,
                       Set<String> headOf, Set<String> delegationOf, int richness, Set<String> graphs, String mostUsedLabel) {
    }

    static final class Event {
        final String iri;
        final String article;
        final boolean statement;
        String label;
        String type;
        String place;
        String partOf;
        String series;
        Integer ordinal;
        String speaker;
        String text;
        String modality;
        /** Calendar interval the event falls in, from resolved dates, bounds or a written date with its year. */
        LocalDate earliest;
        LocalDate latest;
        /** How the interval is known: "date" (a resolved day or days) or "bounds". */
        String timeKind;
        /** A written day without a year ("--04-16"). */
        String monthDay;
        final Map<String, Set<String>> roles;
        final Set<String> sources;
        /** The events a statement is about. */
        final Set<String> aboutEvents = new LinkedHashSet<>();
        /** The first words of its article that describe it. */
        String quote;
        /** The least time since the event before it, as written ("P15M"), with that event. */
        String gapSince;
        /** The event before it that the gap is measured from. */
        String gapFrom;
        int richness;

        Event(String iri, String article, boolean statement) {
            this(iri, article, statement, new LinkedHashMap<>(), new LinkedHashSet<>());
        }

        private Event(String iri, String article, boolean statement, Map<String, Set<String>> roles, Set<String> sources) {
            this.iri = iri;
            this.article = article;
            this.statement = statement;
            this.roles = roles;
            this.sources = sources;
        }

        /** The event its facts describe, before anything the other mentions tell of it. */
        static Event of(String iri, EventFacts f) {
            Event e = new Event(iri, f.article(), f.statement(), f.roles(), f.sources());
            e.label = f.label();
            e.type = f.type();
            e.place = f.place();
            e.partOf = f.partOf();
            e.series = f.series();
            e.ordinal = f.ordinal();
            e.speaker = f.speaker();
            e.text = f.text();
            e.modality = f.modality();
            e.earliest = f.earliest();
            e.latest = f.latest();
            e.timeKind = f.timeKind();
            e.monthDay = f.monthDay();
            e.richness = f.richness();
            return e;
        }

        Set<String> actors() {
            Set<String> all = new LinkedHashSet<>();
            roles.values().forEach(all::addAll);
            return all;
        }

        boolean exactTime() {
            return "date".equals(timeKind);
        }
    }

    /**
     * What an event's own quads (and those of its roles and times) say. {@code described} is
     * false for an event its article does not describe in full (no type or no label), which is
     * no mention; {@code about} lists the statement's targets as written, {@code nodes} its
     * roles', times' and dates' nodes and {@code graphs} the graphs that hold all those quads.
     */
    record EventFacts(boolean described, String article, boolean statement, String label, String type, String place,
                      String partOf, String series, Integer ordinal, String speaker, String text, String modality,
                      LocalDate earliest, LocalDate latest, String timeKind, String monthDay, Map<String, Set<String>> roles,
                      Set<String> sources, List<String> about, int richness, Set<String> nodes, Set<String> graphs) {
    }

    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Map<String, Event> events = new LinkedHashMap<>();
    /** Event types' broader types, transitively, from the ontology's scheme. */
    final Map<String, Set<String>> broader = new HashMap<>();
    /** Event types' classes. */
    final Map<String, String> typeClass = new HashMap<>();
    /** The facts each mention was made of, by IRI (events not described in full too): what a later load starts from. */
    final Map<String, EntityFacts> entityFacts = new HashMap<>();
    final Map<String, EventFacts> eventFacts = new HashMap<>();

    /** The articles whose graphs were read. */
    Set<String> articles() {
        Set<String> out = new TreeSet<>();
        entities.values().forEach(e -> out.addAll(e.articles));
        events.values().forEach(e -> out.add(e.article));
        return out;
    }

    /** Every mention, every fact read from the store. */
    static Mentions read(DatasetGraph dsg, IriScheme iris) {
        return read(dsg, iris, null, null);
    }

    /**
     * Every mention, the facts of the mentions whose quads lie in {@code written} graphs read
     * from the store and the others taken from {@code memory}; everything read when either is null.
     */
    static Mentions read(DatasetGraph dsg, IriScheme iris, ResolveMemory memory, Set<Node> written) {
        MentionReader reader = new MentionReader(dsg, iris);
        Mentions m = new Mentions();
        ResolveMemory.Changed changed = memory == null || written == null ? null : memory.changed(reader, written);
        reader.readEntities(m, changed == null ? null : memory.entities(), changed);
        reader.readEvents(m, changed == null ? null : memory.events(), changed);
        m.link(reader);
        reader.readTypes(m);
        return m;
    }

    /** What the mentions say of each other, from their facts, in the order a full read meets them. */
    private void link(MentionReader reader) {
        for (Entity e : entities.values()) {
            for (String post : e.facts.holds()) {
                Entity p = post == null ? null : entities.get(post);
                if (p != null) {
                    p.holders.add(e.iri);
                    e.posts.addAll(p.facts.givenNames()); // a post agrees by the names its articles give it
                    e.postCountries.addAll(p.within);
                }
            }
        }
        for (Entity e : entities.values()) {
            e.headOf.forEach(d -> with(d, x -> x.heads.add(e.iri)));
        }
        Map<String, String> aboutFirst = new HashMap<>();
        for (Event e : events.values()) {
            e.roles.values().forEach(actors -> actors.forEach(actor -> with(actor, a -> a.events.add(e.iri))));
            for (String target : eventFacts.get(e.iri).about()) {
                if (reader.isEvent(target)) {
                    aboutFirst.putIfAbsent(e.iri, target);
                    e.aboutEvents.add(target);
                }
            }
        }
        for (Event e : events.values()) {
            if (e.series != null) {
                with(e.series, c -> c.seriesOf.add(e.iri));
            }
        }
        reader.readGaps(this);
        // A statement without a time of its own is placed by the event it is about, for comparing.
        aboutFirst.forEach((st, ev) -> {
            Event e = events.get(st);
            Event target = events.get(ev);
            if (e != null && target != null && e.timeKind == null && target.timeKind != null) {
                e.earliest = target.earliest;
                e.latest = target.latest;
                e.timeKind = "bounds";
            } else if (e != null && target != null && e.timeKind == null && e.monthDay == null) {
                e.monthDay = target.monthDay;
            }
        });
        // A part without a time of its own happens within its whole.
        for (int round = 0; round < 3; round++) {
            for (Event e : events.values()) {
                Event whole = e.partOf == null ? null : events.get(e.partOf);
                if (e.timeKind == null && whole != null && whole.timeKind != null) {
                    e.earliest = whole.earliest;
                    e.latest = whole.latest;
                    e.timeKind = "bounds";
                }
            }
        }
    }

    void with(String iri, Consumer<Entity> action) {
        Entity e = iri == null ? null : entities.get(iri);
        if (e != null) {
            action.accept(e);
        }
    }

    /** Each mention's first words in its article, for views that show the evidence. */
    Mentions withQuotes(DatasetGraph dsg, IriScheme iris) {
        new MentionReader(dsg, iris).readQuotes(this);
        return this;
    }
}
