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
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
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

    private void readEntities() {
        String inArticles = "FILTER (STRSTARTS(STR(?g), \"" + articleGraphs + "\"))";
        run("""
                SELECT ?g ?e ?t WHERE {
                  VALUES ?t { schema:Person etkg:State schema:City sem:Place etkg:Delegation etkg:Committee org:Post
                              org:Organization schema:Organization }
                  GRAPH ?g { ?e a ?t } %s
                }""".formatted(inArticles), s -> {
            Entity e = entities.computeIfAbsent(iri(s, "e"), Entity::new);
            e.articles.add(articleOf(iri(s, "g")));
            Kind k = kindOf(iri(s, "t"));
            if (e.kind == null || k.ordinal() < e.kind.ordinal()) {
                e.kind = k;
            }
        });
        // Looked up entity by entity: the store's other resources (times, roles, evidence) have labels too.
        Node label = Vocab.RDFS_LABEL;
        Node altLabel = Vocab.SKOS_ALT_LABEL;
        for (Entity e : entities.values()) {
            Node n = NodeFactory.createURI(e.iri);
            // rdfs:label first: the name the article gives; then the other spellings. Sorted, so runs agree.
            Set<String> preferred = new TreeSet<>();
            Set<String> other = new TreeSet<>();
            dsg.find(Node.ANY, n, label, Node.ANY).forEachRemaining(q -> preferred.add(q.getObject().getLiteralLexicalForm()));
            dsg.find(Node.ANY, n, altLabel, Node.ANY).forEachRemaining(q -> other.add(q.getObject().getLiteralLexicalForm()));
            e.labels.addAll(preferred);
            e.labels.addAll(other);
            int[] count = {0};
            dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(articleGraphs)) {
                    count[0]++;
                }
            });
            // What the articles themselves say of it: resolve's own links must not change its representative.
            e.richness = count[0];
        }
        run("SELECT ?e ?p ?l WHERE { ?e org:holds ?p . ?p rdfs:label ?l }", s -> with(iri(s, "e"), e -> e.posts.add(lex(s, "l"))));
        run("SELECT ?e ?c WHERE { ?e org:holds/org:postIn ?c }", s -> with(iri(s, "e"), e -> e.postCountries.add(iri(s, "c"))));
        run("SELECT ?p ?e WHERE { ?e org:holds ?p }", s -> with(iri(s, "p"), p -> p.holders.add(iri(s, "e"))));
        run("SELECT ?p ?c WHERE { ?p org:postIn ?c }", s -> with(iri(s, "p"), p -> p.within.add(iri(s, "c"))));
        run("SELECT ?e ?d WHERE { ?e org:headOf ?d }", s -> {
            with(iri(s, "d"), d -> d.heads.add(iri(s, "e")));
            with(iri(s, "e"), e -> e.headOf.add(iri(s, "d")));
        });
        run("SELECT ?e ?c WHERE { ?e schema:containedInPlace ?c }", s -> with(iri(s, "e"), e -> e.within.add(iri(s, "c"))));
        run("SELECT ?e ?c WHERE { ?e etkg:delegationOf ?c }", s -> with(iri(s, "e"), e -> e.delegationOf.add(iri(s, "c"))));
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
        String inArticles = "FILTER (STRSTARTS(STR(?g), \"" + articleGraphs + "\"))";
        run("""
                SELECT ?g ?e ?type ?label ?st WHERE {
                  GRAPH ?g { ?e a sem:Event ; sem:eventType ?type ; rdfs:label ?label
                             OPTIONAL { ?e a ?st FILTER (?st = etkg:Statement) } } %s
                } ORDER BY ?e""".formatted(inArticles), s -> {
            String iri = iri(s, "e");
            Event e = events.computeIfAbsent(iri, k -> new Event(k, articleOf(iri(s, "g")), s.contains("st")));
            e.label = lex(s, "label");
            e.type = iri(s, "type");
        });
        run("SELECT ?e ?p WHERE { ?e sem:hasPlace ?p }", s -> withEvent(s, e -> e.place = iri(s, "p")));
        run("SELECT ?e ?w WHERE { ?e sem:subEventOf ?w }", s -> withEvent(s, e -> e.partOf = iri(s, "w")));
        run("SELECT ?e ?s ?o WHERE { ?e etkg:inSeries ?s OPTIONAL { ?e etkg:ordinal ?o } }", s -> withEvent(s, e -> {
            e.series = iri(s, "s");
            e.ordinal = s.contains("o") ? s.getLiteral("o").getInt() : null;
        }));
        run("SELECT ?e ?m WHERE { ?e etkg:modality ?m }", s -> withEvent(s, e -> e.modality = iri(s, "m")));
        run("SELECT ?e ?x WHERE { ?e schema:text ?x }", s -> withEvent(s, e -> e.text = lex(s, "x")));
        run("SELECT ?e ?a WHERE { ?e sem:accordingTo ?a }", s -> withEvent(s, e -> e.sources.add(iri(s, "a"))));
        run("SELECT ?e ?a ?rt WHERE { ?e sem:hasActor ?r . ?r rdf:value ?a ; sem:roleType ?rt }", s -> withEvent(s, e -> {
            String role = iri(s, "rt");
            role = role.substring(role.lastIndexOf('/') + 1);
            e.roles.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(iri(s, "a"));
            if (role.equals("speaker")) {
                e.speaker = iri(s, "a");
            }
            with(iri(s, "a"), a -> a.events.add(e.iri));
        }));
        run("SELECT ?e ?s WHERE { ?e etkg:inSeries ?s }", s -> with(iri(s, "s"), c -> c.seriesOf.add(iri(s, "e"))));
        run("""
                SELECT ?e ?p ?d WHERE {
                  VALUES ?p { sem:hasTimeStamp sem:hasBeginTimeStamp sem:hasEndTimeStamp
                              sem:hasEarliestBeginTimeStamp sem:hasLatestEndTimeStamp }
                  ?e ?p ?d }""", s -> withEvent(s, e -> time(e, iri(s, "p"), LocalDate.parse(lex(s, "d")))));
        run("""
                SELECT ?e ?y ?m ?d WHERE { ?e sem:hasTime ?t . ?t time:inDateTime|time:hasDateTimeDescription ?desc .
                  OPTIONAL { ?desc time:year ?y } OPTIONAL { ?desc time:month ?m } OPTIONAL { ?desc time:day ?d } }""",
                s -> withEvent(s, e -> written(e, digits(lex(s, "y")), digits(lex(s, "m")), digits(lex(s, "d")))));
        run("""
                SELECT ?e ?gap ?before WHERE { ?e sem:hasTime ?t . ?before sem:hasTime ?bt . ?bt time:before ?t ; etkg:minimumGap ?gap }""",
                s -> withEvent(s, e -> {
                    e.gapSince = lex(s, "gap");
                    e.gapFrom = iri(s, "before");
                }));
        // How much its article says of it: the representative of a cluster is its richest member.
        run("""
                SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event . ?e ?p ?o } %s } GROUP BY ?e""".formatted(inArticles),
                s -> withEvent(s, e -> e.richness = s.getLiteral("n").getInt()));
        run("""
                SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e sem:hasActor ?r . ?r ?p ?o } %s } GROUP BY ?e""".formatted(inArticles),
                s -> withEvent(s, e -> e.richness += s.getLiteral("n").getInt()));
        // A statement without a time of its own is placed by the event it is about, for comparing.
        Map<String, String> about = new HashMap<>();
        run("SELECT ?e ?x WHERE { ?e a etkg:Statement ; schema:about ?x . ?x a sem:Event }", s -> about.putIfAbsent(iri(s, "e"), iri(s, "x")));
        run("SELECT ?e ?x WHERE { ?e a etkg:Statement ; schema:about ?x . ?x a sem:Event }",
                s -> withEvent(s, e -> e.aboutEvents.add(iri(s, "x"))));
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
