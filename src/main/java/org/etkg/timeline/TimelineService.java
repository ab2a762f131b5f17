package org.etkg.timeline;

import org.etkg.Trace;
import org.etkg.model.NameKey;
import org.etkg.index.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.EtkgException;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Scheme;
import org.etkg.placing.Placing;
import org.etkg.index.TimelineIndex;
import org.etkg.resolve.Identity;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.store.EtkgStore;
import org.etkg.store.QuadIds;
import org.etkg.store.StoreVersion;
import org.slf4j.Logger;

/**
 * Builds the timeline from the store (never from facts files), so it covers every loaded
 * article: the filters find the events, the timeline index ({@link TimelineIndex}, written at
 * load) orders and pages them by their keys and gives each shown entry, and the rules of
 * {@link Placing} put parts after their wholes. Filter values reach SPARQL only as bound values.
 */
public final class TimelineService {
    private static final Logger LOG = Trace.logger(TimelineService.class);

    private final EtkgStore store;
    private final IriScheme iris;
    private final String prefixes;
    /** Queries run many times with other bound values are parsed once. */
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether this service keeps the store's whole index in memory (a long-lived process). */
    private final boolean kept;
    private volatile InMemoryIndex memory;
    private final java.util.concurrent.atomic.AtomicBoolean building = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RuntimeException buildFailure;

    /** A service for a few requests (a command): each page reads what it needs from the store's index. */
    public TimelineService(EtkgStore store, IriScheme iris) {
        this(store, iris, false);
    }

    private TimelineService(EtkgStore store, IriScheme iris, boolean kept) {
        this.store = store;
        this.iris = iris;
        this.prefixes = Vocab.sparqlPrefixes(iris);
        this.kept = kept;
    }

    /**
     * A service for a process that answers many requests (`etkg serve`): it keeps the whole
     * timeline index in memory, read in the background now and again after each change to the
     * store, and answers from the store's index while that is being read. The first read begins
     * with {@link #startReading()} or with the first page asked for.
     */
    public static TimelineService keptInMemory(EtkgStore store, IriScheme iris) {
        return new TimelineService(store, iris, true);
    }

    /** Begins reading the index into memory in the background, as a server does once it listens. */
    public void startReading() {
        refresh();
    }

    /** Waits until the index in memory is current (for benchmarks and tests); false when the time ran out. */
    public boolean awaitMemory(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (buildFailure != null) {
                throw buildFailure;
            }
            boolean current = store.read(dsg -> {
                InMemoryIndex m = memory;
                return m != null && m.version.equals(StoreVersion.of(dsg));
            });
            if (current) {
                return true;
            }
            refresh();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Starts reading the index into memory, unless a read is under way. */
    private void refresh() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                memory = store.read(dsg -> InMemoryIndex.build(dsg, iris, events -> keys(dsg, events)));
                buildFailure = null;
                LOG.debug("timeline index in memory: {} events in {} ms", memory.size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // Pages go on from the store's index; the failure is reported to whoever waits for the memory.
                buildFailure = e;
            } finally {
                building.set(false);
            }
        }, "etkg-timeline-index");
        reader.setDaemon(true);
        reader.start();
    }

    /** The index in memory if it is current for the transaction on {@code dsg}; otherwise null, and a fresh one is started. */
    private InMemoryIndex current(DatasetGraph dsg) {
        if (!kept) {
            return null;
        }
        InMemoryIndex m = memory;
        if (m != null && m.version.equals(StoreVersion.of(dsg))) {
            return m;
        }
        refresh();
        return null;
    }

    /**
     * The entries that pass the filter, in time order; undated entries last, in article order.
     * What several articles report as the same event is one entry (see {@link Identity}).
     */
    public List<TimelineEntry> timeline(TimelineFilter filter) {
        return page(filter, Paging.ALL).entries();
    }

    /**
     * What a filter names, resolved to the store's resources: the actors (with every IRI their
     * clusters have), the places, the types with their narrower types, the modalities. A null
     * list is no condition.
     */
    record Selection(List<Node> actors, List<Node> places, List<Node> types, List<Node> modalities) {
        boolean isEmpty() {
            return actors == null && places == null && types == null && modalities == null;
        }
    }

    private Selection selection(DatasetGraph dsg, TimelineFilter filter, Identity identity, InMemoryIndex memory) {
        List<Node> actors = null;
        if (filter.actor() != null) {
            List<String> named = new ArrayList<>();
            (memory != null ? memory.named(dsg, filter.actor(), false)
                    : resolve(dsg, filter.actor(), "actor", "?x sem:hasActor/rdf:value ?match .")).forEach(n -> named.add(n.getURI()));
            // Every article's IRI for the same person or organisation.
            actors = new ArrayList<>();
            for (String i : identity.expand(named)) {
                actors.add(NodeFactory.createURI(i));
            }
        }
        List<Node> places = null;
        if (filter.place() != null) {
            List<String> named = new ArrayList<>();
            (memory != null ? memory.named(dsg, filter.place(), true)
                    : resolve(dsg, filter.place(), "place", "?x sem:hasPlace/schema:containedInPlace* ?match .")).forEach(n -> named.add(n.getURI()));
            // Every article's IRI for the same place, as the by-place lanes show it.
            places = new ArrayList<>();
            for (String i : identity.expand(named)) {
                places.add(NodeFactory.createURI(i));
            }
        }
        // A type includes its narrower types: "meeting" finds committee rounds too.
        List<Node> types = filter.type() == null ? null : eventTypes(dsg, memory, filter.type());
        List<Node> modalities = filter.modality() == null ? null
                : concepts(dsg, memory, Scheme.MODALITY, filter.modality(), "modality", "modalities", false);
        return new Selection(actors, places, types, modalities);
    }

    /**
     * The events that pass the selection, with their clusters; null for every event. Read from
     * TDB2's indexes by node id, decoding only the events found: a much-cited person takes
     * part in tens of thousands of events, each named in its own article's graph.
     */
    private Set<String> matching(DatasetGraph dsg, Selection selection, Identity identity) {
        if (selection.isEmpty()) {
            return null;
        }
        QuadIds q = new QuadIds(dsg);
        Set<NodeId> keep = null;
        if (selection.actors() != null) {
            Set<NodeId> roles = new HashSet<>();
            for (NodeId actor : q.ids(selection.actors())) {
                q.find(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_VALUE), actor, (g, s, p, o) -> roles.add(s));
            }
            Set<NodeId> events = new HashSet<>();
            NodeId hasActor = q.id(Vocab.Sem.hasActor);
            for (NodeId role : roles) {
                q.find(QuadIds.ANY, QuadIds.ANY, hasActor, role, (g, s, p, o) -> events.add(s));
            }
            keep = events;
        }
        if (selection.places() != null) {
            // The places named and every place inside them.
            Set<NodeId> places = new HashSet<>();
            List<NodeId> todo = new ArrayList<>(q.ids(selection.places()));
            NodeId containedIn = q.id(Vocab.Schema.containedInPlace);
            while (!todo.isEmpty()) {
                NodeId place = todo.remove(todo.size() - 1);
                if (places.add(place)) {
                    q.find(QuadIds.ANY, QuadIds.ANY, containedIn, place, (g, s, p, o) -> todo.add(s));
                }
            }
            keep = intersect(keep, subjects(q, Vocab.Sem.hasPlace, places));
        }
        if (selection.types() != null) {
            keep = intersect(keep, subjects(q, Vocab.Sem.eventType, q.ids(selection.types())));
        }
        if (selection.modalities() != null) {
            keep = intersect(keep, subjects(q, iris.terms().modality, q.ids(selection.modalities())));
        }
        Set<String> events = new LinkedHashSet<>();
        for (NodeId id : keep) {
            Node n = q.node(id);
            if (n.isURI()) {
                events.add(n.getURI());
            }
        }
        return identity.expand(events);
    }

    /** The subjects that have one of the objects for the predicate. */
    private static Set<NodeId> subjects(QuadIds q, Node predicate, java.util.Collection<NodeId> objects) {
        Set<NodeId> out = new HashSet<>();
        NodeId p = q.id(predicate);
        for (NodeId o : objects) {
            q.find(QuadIds.ANY, QuadIds.ANY, p, o, (g, s, pp, oo) -> out.add(s));
        }
        return out;
    }

    private static Set<NodeId> intersect(Set<NodeId> a, Set<NodeId> b) {
        if (a == null) {
            return b;
        }
        a.retainAll(b);
        return a;
    }

    /**
     * The entries that pass, as the IRIs of the events they are shown as, in time order, from
     * the store's index: the matching events' keys, one entry per cluster, parts after wholes.
     */
    private List<String> primaries(DatasetGraph dsg, Selection selection, TimelineFilter filter, Identity identity) {
        long t0 = System.nanoTime();
        Set<String> matched = matching(dsg, selection, identity);
        long t1 = System.nanoTime();
        Map<String, TimelineIndex.Key> keys = keys(dsg, matched, filter.from() != null || filter.to() != null);
        LOG.debug("timeline from the store: {} events matched in {} ms, their keys read in {} ms",
                matched == null ? keys.size() : matched.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        Comparator<String> byKey = Comparator.comparing((String e) -> keys.get(e).sortKey()).thenComparing(e -> e);
        // One entry per cluster, where its representative stands (or, when that is not shown, its first member).
        Map<String, List<String>> clusters = new HashMap<>();
        keys.keySet().forEach(e -> clusters.computeIfAbsent(identity.representative(e), k -> new ArrayList<>()).add(e));
        List<String> primaries = new ArrayList<>();
        clusters.forEach((rep, members) -> primaries.add(keys.containsKey(rep) ? rep : members.stream().min(byKey).orElseThrow()));
        if (filter.from() != null || filter.to() != null) {
            primaries.removeIf(p -> !keys.get(p).overlaps(filter.from(), filter.to()));
        }
        primaries.sort(byKey);
        partsAfterWholes(dsg, primaries, keys, identity);
        return primaries;
    }

    /**
     * One page of the timeline: the entries that pass the filter, from the offset or after
     * the cursor's entry, at most the limit. The entries are sorted by the timeline index
     * (each event's key, written when its article was loaded) and only the page's entries
     * are read, one index value each, so a page of a long timeline costs about as much as a
     * short one. A cursor whose entry is no longer shown (the store changed under it) is
     * refused, so that a reader never silently skips entries.
     */
    public TimelinePage page(TimelineFilter filter, Paging paging) {
        return store.read(dsg -> {
            long t0 = System.nanoTime();
            InMemoryIndex memory = current(dsg);
            Identity identity = memory != null ? memory.identity : Identity.read(dsg, iris);
            long t1 = System.nanoTime();
            Selection selection = selection(dsg, filter, identity, memory);
            long t2 = System.nanoTime();
            ActorHead.Ordered ordered = memory != null ? all(memory.primaries(dsg, selection, filter.from(), filter.to()))
                    : actorHead(dsg, selection, filter, paging, identity);
            if (ordered == null) {
                ordered = all(primaries(dsg, selection, filter, identity));
            }
            // A run of the whole timeline from position `first`, or all of it (first = 0).
            List<String> primaries = ordered.head();
            int first = ordered.first();
            int total = ordered.total();
            long t3 = System.nanoTime();
            int start = paging.offset();
            if (paging.after() != null) {
                String cluster = identity.representative(Paging.entryOf(paging.after()));
                start = -1;
                for (int i = 0; i < primaries.size(); i++) {
                    if (identity.representative(primaries.get(i)).equals(cluster)) {
                        start = first + i + 1;
                        break;
                    }
                }
                if (start < 0) {
                    throw EtkgException.usage("after: the cursor's entry is not in this timeline (another filter, or the store "
                            + "changed); start again without after");
                }
            }
            start = Math.min(start, total);
            int end = paging.limit() == null ? total : (int) Math.min(total, (long) start + paging.limit());
            List<String> shown = primaries.subList(start - first, end - first);
            Map<String, Integer> position = new HashMap<>();
            Set<String> wanted = new LinkedHashSet<>();
            for (int i = 0; i < shown.size(); i++) {
                String rep = identity.representative(shown.get(i));
                position.put(rep, i);
                wanted.addAll(identity.members(rep));
            }
            // One index value for each report shown; a cluster's reports merge into one entry.
            Map<String, TimelineEntry> read = memory != null ? memory.entries(dsg, wanted, missing -> entries(dsg, missing))
                    : entries(dsg, wanted);
            List<TimelineEntry> entries = merge(new ArrayList<>(read.values()), identity);
            entries.sort(Comparator.comparingInt(e -> position.getOrDefault(identity.representative(e.iri()), Integer.MAX_VALUE)));
            // Each participant and place as its identity: one lane per person, whatever the spelling.
            entries = Lanes.of(dsg, iris, identity, entries);
            // Each quote in its sentence and paragraph, with the article's headline, outlet and date.
            entries = EvidenceContext.of(dsg, entries);
            String next = end < total && end > 0 ? Paging.cursorAfter(primaries.get(end - 1 - first)) : null;
            if (LOG.isDebugEnabled()) {
                LOG.debug("timeline page ({}): identity {} ms, filter {} ms, order {} ms, entries {} ms",
                        memory != null ? "in memory" : "from the store", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            }
            return new TimelinePage(entries, total, start, next);
        });
    }

    /** The head of the timeline the actor positions give for this filter and page; null when they cannot (for tests). */
    ActorHead.Ordered actorHead(TimelineFilter filter, Paging paging) {
        return store.read(dsg -> {
            Identity identity = Identity.read(dsg, iris);
            return actorHead(dsg, selection(dsg, filter, identity, null), filter, paging, identity);
        });
    }

    private static ActorHead.Ordered all(List<String> primaries) {
        return new ActorHead.Ordered(primaries, 0, primaries.size());
    }

    /**
     * A page of an actor's timeline read from the actor positions of the index, without the
     * keys of all the actor's events; null when that does not apply (other filters, no limit)
     * or the index cannot tell.
     */
    private ActorHead.Ordered actorHead(DatasetGraph dsg, Selection selection, TimelineFilter filter, Paging paging, Identity identity) {
        if (selection.actors() == null || selection.places() != null || selection.types() != null || selection.modalities() != null
                || filter.from() != null || filter.to() != null || paging.limit() == null) {
            return null;
        }
        long t0 = System.nanoTime();
        String after = paging.after() == null ? null : identity.representative(Paging.entryOf(paging.after()));
        ActorHead.Ordered head = ActorHead.page(dsg, iris.terms(), selection.actors(), identity, paging.offset(), paging.limit(), after,
                reps -> keys(dsg, reps, false), (list, keys) -> partsAfterWholes(list, keys, identity, partOf(dsg, list, identity)));
        if (LOG.isDebugEnabled()) {
            LOG.debug("timeline from the actors' positions: {} in {} ms",
                    head == null ? "not indexed, reading every event" : head.head().size() + " of " + head.total() + " entries read",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return head;
    }

    /** The wholes of the members of the given entries' clusters, one lookup each. */
    private static java.util.function.Function<String, String> partOf(DatasetGraph dsg, List<String> entries, Identity identity) {
        Map<String, String> wholes = new HashMap<>();
        for (String entry : entries) {
            for (String member : identity.members(entry)) {
                var it = dsg.find(Node.ANY, NodeFactory.createURI(member), Vocab.Sem.subEventOf, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node whole = it.next().getObject();
                        if (whole.isURI()) {
                            wholes.putIfAbsent(member, whole.getURI());
                        }
                    }
                } finally {
                    org.apache.jena.atlas.iterator.Iter.close(it);
                }
            }
        }
        return wholes::get;
    }

    /**
     * A part on the same day as its whole comes after it, whichever report placed which: in one
     * article its key already says so, across articles only this rule does.
     */
    private void partsAfterWholes(DatasetGraph dsg, List<String> primaries, Map<String, TimelineIndex.Key> keys, Identity identity) {
        // Parts are few: one scan of them all costs less than a lookup for every entry.
        Map<String, String> partOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Sem.subEventOf, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI()) {
                partOf.putIfAbsent(q.getSubject().getURI(), q.getObject().getURI());
            }
        });
        partsAfterWholes(primaries, keys, identity, partOf.isEmpty() ? null : partOf::get);
    }

    /** As above, with the whole each part belongs to ({@code partOf} null when there are no parts). */
    private static void partsAfterWholes(List<String> primaries, Map<String, TimelineIndex.Key> keys, Identity identity,
                                         java.util.function.Function<String, String> partOf) {
        Map<String, String> wholeOf = new HashMap<>();
        if (partOf != null) {
            for (String p : primaries) {
                for (String member : identity.members(p)) {
                    String whole = partOf.apply(member);
                    if (whole != null) {
                        wholeOf.putIfAbsent(p, identity.representative(whole));
                    }
                }
            }
        }
        Placing.partsAfterWholes(primaries, p -> wholeOf.containsKey(p) ? Set.of(wholeOf.get(p)) : Set.of(),
                identity::representative, (part, whole) -> keys.get(part).sameDay(keys.get(whole)));
    }

    /**
     * The index keys of the given events (every event when null). An event loaded before the
     * index existed has none: its keys are computed from its graphs now, and `etkg validate`
     * says that the store needs a reload.
     */
    private Map<String, TimelineIndex.Key> keys(DatasetGraph dsg, Set<String> events) {
        return keys(dsg, events, true);
    }

    /** As {@link #keys(DatasetGraph, Set)}; without {@code days}, the sort keys alone (enough to order, not to filter by date). */
    private Map<String, TimelineIndex.Key> keys(DatasetGraph dsg, Set<String> events, boolean days) {
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
            // An index lookup or three for each event: an event has many other quads that need not be read.
            QuadIds q = new QuadIds(dsg);
            NodeId key = q.id(t.timelineKey);
            NodeId firstDay = q.id(t.timelineFirstDay);
            NodeId lastDay = q.id(t.timelineLastDay);
            for (String e : events) {
                NodeId id = q.id(NodeFactory.createURI(e));
                if (id == null) {
                    continue;
                }
                q.find(QuadIds.ANY, id, key, QuadIds.ANY, (g, s, p, o) -> sortKeys.put(e, q.node(o).getLiteralLexicalForm()));
                if (days) {
                    q.find(QuadIds.ANY, id, firstDay, QuadIds.ANY, (g, s, p, o) -> first.put(e, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
                    q.find(QuadIds.ANY, id, lastDay, QuadIds.ANY, (g, s, p, o) -> last.put(e, LocalDate.parse(q.node(o).getLiteralLexicalForm())));
                }
            }
        }
        Map<String, TimelineIndex.Key> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : wanted) {
            String k = sortKeys.get(e);
            if (k == null) {
                missing.add(e);
            } else {
                out.put(e, new TimelineIndex.Key(k, first.get(e), last.get(e)));
            }
        }
        if (!missing.isEmpty()) {
            computed(dsg, missing).forEach((e, x) -> out.put(e, x.key()));
        }
        return out;
    }

    /**
     * The shown entries of the given events, from the timeline index (one lookup each), in
     * the order given. An event without one (loaded before the index) is read from its graphs.
     */
    private Map<String, TimelineEntry> entries(DatasetGraph dsg, Set<String> events) {
        Node p = iris.terms().timelineEntry;
        Map<String, TimelineEntry> out = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String e : events) {
            var it = dsg.find(Node.ANY, NodeFactory.createURI(e), p, Node.ANY);
            try {
                if (it.hasNext()) {
                    out.put(e, TimelineIndex.decode(e, it.next().getObject().getLiteralLexicalForm()));
                } else {
                    out.put(e, null);
                    missing.add(e);
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        if (!missing.isEmpty()) {
            computed(dsg, missing).forEach((e, x) -> out.put(e, x.entry()));
        }
        return out;
    }

    /** The index of events computed now from the graphs that describe them, for a store loaded before the index. */
    private Map<String, TimelineIndex.Indexed> computed(DatasetGraph dsg, Set<String> events) {
        Map<Node, Set<String>> byGraph = new LinkedHashMap<>();
        for (String e : events) {
            dsg.find(Node.ANY, NodeFactory.createURI(e), Vocab.RDF_TYPE, Vocab.Sem.Event)
                    .forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), g -> new LinkedHashSet<>()).add(e));
        }
        Map<String, TimelineIndex.Indexed> out = new HashMap<>();
        Map<String, Map<Node, org.apache.jena.graph.Graph>> articles = TimelineIndex.storedArticles(dsg, iris);
        org.apache.jena.graph.Graph vocabulary = dsg.getGraph(iris.ontologyGraph());
        String articlePrefix = iris.articleGraphPrefix();
        byGraph.forEach((graph, members) -> {
            boolean article = graph.isURI() && graph.getURI().startsWith(articlePrefix);
            Map<Node, org.apache.jena.graph.Graph> graphs = article
                    ? articles.get(graph.getURI().substring(articlePrefix.length())) : Map.of(graph, dsg.getGraph(graph));
            TimelineIndex.of(graphs, vocabulary, iris.terms()).forEach((e, x) -> {
                if (members.contains(e)) {
                    out.put(e, x);
                }
            });
        });
        // An event typed in no graph at all (a union-only view): last, in IRI order.
        for (String e : events) {
            out.putIfAbsent(e, TimelineIndex.unplaced(e));
        }
        return out;
    }

    /**
     * The names of the actors and places that events have, for suggestions: each label and
     * alternative label with its folded words. Read from the indexes (role values, places
     * and the places they lie in), not by one large query.
     */
    public record Names(List<String[]> actors, List<String[]> places) {
        /** The names with their folded words, from the labels of the actors and of the places. */
        static Names of(Set<String> actorLabels, Set<String> placeLabels) {
            return new Names(words(actorLabels), words(placeLabels));
        }

        private static List<String[]> words(Set<String> labels) {
            List<String[]> out = new ArrayList<>();
            for (String label : new TreeSet<>(labels)) {
                List<String> keys = new ArrayList<>(List.of(label, NameKey.key(label)));
                for (String word : label.split("[\\s\\p{Punct}]+")) {
                    if (!word.isEmpty()) {
                        keys.add(NameKey.key(word));
                    }
                }
                out.add(keys.toArray(String[]::new));
            }
            return out;
        }

        /** Labels whose folded words (or the whole label) start with the folded text, shortest first. */
        public Map<String, List<String>> suggest(String typed, int max) {
            String wanted = NameKey.key(typed);
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
            InMemoryIndex memory = current(dsg);
            if (memory != null) {
                return memory.suggestions(dsg);
            }
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
            return Names.of(labels(dsg, actors), labels(dsg, places));
        });
    }

    private static Set<String> labels(DatasetGraph dsg, Set<Node> things) {
        Set<String> labels = new TreeSet<>();
        for (Node x : things) {
            for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
                dsg.find(Node.ANY, x, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        labels.add(q.getObject().getLiteralLexicalForm());
                    }
                });
            }
        }
        return labels;
    }

    private List<Node> concepts(DatasetGraph dsg, InMemoryIndex memory, Scheme scheme, String value, String what, String all,
                                boolean narrower) {
        if (memory == null) {
            return concepts(dsg, scheme, value, what, all, narrower);
        }
        return memory.concepts.computeIfAbsent(scheme + " " + narrower + " " + value,
                k -> concepts(dsg, scheme, value, what, all, narrower));
    }

    /** A CAMEO code as an analyst writes it: "cameo:043", "043", "04" (two to four digits). */
    private static final java.util.regex.Pattern CAMEO_CODE = java.util.regex.Pattern.compile("(?i)(?:cameo:)?(\\d{2,4})");

    /**
     * The event types a --type value names, each with every type under it: one of the
     * project's types (its id or a label), or a CAMEO code or CAMEO event name, which takes in
     * the narrower CAMEO codes and the project's types filed under them ("cameo:04", consult,
     * finds meetings, visits and committee rounds; a GDELT row of code 043 too).
     */
    private List<Node> eventTypes(DatasetGraph dsg, InMemoryIndex memory, String value) {
        java.util.regex.Matcher code = CAMEO_CODE.matcher(value.strip());
        if (code.matches()) {
            try {
                return concepts(dsg, memory, Scheme.CAMEO, code.group(1), "type", "CAMEO codes", true);
            } catch (EtkgException unknown) {
                throw EtkgException.usage("unknown type '" + shorten(value) + "': CAMEO 1.1b3 has no code " + code.group(1)
                        + " (its codes have two to four digits, such as 04 consult or 043 host a visit)");
            }
        }
        try {
            return concepts(dsg, memory, Scheme.EVENT_TYPE, value, "type", "event types", true);
        } catch (EtkgException unknownType) {
            try {
                return concepts(dsg, memory, Scheme.CAMEO, value, "type", "CAMEO codes", true);
            } catch (EtkgException unknownCameo) {
                throw EtkgException.usage(unknownType.getMessage() + "; or a CAMEO code or event name, such as cameo:043");
            }
        }
    }

    /**
     * The concepts of a scheme that a value names: its IRI, its id (the IRI's last part) or
     * one of its labels, folded; with {@code narrower}, every concept below them too.
     */
    private List<Node> concepts(DatasetGraph dsg, Scheme scheme, String value, String what, String all, boolean narrower) {
        Map<String, Node> bound = Map.of("scheme", iris.schemeNode(scheme));
        Set<Node> named = new LinkedHashSet<>();
        Set<String> known = new TreeSet<>();
        String wanted = NameKey.key(value);
        run(dsg, """
                SELECT ?c ?l WHERE { ?c skos:inScheme ?scheme OPTIONAL { ?c skos:prefLabel|skos:altLabel|rdfs:label ?l } }""",
                bound, s -> {
                    Node c = s.get("c").asNode();
                    String id = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
                    known.add(id);
                    String label = s.contains("l") ? s.getLiteral("l").getLexicalForm() : null;
                    if (c.getURI().equals(value) || NameKey.key(id).equals(wanted) || label != null && NameKey.key(label).equals(wanted)) {
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
        places.keySet().forEach(p -> placeKeys.add(NameKey.key(p)));
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



    /**
     * Actors or places whose IRI, label or alternative label matches the given name: first
     * the exact label (an index lookup, the name bound as a value), then any label that folds
     * to the same letters and digits ("Nooruddin Azizi", "noor-ud-din azizi").
     */
    private List<Node> resolve(DatasetGraph dsg, String nameOrIri, String what, String usedPattern) {
        List<Node> found = new ArrayList<>();
        boolean place = what.equals("place");
        QuadIds q = new QuadIds(dsg);
        if (isIri(nameOrIri)) {
            Node iri = NodeFactory.createURI(nameOrIri);
            NodeId id = q.id(iri);
            if (id != null && used(q, id, place)) {
                found.add(iri);
            }
        } else {
            // The exact name first, by node id: a much-cited name is declared again in every article that uses it.
            Set<NodeId> named = new LinkedHashSet<>();
            for (Node name : List.of(NodeFactory.createLiteralLang(nameOrIri, "en"), NodeFactory.createLiteralString(nameOrIri))) {
                NodeId id = q.id(name);
                for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
                    q.find(QuadIds.ANY, QuadIds.ANY, q.id(p), id, (g, s, pp, o) -> named.add(s));
                }
            }
            for (NodeId id : named) {
                if (used(q, id, place)) {
                    found.add(q.node(id));
                }
            }
            if (found.isEmpty()) {
                String key = NameKey.key(nameOrIri);
                java.util.function.Predicate<String> personNamed = Identity.nameOf(nameOrIri);
                Set<Node> matches = new LinkedHashSet<>();
                run(dsg, "SELECT DISTINCT ?match ?l ?person WHERE { " + usedPattern
                                + " ?match rdfs:label|skos:altLabel|skos:prefLabel ?l OPTIONAL { ?match a schema:Person BIND (true AS ?person) } }",
                        Map.of(), s -> {
                            String label = s.getLiteral("l").getLexicalForm();
                            // The same name folded, or a person's name borne by several: "Azizi" names every Azizi.
                            if (NameKey.key(label).equals(key) || s.contains("person") && personNamed.test(label)) {
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
            throw nobodyNamed(what, nameOrIri, names);
        }
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    /** Whether a resource takes part in an event (an actor), or is the place of one or contains it (a place). */
    private static boolean used(QuadIds q, NodeId id, boolean place) {
        if (!place) {
            // The first role of the actor that an event has will do: a much-cited person has tens of thousands.
            NodeId hasActor = q.id(Vocab.Sem.hasActor);
            return q.anyMatch(QuadIds.ANY, QuadIds.ANY, q.id(Vocab.RDF_VALUE), id,
                    (g, role, p, o) -> q.anyMatch(QuadIds.ANY, QuadIds.ANY, hasActor, role, (g2, e, p2, o2) -> true));
        }
        Set<NodeId> seen = new HashSet<>();
        List<NodeId> todo = new ArrayList<>(List.of(id));
        NodeId hasPlace = q.id(Vocab.Sem.hasPlace);
        NodeId containedIn = q.id(Vocab.Schema.containedInPlace);
        while (!todo.isEmpty()) {
            NodeId p = todo.remove(todo.size() - 1);
            if (!seen.add(p)) {
                continue;
            }
            boolean[] yes = {false};
            q.find(QuadIds.ANY, QuadIds.ANY, hasPlace, p, (g, s, pp, o) -> yes[0] = true);
            if (yes[0]) {
                return true;
            }
            q.find(QuadIds.ANY, QuadIds.ANY, containedIn, p, (g, s, pp, o) -> todo.add(s));
        }
        return false;
    }

    /** Whether a filter value is an IRI rather than a name. */
    static boolean isIri(String nameOrIri) {
        return nameOrIri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    static EtkgException nobodyNamed(String what, String nameOrIri, java.util.Collection<String> some) {
        return EtkgException.usage("no " + what + " named '" + shorten(nameOrIri) + "' takes part in any event; "
                + what + "s include: " + String.join(", ", some));
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    /** Runs a query with values bound, never pasted into its text. */
    private void run(DatasetGraph dsg, String select, Map<String, Node> bindings, Consumer<QuerySolution> each) {
        Query query = parsed.computeIfAbsent(select, k -> QueryFactory.create(prefixes + k));
        long t0 = System.nanoTime();
        UnionQuery.select(dsg, query, bindings, each);
        // Each timeline query's time, under -Detkg.trace: the way to see which one a large store makes slow.
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ms {}", String.format(Locale.ROOT, "%6.1f", (System.nanoTime() - t0) / 1e6), Trace.shortQuery(select));
        }
    }

}
