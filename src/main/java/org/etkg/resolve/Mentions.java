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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * What the resolve step compares, read from the store: every entity and every event or
 * statement of the article graphs, with its names, kind, context and time. An entity IRI
 * used by several articles is one mention with all their articles.
 */
final class Mentions {
    /** The kinds that resolve tells apart; a person never matches a place. */
    enum Kind { PERSON, COUNTRY, CITY, REGION, DELEGATION, COMMITTEE, POST, ORGANIZATION }

    static final class Entity {
        final String iri;
        Kind kind;
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
    private final IriScheme iris;
    private final String prefixes;
    private final String articleGraphs;

    private Mentions(DatasetGraph dsg, IriScheme iris) {
        this.dsg = dsg;
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

    private boolean inArticle(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(articleGraphs);
    }

    private static String uriOf(Node n) {
        return n.isURI() ? n.getURI() : null;
    }

    private static String lexOf(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private void readEntities() {
        long t0 = System.nanoTime();
        Terms t = iris.terms();
        List<Node> types = List.of(Vocab.Schema.Person, t.State, Vocab.Schema.City, Vocab.Sem.Place, t.Delegation, t.Committee,
                ORG.Post.asNode(), ORG.Organization.asNode(), Vocab.Schema.Organization);
        for (Node type : types) {
            Kind k = kindOf(type.getURI());
            dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, type).forEachRemaining(q -> {
                if (!inArticle(q.getGraph()) || !q.getSubject().isURI()) {
                    return;
                }
                Entity e = entities.computeIfAbsent(q.getSubject().getURI(), Entity::new);
                e.articles.add(articleOf(q.getGraph().getURI()));
                if (e.kind == null || k.ordinal() < e.kind.ordinal()) {
                    e.kind = k;
                }
            });
        }
        Node holds = ORG.holds.asNode();
        Node postIn = ORG.postIn.asNode();
        Node headOf = ORG.headOf.asNode();
        Map<String, Set<String>> held = new LinkedHashMap<>();
        for (Entity e : entities.values()) {
            // rdfs:label first: the name the article gives; then the other spellings. Sorted, so runs agree.
            Set<String> preferred = new TreeSet<>();
            Set<String> other = new TreeSet<>();
            int[] count = {0};
            dsg.find(Node.ANY, NodeFactory.createURI(e.iri), Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node p = q.getPredicate();
                Node o = q.getObject();
                // What the articles themselves say of it: resolve's own links must not change its representative.
                if (inArticle(q.getGraph())) {
                    count[0]++;
                }
                if (p.equals(Vocab.RDFS_LABEL) && o.isLiteral()) {
                    preferred.add(o.getLiteralLexicalForm());
                } else if (p.equals(Vocab.SKOS_ALT_LABEL) && o.isLiteral()) {
                    other.add(o.getLiteralLexicalForm());
                } else if (p.equals(holds) && o.isURI()) {
                    held.computeIfAbsent(e.iri, k -> new LinkedHashSet<>()).add(o.getURI());
                } else if (p.equals(postIn) && o.isURI()) {
                    e.within.add(o.getURI());
                } else if (p.equals(headOf) && o.isURI()) {
                    e.headOf.add(o.getURI());
                } else if (p.equals(Vocab.Schema.containedInPlace) && o.isURI()) {
                    e.within.add(o.getURI());
                } else if (p.equals(t.delegationOf) && o.isURI()) {
                    e.delegationOf.add(o.getURI());
                }
            });
            e.labels.addAll(preferred);
            e.labels.addAll(other);
            e.richness = count[0];
        }
        held.forEach((holder, posts) -> {
            Entity e = entities.get(holder);
            for (String post : posts) {
                Entity p = entities.get(post);
                if (p != null) {
                    p.holders.add(holder);
                    p.labels.stream().limit(labelCount(p)).forEach(e.posts::add);
                    e.postCountries.addAll(p.within);
                }
            }
        });
        for (Entity e : entities.values()) {
            e.headOf.forEach(d -> with(d, x -> x.heads.add(e.iri)));
        }
        trace("entities", t0);
    }

    /** How many of a post's names are its rdfs:label (they come first): a post agrees by its given names. */
    private int labelCount(Entity post) {
        long[] n = {0};
        dsg.find(Node.ANY, NodeFactory.createURI(post.iri), Vocab.RDFS_LABEL, Node.ANY).forEachRemaining(q -> n[0]++);
        return (int) Math.min(n[0], post.labels.size());
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

    private Kind kindOf(String type) {
        String schema = Vocab.SCHEMA;
        if (type.equals(schema + "Person")) {
            return Kind.PERSON;
        }
        if (type.equals(iris.terms().State.getURI())) {
            return Kind.COUNTRY;
        }
        if (type.equals(schema + "City")) {
            return Kind.CITY;
        }
        if (type.equals(Vocab.SEM + "Place")) {
            return Kind.REGION;
        }
        if (type.equals(iris.terms().Delegation.getURI())) {
            return Kind.DELEGATION;
        }
        if (type.equals(iris.terms().Committee.getURI())) {
            return Kind.COMMITTEE;
        }
        if (type.equals(Vocab.ORG + "Post")) {
            return Kind.POST;
        }
        return Kind.ORGANIZATION;
    }

    // -------------------------------------------------------------------- events

    private void readEvents() {
        long t0 = System.nanoTime();
        Terms t = iris.terms();
        Map<String, String> eventGraphs = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Event).forEachRemaining(q -> {
            if (inArticle(q.getGraph()) && q.getSubject().isURI()) {
                eventGraphs.putIfAbsent(q.getSubject().getURI(), q.getGraph().getURI());
            }
        });
        Map<String, String> about = new HashMap<>();
        Map<Event, Set<Node>> times = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : eventGraphs.entrySet()) {
            String iri = entry.getKey();
            String graph = entry.getValue();
            Node node = NodeFactory.createURI(iri);
            String[] typeAndLabel = new String[2];
            boolean[] statement = {false};
            List<Quad> quads = new ArrayList<>();
            dsg.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            for (Quad q : quads) {
                if (!q.getGraph().getURI().equals(graph)) {
                    continue;
                }
                if (q.getPredicate().equals(Vocab.Sem.eventType)) {
                    typeAndLabel[0] = uriOf(q.getObject());
                } else if (q.getPredicate().equals(Vocab.RDFS_LABEL) && typeAndLabel[1] == null) {
                    typeAndLabel[1] = lexOf(q.getObject());
                } else if (q.getPredicate().equals(Vocab.RDF_TYPE) && q.getObject().equals(t.Statement)) {
                    statement[0] = true;
                }
            }
            if (typeAndLabel[0] == null || typeAndLabel[1] == null) {
                continue; // not an event the articles describe in full
            }
            Event e = new Event(iri, articleOf(graph), statement[0]);
            e.label = typeAndLabel[1];
            e.type = typeAndLabel[0];
            events.put(iri, e);
            Set<Node> roles = new LinkedHashSet<>();
            for (Quad q : quads) {
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (inArticle(q.getGraph()) && q.getGraph().getURI().equals(graph)) {
                    e.richness++;
                }
                if (p.equals(Vocab.Sem.hasPlace)) {
                    e.place = uriOf(o);
                } else if (p.equals(Vocab.Sem.subEventOf)) {
                    e.partOf = uriOf(o);
                } else if (p.equals(t.inSeries)) {
                    e.series = uriOf(o);
                } else if (p.equals(t.ordinal) && o.isLiteral()) {
                    e.ordinal = Integer.valueOf(o.getLiteralLexicalForm().trim());
                } else if (p.equals(t.modality)) {
                    e.modality = uriOf(o);
                } else if (p.equals(Vocab.Schema.text)) {
                    e.text = lexOf(o);
                } else if (p.equals(Vocab.Sem.accordingTo) && o.isURI()) {
                    e.sources.add(o.getURI());
                } else if (p.equals(Vocab.Sem.hasActor)) {
                    roles.add(o);
                } else if (p.equals(Vocab.Schema.about) && o.isURI() && statement[0]) {
                    if (eventGraphs.containsKey(o.getURI())) {
                        about.putIfAbsent(iri, o.getURI());
                        e.aboutEvents.add(o.getURI());
                    }
                } else if (p.equals(Vocab.Sem.hasTime)) {
                    times.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(o);
                } else if (TIME_STAMPS.contains(p) && o.isLiteral()) {
                    time(e, p.getURI(), LocalDate.parse(o.getLiteralLexicalForm()));
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
        times.forEach((e, nodes) -> nodes.forEach(time -> {
            for (Node link : List.of(Vocab.Time.inDateTime, Vocab.Time.hasDateTimeDescription)) {
                dsg.find(Node.ANY, time, link, Node.ANY).forEachRemaining(d -> {
                    Integer[] ymd = new Integer[3];
                    dsg.find(Node.ANY, d.getObject(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                        Node p = q.getPredicate();
                        int i = p.equals(Vocab.Time.year) ? 0 : p.equals(Vocab.Time.month) ? 1 : p.equals(Vocab.Time.day) ? 2 : -1;
                        if (i >= 0) {
                            ymd[i] = digits(lexOf(q.getObject()));
                        }
                    });
                    written(e, ymd[0], ymd[1], ymd[2]);
                });
            }
        }));
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
        about.forEach((st, ev) -> {
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

    /** A participant in its role; what its article says of the role adds to the event's richness. */
    private void role(Event e, Node role, String graph) {
        List<String> values = new ArrayList<>();
        List<String> types = new ArrayList<>();
        dsg.find(Node.ANY, role, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().equals(graph)) {
                e.richness++;
            }
            if (q.getPredicate().equals(Vocab.RDF_VALUE) && q.getObject().isURI()) {
                values.add(q.getObject().getURI());
            } else if (q.getPredicate().equals(Vocab.Sem.roleType) && q.getObject().isURI()) {
                types.add(q.getObject().getURI());
            }
        });
        for (String type : types) {
            String name = type.substring(type.lastIndexOf('/') + 1);
            for (String actor : values) {
                e.roles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(actor);
                if (name.equals("speaker")) {
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
