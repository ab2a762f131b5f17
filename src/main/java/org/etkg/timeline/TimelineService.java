package org.etkg.timeline;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.EtkgException;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Scheme;
import org.etkg.placing.Placing;
import org.etkg.placing.TimelineKeys;
import org.etkg.resolve.Identity;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/**
 * Builds the timeline from the store (never from facts files), so it covers every loaded
 * article: the filters find the events, the timeline index ({@link TimelineKeys}, written at
 * load) orders and pages them, and only the page's entries are read in full with SPARQL and
 * placed by the rules of {@link Placing}. Filter values reach SPARQL only as bound values.
 */
public final class TimelineService {
    private final EtkgStore store;
    private final IriScheme iris;
    private final String prefixes;
    /** Queries run many times with other bound values are parsed once. */
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public TimelineService(EtkgStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
        this.prefixes = Vocab.sparqlPrefixes(iris);
    }

    /**
     * The entries that pass the filter, in time order; undated entries last, in article order.
     * What several articles report as the same event is one entry (see {@link Identity}).
     */
    public List<TimelineEntry> timeline(TimelineFilter filter) {
        return page(filter, Paging.ALL).entries();
    }

    /** The events that pass the filter's actor, place, type and modality, with their clusters; null for every event. */
    private Set<String> matching(DatasetGraph dsg, TimelineFilter filter, Identity identity) {
        Set<String> keep = null;
        if (filter.actor() != null) {
            List<Node> actors = new ArrayList<>();
            List<String> named = new ArrayList<>();
            resolve(dsg, filter.actor(), "actor", "?x sem:hasActor/rdf:value ?match .").forEach(n -> named.add(n.getURI()));
            // Every article's IRI for the same person or organisation.
            identity.expand(named).forEach(i -> actors.add(NodeFactory.createURI(i)));
            keep = select(dsg, "?event sem:hasActor/rdf:value ?filter .", actors);
        }
        if (filter.place() != null) {
            List<Node> places = resolve(dsg, filter.place(), "place", "?x sem:hasPlace/schema:containedInPlace* ?match .");
            Set<String> atPlace = select(dsg, "?event sem:hasPlace/schema:containedInPlace* ?filter .", places);
            keep = keep == null ? atPlace : intersect(keep, atPlace);
        }
        if (filter.type() != null) {
            // A type includes its narrower types: "meeting" finds committee rounds too.
            List<Node> types = concepts(dsg, Scheme.EVENT_TYPE, filter.type(), "type", "event types", true);
            Set<String> ofType = select(dsg, "?event sem:eventType ?filter .", types);
            keep = keep == null ? ofType : intersect(keep, ofType);
        }
        if (filter.modality() != null) {
            List<Node> modalities = concepts(dsg, Scheme.MODALITY, filter.modality(), "modality", "modalities", false);
            Set<String> withModality = select(dsg, "?event etkg:modality ?filter .", modalities);
            keep = keep == null ? withModality : intersect(keep, withModality);
        }
        return keep == null ? null : identity.expand(keep);
    }

    /**
     * One page of the timeline: the entries that pass the filter, from the offset or after
     * the cursor's entry, at most the limit. The entries are sorted by the timeline index
     * (each event's key, written when its article was loaded) and only the page's entries
     * are read in full, so a page of a long timeline costs about as much as a short one. A
     * cursor whose entry is no longer shown (the store changed under it) is refused, so that
     * a reader never silently skips entries.
     */
    public TimelinePage page(TimelineFilter filter, Paging paging) {
        return store.read(dsg -> {
            long t0 = System.nanoTime();
            Identity identity = Identity.read(dsg, iris);
            long t1 = System.nanoTime();
            Set<String> keep = matching(dsg, filter, identity);
            long t2 = System.nanoTime();
            Map<String, TimelineKeys.Key> keys = keys(dsg, keep);
            long t3 = System.nanoTime();
            Comparator<String> byKey = Comparator.comparing((String e) -> keys.get(e).sortKey()).thenComparing(e -> e);
            // One entry per cluster, where its representative stands (or, when that is not shown, its first member).
            Map<String, List<String>> clusters = new HashMap<>();
            keys.keySet().forEach(e -> clusters.computeIfAbsent(identity.representative(e), k -> new ArrayList<>()).add(e));
            List<String> primaries = new ArrayList<>();
            clusters.forEach((rep, members) -> primaries.add(keys.containsKey(rep) ? rep : members.stream().min(byKey).orElseThrow()));
            if (filter.from() != null || filter.to() != null) {
                primaries.removeIf(p -> !overlaps(keys.get(p), filter.from(), filter.to()));
            }
            primaries.sort(byKey);
            partsAfterWholes(dsg, primaries, keys, identity);
            int start = paging.offset();
            if (paging.after() != null) {
                String iri = Paging.entryOf(paging.after());
                String cluster = identity.representative(iri);
                start = -1;
                for (int i = 0; i < primaries.size(); i++) {
                    if (identity.representative(primaries.get(i)).equals(cluster)) {
                        start = i + 1;
                        break;
                    }
                }
                if (start < 0) {
                    throw EtkgException.usage("after: the cursor's entry is not in this timeline (another filter, or the store "
                            + "changed); start again without after");
                }
            }
            start = Math.min(start, primaries.size());
            int end = paging.limit() == null ? primaries.size() : (int) Math.min(primaries.size(), (long) start + paging.limit());
            List<String> shown = primaries.subList(start, end);
            long t4 = System.nanoTime();
            Map<String, Integer> position = new HashMap<>();
            Set<String> wanted = new LinkedHashSet<>();
            for (int i = 0; i < shown.size(); i++) {
                String rep = identity.representative(shown.get(i));
                position.put(rep, i);
                wanted.addAll(clusters.get(rep));
            }
            List<TimelineEntry> entries = new ArrayList<>();
            if (!wanted.isEmpty()) {
                // The page's events, and those their times are placed by (one step is enough in practice).
                Set<String> collected = new LinkedHashSet<>(wanted);
                collected.addAll(related(dsg, wanted));
                entries = order(collect(dsg, collected));
                entries.removeIf(e -> !wanted.contains(e.iri()));
                entries = merge(entries, identity);
                entries.sort(Comparator.comparingInt(e -> position.getOrDefault(identity.representative(e.iri()), Integer.MAX_VALUE)));
            }
            String next = end < primaries.size() && end > 0 ? Paging.cursorAfter(primaries.get(end - 1)) : null;
            if (System.getProperty("etkg.trace") != null) {
                System.err.printf("timeline page: identity %d ms, filter %d ms, keys %d ms, sort and page %d ms, entries %d ms%n",
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                        (System.nanoTime() - t4) / 1_000_000);
            }
            return new TimelinePage(entries, primaries.size(), start, next);
        });
    }

    private static boolean overlaps(TimelineKeys.Key key, LocalDate from, LocalDate to) {
        return key.firstDay() != null && (from == null || !key.lastDay().isBefore(from)) && (to == null || !key.firstDay().isAfter(to));
    }

    /**
     * A part on the same day as its whole comes after it, whichever report placed which: in one
     * article its key already says so, across articles only this rule does.
     */
    private void partsAfterWholes(DatasetGraph dsg, List<String> primaries, Map<String, TimelineKeys.Key> keys, Identity identity) {
        // Parts are few: one scan of them all costs less than a lookup for every entry.
        Map<String, String> partOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.subEventOf, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI()) {
                partOf.putIfAbsent(q.getSubject().getURI(), q.getObject().getURI());
            }
        });
        Map<String, String> wholeOf = new HashMap<>();
        if (!partOf.isEmpty()) {
            for (String p : primaries) {
                for (String member : identity.members(p)) {
                    String whole = partOf.get(member);
                    if (whole != null) {
                        wholeOf.putIfAbsent(p, identity.representative(whole));
                    }
                }
            }
        }
        Placing.partsAfterWholes(primaries, p -> wholeOf.containsKey(p) ? Set.of(wholeOf.get(p)) : Set.of(),
                identity::representative, (part, whole) -> sameDay(keys.get(part), keys.get(whole)));
    }

    private static boolean sameDay(TimelineKeys.Key a, TimelineKeys.Key b) {
        return a.sortKey().startsWith("0 ") && b.sortKey().startsWith("0 ")
                && a.sortKey().substring(2, 12).equals(b.sortKey().substring(2, 12));
    }

    /**
     * The index keys of the given events (every event when null). An event loaded before the
     * index existed has none: its keys are computed from its graphs now, and `etkg validate`
     * says that the store needs a reload.
     */
    private Map<String, TimelineKeys.Key> keys(DatasetGraph dsg, Set<String> events) {
        Terms t = iris.terms();
        Map<String, String> sortKeys = new HashMap<>();
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Set<String> wanted = events;
        if (events == null) {
            wanted = new LinkedHashSet<>();
            Set<String> all = wanted;
            dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Event).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    all.add(q.getSubject().getURI());
                }
            });
            dsg.find(Node.ANY, Node.ANY, t.timelineKey, Node.ANY).forEachRemaining(q -> sortKeys.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            dsg.find(Node.ANY, Node.ANY, t.timelineFirstDay, Node.ANY).forEachRemaining(q -> first.put(q.getSubject().getURI(), LocalDate.parse(q.getObject().getLiteralLexicalForm())));
            dsg.find(Node.ANY, Node.ANY, t.timelineLastDay, Node.ANY).forEachRemaining(q -> last.put(q.getSubject().getURI(), LocalDate.parse(q.getObject().getLiteralLexicalForm())));
        } else {
            for (String e : events) {
                // Three index lookups: an event has many other quads that need not be read.
                Node n = NodeFactory.createURI(e);
                dsg.find(Node.ANY, n, t.timelineKey, Node.ANY).forEachRemaining(q -> sortKeys.put(e, q.getObject().getLiteralLexicalForm()));
                dsg.find(Node.ANY, n, t.timelineFirstDay, Node.ANY)
                        .forEachRemaining(q -> first.put(e, LocalDate.parse(q.getObject().getLiteralLexicalForm())));
                dsg.find(Node.ANY, n, t.timelineLastDay, Node.ANY)
                        .forEachRemaining(q -> last.put(e, LocalDate.parse(q.getObject().getLiteralLexicalForm())));
            }
        }
        Map<String, TimelineKeys.Key> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : wanted) {
            String k = sortKeys.get(e);
            if (k == null) {
                missing.add(e);
            } else {
                out.put(e, new TimelineKeys.Key(k, first.get(e), last.get(e)));
            }
        }
        if (!missing.isEmpty()) {
            out.putAll(computedKeys(dsg, missing));
        }
        return out;
    }

    /** Keys computed from the graphs that describe the events, for a store loaded before the index. */
    private Map<String, TimelineKeys.Key> computedKeys(DatasetGraph dsg, Set<String> events) {
        Map<Node, Set<String>> byGraph = new LinkedHashMap<>();
        for (String e : events) {
            dsg.find(Node.ANY, NodeFactory.createURI(e), Vocab.RDF_TYPE, Vocab.Sem.Event)
                    .forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new LinkedHashSet<>()).add(e));
        }
        Map<String, TimelineKeys.Key> out = new HashMap<>();
        Map<String, List<org.apache.jena.graph.Graph>> articles = TimelineKeys.storedArticles(dsg, iris);
        String articlePrefix = iris.articleGraphPrefix();
        byGraph.forEach((graph, members) -> {
            boolean article = graph.isURI() && graph.getURI().startsWith(articlePrefix);
            List<org.apache.jena.graph.Graph> graphs = article
                    ? articles.get(graph.getURI().substring(articlePrefix.length())) : List.of(dsg.getGraph(graph));
            TimelineKeys.of(graphs, iris.terms()).forEach((e, key) -> {
                if (members.contains(e)) {
                    out.put(e, key);
                }
            });
        });
        // An event typed in no graph at all (a union-only view): last, in IRI order.
        for (String e : events) {
            out.putIfAbsent(e, new TimelineKeys.Key("1 " + e, null, null));
        }
        return out;
    }

    /**
     * The names of the actors and places that events have, for suggestions: each label and
     * alternative label with its folded words. Read from the indexes (role values, places
     * and the places they lie in), not by one large query.
     */
    public record Names(List<String[]> actors, List<String[]> places) {
        /** Labels whose folded words (or the whole label) start with the folded text, shortest first. */
        public Map<String, List<String>> suggest(String typed, int max) {
            String wanted = key(typed);
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put("actors", wanted.isEmpty() ? List.of() : matching(actors, wanted, max));
            out.put("places", wanted.isEmpty() ? List.of() : matching(places, wanted, max));
            return out;
        }

        private static List<String> matching(List<String[]> names, String wanted, int max) {
            Set<String> labels = new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            for (String[] n : names) {
                for (int i = 1; i < n.length; i++) {
                    if (n[i].startsWith(wanted)) {
                        labels.add(n[0]);
                        break;
                    }
                }
            }
            return labels.stream().limit(max).toList();
        }
    }

    public Names names() {
        return store.read(dsg -> {
            Set<Node> actors = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.Sem.roleType, Node.ANY).forEachRemaining(role ->
                    dsg.find(Node.ANY, role.getSubject(), Vocab.RDF_VALUE, Node.ANY).forEachRemaining(v -> {
                        if (v.getObject().isURI()) {
                            actors.add(v.getObject());
                        }
                    }));
            Set<Node> places = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.Sem.hasPlace, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
            while (!todo.isEmpty()) {
                Node place = todo.remove(todo.size() - 1);
                if (place.isURI() && places.add(place)) {
                    dsg.find(Node.ANY, place, Vocab.Schema.containedInPlace, Node.ANY).forEachRemaining(q -> todo.add(q.getObject()));
                }
            }
            return new Names(labelled(dsg, actors), labelled(dsg, places));
        });
    }

    private static List<String[]> labelled(DatasetGraph dsg, Set<Node> things) {
        Set<String> labels = new TreeSet<>();
        for (Node x : things) {
            for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL)) {
                dsg.find(Node.ANY, x, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        labels.add(q.getObject().getLiteralLexicalForm());
                    }
                });
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String label : labels) {
            List<String> keys = new ArrayList<>(List.of(label, key(label)));
            for (String word : label.split("[\\s\\p{Punct}]+")) {
                if (!word.isEmpty()) {
                    keys.add(key(word));
                }
            }
            out.add(keys.toArray(String[]::new));
        }
        return out;
    }

    /**
     * The concepts of a scheme that a value names: its IRI, its id (the IRI's last part) or
     * one of its labels, folded; with {@code narrower}, every concept below them too.
     */
    private List<Node> concepts(DatasetGraph dsg, Scheme scheme, String value, String what, String all, boolean narrower) {
        Map<String, Node> bound = Map.of("scheme", iris.schemeNode(scheme));
        Set<Node> named = new LinkedHashSet<>();
        Set<String> known = new TreeSet<>();
        String wanted = key(value);
        run(dsg, """
                SELECT ?c ?l WHERE { ?c skos:inScheme ?scheme OPTIONAL { ?c skos:prefLabel|skos:altLabel|rdfs:label ?l } }""",
                bound, s -> {
                    Node c = s.get("c").asNode();
                    String id = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
                    known.add(id);
                    String label = s.contains("l") ? s.getLiteral("l").getLexicalForm() : null;
                    if (c.getURI().equals(value) || key(id).equals(wanted) || label != null && key(label).equals(wanted)) {
                        named.add(c);
                    }
                });
        if (named.isEmpty()) {
            throw EtkgException.usage("unknown " + what + " '" + shorten(value) + "'; the " + all + " are: " + String.join(", ", known));
        }
        if (!narrower) {
            return new ArrayList<>(named);
        }
        Set<Node> withNarrower = new LinkedHashSet<>(named);
        for (Node c : named) {
            run(dsg, "SELECT ?n WHERE { ?n skos:broader+ ?given }", Map.of("given", c), s -> withNarrower.add(s.get("n").asNode()));
        }
        return new ArrayList<>(withNarrower);
    }

    /**
     * One entry per cluster of the same event, where its representative stands, listing every
     * member and reporting article, and each value on which their reports differ with its source.
     */
    private static List<TimelineEntry> merge(List<TimelineEntry> entries, Identity identity) {
        Map<String, List<TimelineEntry>> groups = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            groups.computeIfAbsent(identity.representative(e.iri()), k -> new ArrayList<>()).add(e);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry e : entries) {
            String rep = identity.representative(e.iri());
            List<TimelineEntry> group = groups.get(rep);
            if (group.size() == 1) {
                out.add(e);
                continue;
            }
            TimelineEntry primary = group.stream().filter(x -> x.iri().equals(rep)).findFirst().orElse(group.get(0));
            if (e == primary) {
                out.add(primary.withReports(reports(group)));
            }
        }
        return out;
    }

    private static TimelineEntry.Reports reports(List<TimelineEntry> group) {
        Set<String> sameAs = new java.util.TreeSet<>();
        Set<String> articles = new java.util.TreeSet<>();
        Map<String, Set<String>> dates = new LinkedHashMap<>();
        Map<String, Set<String>> places = new LinkedHashMap<>();
        for (TimelineEntry e : group) {
            sameAs.add(e.iri());
            String article = e.article() == null ? e.iri() : e.article();
            articles.add(article);
            String source = article.substring(article.lastIndexOf('/') + 1);
            // Written or resolved by another source, the same day is the same: compare the days.
            String date = DateDisplay.resolved(e).replace("[", "").replace("]", "");
            if (!date.isEmpty()) {
                dates.computeIfAbsent(date, k -> new java.util.TreeSet<>()).add(source);
            }
            if (e.place() != null) {
                places.computeIfAbsent(e.place(), k -> new java.util.TreeSet<>()).add(source);
            }
        }
        List<String> differences = new ArrayList<>();
        if (dates.size() > 1) {
            differences.add("date: " + perSource(dates));
        }
        Set<String> placeKeys = new java.util.HashSet<>();
        places.keySet().forEach(p -> placeKeys.add(key(p)));
        if (placeKeys.size() > 1) {
            differences.add("place: " + perSource(places));
        }
        List<TimelineEntry> members = new ArrayList<>(group);
        members.sort(java.util.Comparator.comparing(TimelineEntry::iri));
        return new TimelineEntry.Reports(new ArrayList<>(sameAs), new ArrayList<>(articles), differences, members);
    }

    private static String perSource(Map<String, Set<String>> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((value, sources) -> parts.add(value + " per " + String.join(", ", sources)));
        return String.join("; ", parts);
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }


    /** Events whose times are related to these events' times, and their parts and wholes. */
    private Set<String> related(DatasetGraph dsg, Set<String> events) {
        Set<String> out = new LinkedHashSet<>();
        // Simple patterns that start from the given events, so that each is an index lookup.
        String[] patterns = {
            "?event sem:hasTime ?t . ?t ?rel ?ot . ?other sem:hasTime ?ot . FILTER (?rel IN (time:before, time:after, etkg:coincidesWith))",
            "?event sem:hasTime ?t . ?ot ?rel ?t . ?other sem:hasTime ?ot . FILTER (?rel IN (time:before, time:after, etkg:coincidesWith))",
            "?event sem:subEventOf ?other .",
            "?other sem:subEventOf ?event ."};
        for (String pattern : patterns) {
            forChunks(events, chunk -> run(dsg, "SELECT ?other WHERE { " + pattern + " }", Map.of(), chunk,
                    s -> out.add(s.getResource("other").getURI())));
        }
        out.removeAll(events);
        return out;
    }

    private static void forChunks(Set<String> events, Consumer<List<Node>> action) {
        List<Node> chunk = new ArrayList<>();
        for (String e : events) {
            chunk.add(NodeFactory.createURI(e));
            if (chunk.size() == 500) {
                action.accept(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            action.accept(chunk);
        }
    }


    /**
     * Actors or places whose IRI, label or alternative label matches the given name: first
     * the exact label (an index lookup, the name bound as a value), then any label that folds
     * to the same letters and digits ("Nooruddin Azizi", "noor-ud-din azizi").
     */
    private List<Node> resolve(DatasetGraph dsg, String nameOrIri, String what, String usedPattern) {
        List<Node> found = new ArrayList<>();
        if (nameOrIri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            Node iri = NodeFactory.createURI(nameOrIri);
            run(dsg, "SELECT ?match WHERE { " + usedPattern + " } LIMIT 1", Map.of("match", iri),
                    s -> found.add(iri));
        } else {
            for (Node name : List.of(NodeFactory.createLiteralLang(nameOrIri, "en"), NodeFactory.createLiteralString(nameOrIri))) {
                // EXISTS stops at the first use: a much-cited person takes part in thousands of events.
                run(dsg, "SELECT DISTINCT ?match WHERE { ?match rdfs:label|skos:altLabel|skos:prefLabel ?name . FILTER EXISTS { "
                                + usedPattern + " } }",
                        Map.of("name", name), s -> found.add(s.get("match").asNode()));
            }
            if (found.isEmpty()) {
                String key = key(nameOrIri);
                java.util.function.Predicate<String> personNamed = Identity.nameOf(nameOrIri);
                Set<Node> matches = new LinkedHashSet<>();
                run(dsg, "SELECT DISTINCT ?match ?l ?person WHERE { " + usedPattern
                                + " ?match rdfs:label|skos:altLabel|skos:prefLabel ?l OPTIONAL { ?match a schema:Person BIND (true AS ?person) } }",
                        Map.of(), s -> {
                            String label = s.getLiteral("l").getLexicalForm();
                            // The same name folded, or a person's name borne by several: "Azizi" names every Azizi.
                            if (key(label).equals(key) || s.contains("person") && personNamed.test(label)) {
                                matches.add(s.get("match").asNode());
                            }
                        });
                found.addAll(matches);
            }
        }
        if (found.isEmpty()) {
            Set<String> names = new TreeSet<>();
            run(dsg, "SELECT DISTINCT ?l WHERE { " + usedPattern + " ?match rdfs:label ?l } LIMIT 50", Map.of(),
                    s -> names.add(s.getLiteral("l").getLexicalForm()));
            throw EtkgException.usage("no " + what + " named '" + shorten(nameOrIri) + "' takes part in any event; "
                    + what + "s include: " + String.join(", ", names));
        }
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    /** Folds a name for matching: "Noor-ud-Din Azizi" and "Nooruddin Azizi" both become "nooruddinazizi". */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The events the pattern finds for any of the values of ?filter: one query per 500 values, each evaluated per value. */
    private Set<String> select(DatasetGraph dsg, String pattern, List<Node> values) {
        Set<String> events = new LinkedHashSet<>();
        for (int from = 0; from < values.size(); from += 500) {
            run(dsg, "SELECT DISTINCT ?event WHERE { " + pattern + " }", Map.of(), "filter",
                    values.subList(from, Math.min(values.size(), from + 500)), s -> events.add(s.getResource("event").getURI()));
        }
        return events;
    }

    private void run(DatasetGraph dsg, String select, Map<String, Node> bindings, Consumer<QuerySolution> each) {
        run(dsg, select, bindings, null, each);
    }

    /**
     * Runs a query with values bound (never pasted into its text) and, when {@code events} is
     * given, restricted to those events by a VALUES block placed first in its pattern.
     */
    private void run(DatasetGraph dsg, String select, Map<String, Node> bindings, List<Node> events,
                     Consumer<QuerySolution> each) {
        run(dsg, select, bindings, "event", events, each);
    }

    private void run(DatasetGraph dsg, String select, Map<String, Node> bindings, String variable, List<Node> events,
                     Consumer<QuerySolution> each) {
        Query query = events == null ? parsed.computeIfAbsent(select, k -> QueryFactory.create(prefixes + k))
                : QueryFactory.create(prefixes + select);
        if (events != null) {
            ElementData data = new ElementData();
            Var event = Var.alloc(variable);
            data.add(event);
            events.forEach(e -> data.add(BindingFactory.binding(event, e)));
            // VALUES, then the pattern evaluated LATERAL for each event: index lookups for the
            // given events, where a plain join would evaluate the pattern over the whole store.
            ElementGroup lateral = new ElementGroup();
            lateral.addElement(data);
            lateral.addElement(new ElementLateral(query.getQueryPattern()));
            query.setQueryPattern(lateral);
        }
        long t0 = System.nanoTime();
        UnionQuery.select(dsg, query, bindings, each);
        // -Detkg.trace prints each timeline query's time: the way to see which one a large store makes slow.
        if (System.getProperty("etkg.trace") != null) {
            System.err.printf("%6.1f ms %s%n", (System.nanoTime() - t0) / 1e6, select.replaceAll("\\s+", " ").substring(0, Math.min(90, select.replaceAll("\\s+", " ").length())));
        }
    }

    /** Mutable while the timeline is gathered; becomes an immutable {@link TimelineEntry}. */
    /** Mutable while the timeline is gathered; becomes an immutable {@link TimelineEntry}. The ordering fields are {@link Placing.Item}'s. */
    private static final class Builder extends Placing.Item {
        String label;
        boolean statement;
        String type;
        String asWritten;
        final Set<String> resolvedBy = new TreeSet<>();
        String placeIri;
        String place;
        final Map<String, TimelineEntry.Participant> participants = new LinkedHashMap<>();
        final List<String[]> roles = new ArrayList<>();
        String sourceIri;
        String source;
        String modality;
        String text;
        String quote;
    }

    /** Gathers the events (all of them when {@code only} is null) and everything shown about them. */
    private Map<String, Builder> collect(DatasetGraph dsg, Set<String> only) {
        Map<String, Builder> events = new LinkedHashMap<>();
        if (only == null) {
            collectChunk(dsg, null, events);
        } else {
            forChunks(only, chunk -> collectChunk(dsg, chunk, events));
        }
        labelPlacesAndActors(dsg, events);
        events.values().forEach(Placing::writtenDates);
        return events;
    }

    /**
     * Labels of places and actors, looked up once per resource and stopping at the first:
     * every article that names a person declares its label again, so a popular name has as
     * many labels in the union graph as it has articles.
     */
    private void labelPlacesAndActors(DatasetGraph dsg, Map<String, Builder> events) {
        Map<String, String> labels = new HashMap<>();
        java.util.function.Function<String, String> label = iri -> labels.computeIfAbsent(iri, k -> {
            String[] found = {null};
            run(dsg, "SELECT ?l WHERE { ?x rdfs:label ?l } LIMIT 1", Map.of("x", NodeFactory.createURI(k)),
                    s -> found[0] = lex(s, "l"));
            return found[0] == null ? k : found[0];
        });
        for (Builder b : events.values()) {
            if (b.placeIri != null) {
                b.place = label.apply(b.placeIri);
            }
            b.roles.sort(java.util.Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> label.apply(r[0])));
            for (String[] r : b.roles) {
                b.participants.putIfAbsent(r[0] + " " + r[1], new TimelineEntry.Participant(r[0], label.apply(r[0]), r[1]));
            }
        }
    }

    private void collectChunk(DatasetGraph dsg, List<Node> chunk, Map<String, Builder> events) {
        BiConsumerQuery q = (text, each) -> run(dsg, text, Map.of(), chunk, each);
        collectInto(q, events);
    }

    @FunctionalInterface
    private interface BiConsumerQuery {
        void run(String select, Consumer<QuerySolution> each);
    }

    private void collectInto(BiConsumerQuery q, Map<String, Builder> events) {
        q.run("SELECT ?event ?label WHERE { ?event a sem:Event ; rdfs:label ?label }", s -> {
            Builder b = events.computeIfAbsent(s.getResource("event").getURI(), k -> new Builder());
            b.iri = s.getResource("event").getURI();
            b.label = b.label == null ? s.getLiteral("label").getLexicalForm() : b.label;
        });
        q.run("SELECT ?event WHERE { ?event a etkg:Statement }", s -> with(events, s, b -> b.statement = true));
        q.run("SELECT ?event ?type WHERE { ?event a sem:Event ; sem:eventType ?et . ?et skos:prefLabel ?type }",
                s -> with(events, s, b -> b.type = lex(s, "type")));
        q.run("""
                SELECT ?event ?w ?y ?m ?d WHERE { ?event a sem:Event ; sem:hasTime ?t .
                  OPTIONAL { ?t etkg:asWritten ?w }
                  OPTIONAL { ?t time:inDateTime|time:hasDateTimeDescription ?desc .
                    OPTIONAL { ?desc time:year ?y } OPTIONAL { ?desc time:month ?m } OPTIONAL { ?desc time:day ?d } } }""",
                s -> with(events, s, b -> {
                    b.asWritten = lex(s, "w");
                    b.year = s.contains("y") ? Integer.valueOf(lex(s, "y").replaceAll("\\D", "")) : null;
                    b.month = s.contains("m") ? Integer.valueOf(lex(s, "m").replaceAll("\\D", "")) : null;
                    b.day = s.contains("d") ? Integer.valueOf(lex(s, "d").replaceAll("\\D", "")) : null;
                }));
        q.run("""
                SELECT ?event ?p ?v ?by WHERE { ?event a sem:Event .
                  GRAPH ?g { ?event ?p ?v }
                  FILTER (?p IN (sem:hasTimeStamp, sem:hasBeginTimeStamp, sem:hasEndTimeStamp,
                                 sem:hasEarliestBeginTimeStamp, sem:hasLatestEndTimeStamp))
                  OPTIONAL { ?g prov:wasDerivedFrom/rdfs:label ?by } }""", s -> with(events, s, b -> {
                    LocalDate v = LocalDate.parse(lex(s, "v"));
                    switch (s.getResource("p").getLocalName()) {
                        case "hasTimeStamp" -> b.date = v;
                        case "hasBeginTimeStamp" -> b.begin = v;
                        case "hasEndTimeStamp" -> b.end = v;
                        case "hasEarliestBeginTimeStamp" -> b.earliestBegin = v;
                        default -> b.latestEnd = v;
                    }
                    if (s.contains("by")) {
                        b.resolvedBy.add(lex(s, "by"));
                    }
                }));
        q.run("""
                SELECT ?event ?rel ?other ?gap WHERE { ?event a sem:Event ; sem:hasTime ?t . ?t ?rel ?ot .
                  FILTER (?rel IN (time:before, time:after, etkg:coincidesWith))
                  ?other sem:hasTime ?ot . OPTIONAL { ?t etkg:minimumGap ?gap } }""",
                s -> with(events, s, b -> b.relations.add(new Placing.Relation(
                    s.getResource("rel").getLocalName(), s.getResource("other").getURI(), lex(s, "gap")))));
        q.run("SELECT ?event ?place WHERE { ?event a sem:Event ; sem:hasPlace ?place }",
                s -> with(events, s, b -> b.placeIri = s.getResource("place").getURI()));
        q.run("""
                SELECT ?event ?actor ?role WHERE { ?event a sem:Event ; sem:hasActor ?r .
                  ?r rdf:value ?actor ; sem:roleType ?rt . ?rt skos:prefLabel ?role }""",
                s -> with(events, s, b -> b.roles.add(new String[] {s.getResource("actor").getURI(), lex(s, "role")})));
        q.run("""
                SELECT ?event ?source ?label ?body WHERE { ?event a sem:Event ; sem:accordingTo ?source .
                  OPTIONAL { ?source rdfs:label ?label } OPTIONAL { ?source schema:articleBody ?body } }""", s -> with(events, s, b -> {
                    b.sourceIri = s.getResource("source").getURI();
                    b.source = s.contains("body") ? "the article" : lex(s, "label");
                }));
        q.run("SELECT ?event ?m WHERE { ?event a sem:Event ; etkg:modality ?mc . ?mc skos:prefLabel ?m }",
                s -> with(events, s, b -> b.modality = lex(s, "m")));
        q.run("SELECT ?event ?text WHERE { ?event a sem:Event ; schema:text ?text }",
                s -> with(events, s, b -> b.text = lex(s, "text")));
        q.run("SELECT ?event ?parent WHERE { ?event a sem:Event ; sem:subEventOf ?parent }",
                s -> with(events, s, b -> b.partOf = s.getResource("parent").getURI()));
        q.run("""
                SELECT ?event ?exact ?start ?article WHERE { ?event a sem:Event . ?a oa:hasBody ?event ; oa:hasTarget ?t .
                  ?t oa:hasSource ?article ; oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start }""",
                s -> with(events, s, b -> {
                    int start = s.getLiteral("start").getInt();
                    if (start < b.quoteStart) {
                        b.quoteStart = start;
                        b.quote = lex(s, "exact");
                        b.article = s.getResource("article").getURI();
                    }
                }));
    }

    private static void with(Map<String, Builder> events, QuerySolution s, Consumer<Builder> action) {
        Builder b = events.get(s.getResource("event").getURI());
        if (b != null) {
            action.accept(b);
        }
    }

    private static String lex(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /**
     * Places every entry: by its resolved date or interval; else by its bounds; else by the
     * events it is related to (after, before, coinciding, part of), repeated until nothing
     * changes. Ties: what comes before another first, parts after their whole, "after" last.
     */
    private static List<TimelineEntry> order(Map<String, Builder> events) {
        Placing.place(events);
        Map<String, String> labels = new HashMap<>();
        events.values().forEach(b -> labels.put(b.iri, b.label));
        List<TimelineEntry> entries = new ArrayList<>();
        List<Builder> sorted = new ArrayList<>(events.values());
        sorted.sort(Placing.ORDER);
        for (Builder b : sorted) {
            List<TimelineEntry.Relation> relations = new ArrayList<>();
            for (Placing.Relation r : b.relations) {
                relations.add(new TimelineEntry.Relation(r.kind(), r.other(), labels.getOrDefault(r.other(), r.other()), r.gap()));
            }
            entries.add(new TimelineEntry(b.iri, b.label, b.statement, b.type, b.asWritten, b.year, b.month, b.day,
                    b.date, b.begin, b.end, b.earliest, b.latest, relations,
                    b.resolvedBy.isEmpty() ? null : String.join("; ", b.resolvedBy), b.anchor, b.placedBy,
                    b.placeIri, b.place, new ArrayList<>(b.participants.values()), b.sourceIri, b.source, b.modality,
                    b.text, b.quote, b.quoteStart == Integer.MAX_VALUE ? -1 : b.quoteStart, b.partOf,
                    b.partOf == null ? null : labels.get(b.partOf), b.article,
                    new TimelineEntry.Reports(List.of(b.iri), b.article == null ? List.of() : List.of(b.article), List.of(), List.of())));
        }
        return entries;
    }

}
