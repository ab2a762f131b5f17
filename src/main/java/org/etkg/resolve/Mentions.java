package org.etkg.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.ORG;
import org.etkg.model.EntityKind;
import org.etkg.model.RoleType;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.store.QuadIds;

/**
 * What the resolve step compares, read from the store: every entity and every event or
 * statement of the article graphs, with its names, kind, context and time. An entity IRI
 * used by several articles is one mention with all their articles.
 */
final class Mentions {
    /** The kinds that resolve tells apart; a person never matches a place. */
    static final class Entity {
        final String iri;
        EntityKind kind;
        final Set<String> articles = new TreeSet<>();
        final Set<String> labels = new LinkedHashSet<>();
        final Set<String> posts = new LinkedHashSet<>();
        final Set<String> postCountries = new LinkedHashSet<>();
        final Set<String> heads = new LinkedHashSet<>();
        final Set<String> headOf = new LinkedHashSet<>();
        final Set<String> holders = new LinkedHashSet<>();
        final Set<String> within = new LinkedHashSet<>();
        final Set<String> delegationOf = new LinkedHashSet<>();
        final Set<String> events = new LinkedHashSet<>();
        final Set<String> seriesOf = new LinkedHashSet<>();
        String quote;
        int richness;

        Entity(String iri) {
            this.iri = iri;
        }

        String label() {
            return labels.isEmpty() ? iri : labels.iterator().next();
        }
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
        final Map<String, Set<String>> roles = new LinkedHashMap<>();
        final Set<String> sources = new LinkedHashSet<>();
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
            this.iri = iri;
            this.article = article;
            this.statement = statement;
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

    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Map<String, Event> events = new LinkedHashMap<>();
    /** Event types' broader types, transitively, from the ontology's scheme. */
    final Map<String, Set<String>> broader = new HashMap<>();
    /** Event types' classes. */
    final Map<String, String> typeClass = new HashMap<>();

    /** The articles whose graphs were read. */
    Set<String> articles() {
        Set<String> out = new TreeSet<>();
        entities.values().forEach(e -> out.addAll(e.articles));
        events.values().forEach(e -> out.add(e.article));
        return out;
    }

    static Mentions read(DatasetGraph dsg, IriScheme iris) {
        Mentions m = new Mentions(dsg, iris);
        m.readEntities();
        m.readEvents();
        m.readTypes();
        return m;
    }

    private final DatasetGraph dsg;
    private final QuadIds ids;
    private final IriScheme iris;
    private final String prefixes;
    private final String articleGraphs;

    private Mentions(DatasetGraph dsg, IriScheme iris) {
        this.dsg = dsg;
        this.ids = new QuadIds(dsg);
        this.iris = iris;
        this.prefixes = Vocab.sparqlPrefixes(iris);
        String one = iris.articleGraph("x").getURI();
        this.articleGraphs = one.substring(0, one.length() - 1);
    }

    private void run(String query, Consumer<QuerySolution> each) {
        long t0 = System.nanoTime();
        UnionQuery.select(dsg, prefixes + query, each);
        if (System.getProperty("etkg.trace") != null) {
            System.err.printf("resolve: %5d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, query.replaceAll("\\s+", " ").substring(0, Math.min(90, query.length())));
        }
    }

    private String articleOf(String graph) {
        return graph.substring(articleGraphs.length());
    }

    private static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    private static String lex(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    // ------------------------------------------------------------------ entities

    /*
     * Mentions are read straight from the store's indexes (a typed scan, then each mention's own
     * quads by subject) rather than by SPARQL over the union graph: at 100,000 articles that is
     * several times faster, and the resolve step reads every mention on each run.
     */

    /** Article graphs by id, decoded once each: which article a quad comes from, or null. */
    private final Map<NodeId, String> articleOfGraph = new HashMap<>();

    private String article(NodeId graph) {
        return articleOfGraph.computeIfAbsent(graph, g -> {
            Node n = ids.node(g);
            return n.isURI() && n.getURI().startsWith(articleGraphs) ? articleOf(n.getURI()) : "";
        });
    }

    private boolean inArticle(NodeId graph) {
        return !article(graph).isEmpty();
    }

    private static String uriOf(Node n) {
        return n.isURI() ? n.getURI() : null;
    }

    private static String lexOf(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private String uri(NodeId id) {
        Node n = ids.node(id);
        return n.isURI() ? n.getURI() : null;
    }

    private String lex(NodeId id) {
        Node n = ids.node(id);
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The id of a term, or an id no quad has when the store lacks the term. */
    private NodeId idOf(Node n) {
        NodeId id = ids.id(n);
        return id == null ? NodeId.NodeDoesNotExist : id;
    }

    private void readEntities() {
        long t0 = System.nanoTime();
        Terms t = iris.terms();
        List<Node> types = List.of(Vocab.Schema.Person, t.State, Vocab.Schema.City, Vocab.Sem.Place, t.Delegation, t.Committee,
                ORG.Post.asNode(), ORG.Organization.asNode(), Vocab.Schema.Organization);
        Map<String, NodeId> entityIds = new HashMap<>();
        NodeId rdfType = idOf(Vocab.RDF_TYPE);
        for (Node type : types) {
            EntityKind k = kindOf(type.getURI());
            ids.find(QuadIds.ANY, QuadIds.ANY, rdfType, idOf(type), (g, subject, p, o) -> {
                if (!inArticle(g)) {
                    return;
                }
                String iri = uri(subject);
                if (iri == null) {
                    return;
                }
                Entity e = entities.computeIfAbsent(iri, Entity::new);
                entityIds.putIfAbsent(iri, subject);
                e.articles.add(article(g));
                if (e.kind == null || k.ordinal() < e.kind.ordinal()) {
                    e.kind = k;
                }
            });
        }
        NodeId label = idOf(Vocab.RDFS_LABEL);
        NodeId altLabel = idOf(Vocab.SKOS_ALT_LABEL);
        NodeId holds = idOf(ORG.holds.asNode());
        NodeId postIn = idOf(ORG.postIn.asNode());
        NodeId headOf = idOf(ORG.headOf.asNode());
        NodeId containedIn = idOf(Vocab.Schema.containedInPlace);
        NodeId delegationOf = idOf(t.delegationOf);
        Map<String, Set<String>> held = new LinkedHashMap<>();
        Map<String, Set<String>> givenNames = new HashMap<>();
        for (Entity e : entities.values()) {
            // rdfs:label first: the name the article gives; then the other spellings. Sorted, so runs agree.
            Set<String> preferred = new TreeSet<>();
            Set<String> other = new TreeSet<>();
            int[] count = {0};
            ids.find(QuadIds.ANY, entityIds.get(e.iri), QuadIds.ANY, QuadIds.ANY, (g, subject, p, o) -> {
                // What the articles themselves say of it: resolve's own links must not change its representative.
                if (inArticle(g)) {
                    count[0]++;
                }
                if (p.equals(label)) {
                    preferred.add(lex(o));
                } else if (p.equals(altLabel)) {
                    other.add(lex(o));
                } else if (p.equals(holds)) {
                    held.computeIfAbsent(e.iri, k -> new LinkedHashSet<>()).add(uri(o));
                } else if (p.equals(postIn) || p.equals(containedIn)) {
                    e.within.add(uri(o));
                } else if (p.equals(headOf)) {
                    e.headOf.add(uri(o));
                } else if (p.equals(delegationOf)) {
                    e.delegationOf.add(uri(o));
                }
            });
            e.labels.addAll(preferred);
            e.labels.addAll(other);
            givenNames.put(e.iri, preferred);
            e.richness = count[0];
            e.within.remove(null);
            e.headOf.remove(null);
            e.delegationOf.remove(null);
        }
        held.forEach((holder, posts) -> {
            Entity e = entities.get(holder);
            for (String post : posts) {
                Entity p = post == null ? null : entities.get(post);
                if (p != null) {
                    p.holders.add(holder);
                    e.posts.addAll(givenNames.get(post)); // a post agrees by the names its articles give it
                    e.postCountries.addAll(p.within);
                }
            }
        });
        for (Entity e : entities.values()) {
            e.headOf.forEach(d -> with(d, x -> x.heads.add(e.iri)));
        }
        trace("entities", t0);
    }

    private void trace(String what, long t0) {
        if (System.getProperty("etkg.trace") != null) {
            System.err.printf("resolve: %5d ms  read %s%n", (System.nanoTime() - t0) / 1_000_000, what);
        }
    }

    private void with(String iri, Consumer<Entity> action) {
        Entity e = iri == null ? null : entities.get(iri);
        if (e != null) {
            action.accept(e);
        }
    }

    private EntityKind kindOf(String type) {
        String schema = Vocab.SCHEMA;
        if (type.equals(schema + "Person")) {
            return EntityKind.PERSON;
        }
        if (type.equals(iris.terms().State.getURI())) {
            return EntityKind.COUNTRY;
        }
        if (type.equals(schema + "City")) {
            return EntityKind.CITY;
        }
        if (type.equals(Vocab.SEM + "Place")) {
            return EntityKind.REGION;
        }
        if (type.equals(iris.terms().Delegation.getURI())) {
            return EntityKind.DELEGATION;
        }
        if (type.equals(iris.terms().Committee.getURI())) {
            return EntityKind.COMMITTEE;
        }
        if (type.equals(Vocab.ORG + "Post")) {
            return EntityKind.POST;
        }
        return EntityKind.ORGANIZATION;
    }

    // -------------------------------------------------------------------- events

    private void readEvents() {
        long t0 = System.nanoTime();
        Terms t = iris.terms();
        Map<String, NodeId[]> eventAt = new TreeMap<>(); // IRI -> its id and its article graph's id
        ids.find(QuadIds.ANY, QuadIds.ANY, idOf(Vocab.RDF_TYPE), idOf(Vocab.Sem.Event), (g, subject, p, o) -> {
            if (inArticle(g)) {
                String iri = uri(subject);
                if (iri != null) {
                    eventAt.putIfAbsent(iri, new NodeId[] {subject, g});
                }
            }
        });
        NodeId rdfType = idOf(Vocab.RDF_TYPE);
        NodeId statementClass = idOf(t.Statement);
        NodeId eventType = idOf(Vocab.Sem.eventType);
        NodeId label = idOf(Vocab.RDFS_LABEL);
        NodeId hasPlace = idOf(Vocab.Sem.hasPlace);
        NodeId subEventOf = idOf(Vocab.Sem.subEventOf);
        NodeId inSeries = idOf(t.inSeries);
        NodeId ordinal = idOf(t.ordinal);
        NodeId modality = idOf(t.modality);
        NodeId text = idOf(Vocab.Schema.text);
        NodeId accordingTo = idOf(Vocab.Sem.accordingTo);
        NodeId hasActor = idOf(Vocab.Sem.hasActor);
        NodeId about = idOf(Vocab.Schema.about);
        NodeId hasTime = idOf(Vocab.Sem.hasTime);
        Map<NodeId, Node> stamps = new HashMap<>();
        for (Node stamp : TIME_STAMPS) {
            NodeId id = ids.id(stamp);
            if (id != null) {
                stamps.put(id, stamp);
            }
        }
        Map<String, String> aboutFirst = new HashMap<>();
        Map<Event, Set<NodeId>> times = new LinkedHashMap<>();
        for (Map.Entry<String, NodeId[]> entry : eventAt.entrySet()) {
            String iri = entry.getKey();
            NodeId node = entry.getValue()[0];
            NodeId graph = entry.getValue()[1];
            List<NodeId[]> quads = new ArrayList<>();
            NodeId[] typeAndLabel = new NodeId[2];
            boolean[] statement = {false};
            ids.find(QuadIds.ANY, node, QuadIds.ANY, QuadIds.ANY, (g, subject, p, o) -> {
                quads.add(new NodeId[] {g, p, o});
                if (g.equals(graph)) {
                    if (p.equals(eventType)) {
                        typeAndLabel[0] = o;
                    } else if (p.equals(label) && typeAndLabel[1] == null) {
                        typeAndLabel[1] = o;
                    } else if (p.equals(rdfType) && o.equals(statementClass)) {
                        statement[0] = true;
                    }
                }
            });
            if (typeAndLabel[0] == null || typeAndLabel[1] == null) {
                continue; // not an event the articles describe in full
            }
            Event e = new Event(iri, article(graph), statement[0]);
            e.type = uri(typeAndLabel[0]);
            e.label = lex(typeAndLabel[1]);
            events.put(iri, e);
            Set<NodeId> roles = new LinkedHashSet<>();
            for (NodeId[] q : quads) {
                NodeId p = q[1];
                NodeId o = q[2];
                if (q[0].equals(graph)) {
                    e.richness++;
                }
                if (p.equals(hasPlace)) {
                    e.place = uri(o);
                } else if (p.equals(subEventOf)) {
                    e.partOf = uri(o);
                } else if (p.equals(inSeries)) {
                    e.series = uri(o);
                } else if (p.equals(ordinal)) {
                    e.ordinal = Integer.valueOf(lex(o).trim());
                } else if (p.equals(modality)) {
                    e.modality = uri(o);
                } else if (p.equals(text)) {
                    e.text = lex(o);
                } else if (p.equals(accordingTo)) {
                    String source = uri(o);
                    if (source != null) {
                        e.sources.add(source);
                    }
                } else if (p.equals(hasActor)) {
                    roles.add(o);
                } else if (p.equals(about) && statement[0]) {
                    String target = uri(o);
                    if (target != null && eventAt.containsKey(target)) {
                        aboutFirst.putIfAbsent(iri, target);
                        e.aboutEvents.add(target);
                    }
                } else if (p.equals(hasTime)) {
                    times.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(o);
                } else if (stamps.containsKey(p)) {
                    LocalDate day = org.etkg.rdf.XsdDates.day(lex(o));
                    if (day != null) {
                        time(e, stamps.get(p).getURI(), day);
                    }
                }
            }
            if (e.series == null) {
                e.ordinal = null; // an ordinal counts only within its series
            }
            roles.forEach(role -> role(e, role, graph));
        }
        trace("events", t0);
        long t1 = System.nanoTime();
        for (Event e : events.values()) {
            if (e.series != null) {
                with(e.series, c -> c.seriesOf.add(e.iri));
            }
        }
        // Written dates after resolved ones: a date resolved from outside the article wins.
        NodeId inDateTime = idOf(Vocab.Time.inDateTime);
        NodeId description = idOf(Vocab.Time.hasDateTimeDescription);
        NodeId year = idOf(Vocab.Time.year);
        NodeId month = idOf(Vocab.Time.month);
        NodeId day = idOf(Vocab.Time.day);
        times.forEach((e, nodes) -> nodes.forEach(time -> ids.find(QuadIds.ANY, time, QuadIds.ANY, QuadIds.ANY, (g, s, p, d) -> {
            if (!p.equals(inDateTime) && !p.equals(description)) {
                return;
            }
            Integer[] ymd = new Integer[3];
            ids.find(QuadIds.ANY, d, QuadIds.ANY, QuadIds.ANY, (g2, s2, p2, o2) -> {
                int i = p2.equals(year) ? 0 : p2.equals(month) ? 1 : p2.equals(day) ? 2 : -1;
                if (i >= 0) {
                    ymd[i] = digits(lex(o2));
                }
            });
            written(e, ymd[0], ymd[1], ymd[2]);
        })));
        // The least time since the event before it: few events say so, so read from the gaps.
        dsg.find(Node.ANY, Node.ANY, t.minimumGap, Node.ANY).forEachRemaining(gap ->
                dsg.find(Node.ANY, gap.getSubject(), Vocab.Time.before, Node.ANY).forEachRemaining(before ->
                        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasTime, before.getObject()).forEachRemaining(later -> {
                            Event e = events.get(uriOf(later.getSubject()));
                            if (e != null) {
                                e.gapSince = lexOf(gap.getObject());
                                dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasTime, gap.getSubject())
                                        .forEachRemaining(earlier -> e.gapFrom = uriOf(earlier.getSubject()));
                            }
                        })));
        trace("times", t1);
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

    private static final Set<Node> TIME_STAMPS = Set.of(Vocab.Sem.hasTimeStamp, Vocab.Sem.hasBeginTimeStamp,
            Vocab.Sem.hasEndTimeStamp, Vocab.Sem.hasEarliestBeginTimeStamp, Vocab.Sem.hasLatestEndTimeStamp);

    private final Map<NodeId, String> roleNames = new HashMap<>();

    /** A participant in its role; what its article says of the role adds to the event's richness. */
    private void role(Event e, NodeId role, NodeId graph) {
        NodeId value = idOf(Vocab.RDF_VALUE);
        NodeId roleType = idOf(Vocab.Sem.roleType);
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ids.find(QuadIds.ANY, role, QuadIds.ANY, QuadIds.ANY, (g, s, p, o) -> {
            if (g.equals(graph)) {
                e.richness++;
            }
            if (p.equals(value)) {
                String actor = uri(o);
                if (actor != null) {
                    values.add(actor);
                }
            } else if (p.equals(roleType)) {
                String name = roleNames.computeIfAbsent(o, id -> {
                    String type = uri(id);
                    return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
                });
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        });
        for (String name : names) {
            for (String actor : values) {
                e.roles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(actor);
                if (RoleType.SPEAKER.id().equals(name)) {
                    e.speaker = actor;
                }
                with(actor, a -> a.events.add(e.iri));
            }
        }
    }

    /** Each mention's first words in its article, for views that show the evidence. */
    Mentions withQuotes() {
        Map<String, Integer> firstStart = new HashMap<>();
        run("""
                SELECT ?x ?exact ?start WHERE { ?a oa:hasBody ?x ; oa:hasTarget ?t . ?t oa:hasSelector ?q , ?p .
                  ?q oa:exact ?exact . ?p oa:start ?start }""", s -> {
            String x = iri(s, "x");
            int start = s.getLiteral("start").getInt();
            if (x != null && start < firstStart.getOrDefault(x, Integer.MAX_VALUE)) {
                firstStart.put(x, start);
                Event ev = events.get(x);
                if (ev != null) {
                    ev.quote = lex(s, "exact");
                }
                with(x, en -> en.quote = lex(s, "exact"));
            }
        });
        return this;
    }

    private void withEvent(QuerySolution s, Consumer<Event> action) {
        Event e = events.get(iri(s, "e"));
        if (e != null) {
            action.accept(e);
        }
    }

    private static Integer digits(String s) {
        if (s == null) {
            return null;
        }
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() ? null : Integer.valueOf(d);
    }

    private static void time(Event e, String predicate, LocalDate d) {
        String p = predicate.substring(predicate.lastIndexOf('/') + 1);
        boolean exact = p.equals("hasTimeStamp") || p.equals("hasBeginTimeStamp") || p.equals("hasEndTimeStamp");
        if (!exact && "date".equals(e.timeKind)) {
            return;
        }
        if (exact && !"date".equals(e.timeKind)) {
            e.earliest = null;
            e.latest = null;
            e.timeKind = "date";
        }
        if (e.timeKind == null) {
            e.timeKind = "bounds";
        }
        switch (p) {
            case "hasTimeStamp" -> {
                e.earliest = min(e.earliest, d);
                e.latest = max(e.latest, d);
            }
            case "hasBeginTimeStamp", "hasEarliestBeginTimeStamp" -> e.earliest = min(e.earliest, d);
            default -> e.latest = max(e.latest, d);
        }
    }

    private static void written(Event e, Integer year, Integer month, Integer day) {
        if (year == null) {
            if (month != null && day != null) {
                e.monthDay = String.format("--%02d-%02d", month, day);
            }
            return;
        }
        if (e.timeKind != null) {
            return;
        }
        try {
            if (month != null && day != null) {
                e.earliest = LocalDate.of(year, month, day);
                e.latest = e.earliest;
                e.timeKind = "date";
            } else {
                YearMonth first = YearMonth.of(year, month == null ? 1 : month);
                YearMonth last = YearMonth.of(year, month == null ? 12 : month);
                e.earliest = first.atDay(1);
                e.latest = last.atEndOfMonth();
                e.timeKind = "bounds";
            }
        } catch (java.time.DateTimeException ex) {
            // The loader refuses impossible dates; nothing to compare here.
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    // --------------------------------------------------------------------- types

    private void readTypes() {
        run("SELECT ?t ?b WHERE { ?t skos:broader+ ?b }", s -> broader.computeIfAbsent(iri(s, "t"), k -> new LinkedHashSet<>()).add(iri(s, "b")));
        run("SELECT ?t ?c WHERE { ?t etkg:eventClass ?c }", s -> typeClass.put(iri(s, "t"), iri(s, "c")));
    }

}
