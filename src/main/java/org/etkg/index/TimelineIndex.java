package org.etkg.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.model.PlacedBy;
import org.etkg.placing.Placing;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * The timeline index: for each event of an article, a key that sorts it into the timeline of
 * the whole store, the first and last day it may overlap, and the entry a timeline shows for
 * it. Computed from the article's own graphs when it is loaded (in the load's transaction,
 * into the graph {@code <base>graph/timeline/ID}), so that a view sorts and pages a million
 * events by their keys and reads one index record per shown event, never the article graphs.
 */
public final class TimelineIndex {
    private TimelineIndex() {
    }

    /** One event's place: {@code sortKey} orders the whole store's events as {@link Placing#ORDER} would. */
    public record Key(String sortKey, LocalDate firstDay, LocalDate lastDay) {
        /**
         * A key whose days are not given (the index leaves them out when both are the day the
         * key places the event at, as for every event with an exact date) has that day for both.
         */
        public Key {
            if (firstDay == null && lastDay == null && sortKey.startsWith("0 ")) {
                firstDay = lastDay = LocalDate.parse(anchorText(sortKey));
            }
        }

        /** Whether the first and last day are the day the key places the event at (then the index does not write them). */
        public boolean onItsDay() {
            Key bare = new Key(sortKey, null, null);
            return java.util.Objects.equals(firstDay, bare.firstDay) && java.util.Objects.equals(lastDay, bare.lastDay);
        }

        /** Whether the key places the event at a date (undated events sort last). */
        public boolean dated() {
            return sortKey.startsWith("0 ");
        }

        /** The day the event is placed at, from the key; null when undated. */
        public String anchorDay() {
            return dated() ? anchorText(sortKey) : null;
        }

        /**
         * The day the key places the event at as a number that sorts as the keys do: yyyymmdd;
         * {@value #UNDATED} for an undated event; 0 for a day the key does not write as
         * yyyy-mm-dd (a year beyond 9999 or before year 1), which sorts before the others.
         */
        public int dayGroup() {
            if (!dated()) {
                return UNDATED;
            }
            String anchor = anchorText(sortKey);
            if (anchor.length() != 10) {
                return 0;
            }
            int day = 0;
            for (int i = 0; i < 10; i++) {
                char c = anchor.charAt(i);
                if (i == 4 || i == 7) {
                    if (c != '-') {
                        return 0;
                    }
                } else if (c >= '0' && c <= '9') {
                    day = day * 10 + (c - '0');
                } else {
                    return 0;
                }
            }
            return day;
        }

        /** Whether both events are placed on the same day (a part then follows its whole). */
        public boolean sameDay(Key other) {
            return dated() && other.dated() && anchorDay().equals(other.anchorDay());
        }

        /** Whether the event may overlap the range (either end open); an undated one overlaps only an open range. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            if (from == null && to == null) {
                return true;
            }
            return firstDay != null && (from == null || !lastDay.isBefore(from)) && (to == null || !firstDay.isAfter(to));
        }
    }

    /**
     * The day a dated key places its event at, as the key writes it (Placing.sortKey: "0 DAY TIE
     * ARTICLE POSITION"); yyyy-mm-dd, or with a sign beyond year 9999.
     */
    static String anchorText(String sortKey) {
        int end = sortKey.indexOf(' ', 2);
        return end < 0 ? sortKey.substring(2) : sortKey.substring(2, end);
    }

    /** The day group of undated events, after every day. */
    public static final int UNDATED = 100_000_000;

    /**
     * The value of an event's {@code etkg:timelineWith/ACTOR} for the actor that is its
     * {@code slot}-th participant: its day group and the slot (see the ontology).
     */
    public static long actorPosition(Key key, int slot) {
        return (long) key.dayGroup() << 8 | Math.min(slot, 255);
    }

    /** The day group an actor position holds. */
    public static int dayGroup(long actorPosition) {
        return (int) (actorPosition >>> 8);
    }

    /** What the index holds for one event: where it sorts, and what the timeline shows of it (as its article tells it). */
    public record Indexed(Key key, TimelineEntry entry) {
    }

    /**
     * The index of the events described in an article's graphs (its own, then its outside
     * sources', by graph name), by event IRI in the article's time order. {@code vocabulary}
     * gives the labels of the concepts (event types, roles, modalities).
     */
    public static Map<String, Indexed> of(Map<Node, Graph> graphs, Graph vocabulary, Terms t) {
        Map<String, EntryReader.Builder> items = EntryReader.read(graphs, vocabulary, t);
        items.values().forEach(Placing::writtenDates);
        Placing.place(items);
        Map<String, String> labels = new java.util.HashMap<>();
        items.values().forEach(b -> labels.put(b.iri, b.label));
        Map<String, Indexed> out = new LinkedHashMap<>();
        List<EntryReader.Builder> ordered = Placing.ordered(items);
        for (int i = 0; i < ordered.size(); i++) {
            EntryReader.Builder b = ordered.get(i);
            out.put(b.iri, new Indexed(new Key(Placing.sortKey(b, i), b.firstDay(), b.lastDay()), b.entry(labels)));
        }
        return out;
    }

    /** An index entry as {@code etkg:timelineEntry} holds it, for the event {@code iri}. */
    public static TimelineEntry decode(String iri, String json) {
        return EntryJson.decode(iri, json);
    }

    /** What is known of an event no graph describes: its IRI; it sorts last. */
    public static Indexed unplaced(String iri) {
        return new Indexed(new Key("1 " + iri, null, null), TimelineEntry.builder(iri).placedBy(PlacedBy.NONE).build());
    }

    /** What an index graph holds, by event IRI; an entry missing from it (an older index) is null. */
    public static Map<String, Indexed> read(Graph index, Terms t) {
        Map<String, Indexed> out = new LinkedHashMap<>();
        index.find(Node.ANY, t.timelineKey, Node.ANY).forEachRemaining(k -> {
            Node e = k.getSubject();
            Node json = first(index, e, t.timelineEntry);
            out.put(e.getURI(), new Indexed(new Key(k.getObject().getLiteralLexicalForm(), day(index, e, t.timelineFirstDay),
                    day(index, e, t.timelineLastDay)), json == null ? null : EntryJson.decode(e.getURI(), json.getLiteralLexicalForm())));
        });
        return out;
    }

    private static LocalDate day(Graph g, Node s, Node p) {
        Node d = first(g, s, p);
        return d == null ? null : LocalDate.parse(d.getLiteralLexicalForm());
    }

    /**
     * Every article's graphs in a store, by article id: its own graph first, then its outside
     * sources' graphs, by name; the graphs its index is derived from. One pass over the graph names.
     */
    public static Map<String, Map<Node, Graph>> storedArticles(DatasetGraph dsg, IriScheme iris) {
        String articles = iris.articleGraphPrefix();
        String outside = iris.outsideGraphsPrefix();
        Map<String, Map<Node, Graph>> out = new TreeMap<>();
        Map<String, List<Node>> sources = new LinkedHashMap<>();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        for (Node g : names) {
            String uri = g.isURI() ? g.getURI() : "";
            if (uri.startsWith(articles)) {
                out.computeIfAbsent(uri.substring(articles.length()), k -> new LinkedHashMap<>()).put(g, dsg.getGraph(g));
            } else if (uri.startsWith(outside) && uri.indexOf('/', outside.length()) > 0) {
                sources.computeIfAbsent(uri.substring(outside.length(), uri.indexOf('/', outside.length())), k -> new ArrayList<>()).add(g);
            }
        }
        out.forEach((id, graphs) -> sources.getOrDefault(id, List.of()).forEach(g -> graphs.put(g, dsg.getGraph(g))));
        return out;
    }

    /** The index graph {@code name} of these events, derived from {@code source} (the article's graph). */
    public static Graph graph(Map<String, Indexed> index, Terms t, Node name, Node source) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(name, Vocab.Prov.wasDerivedFrom, source));
        index.forEach((iri, x) -> {
            Node e = NodeFactory.createURI(iri);
            Key key = x.key();
            g.add(Triple.create(e, t.timelineKey, NodeFactory.createLiteralString(key.sortKey())));
            if (key.firstDay() != null && !key.onItsDay()) {
                g.add(Triple.create(e, t.timelineFirstDay, NodeFactory.createLiteralDT(key.firstDay().toString(), XSDDatatype.XSDdate)));
                g.add(Triple.create(e, t.timelineLastDay, NodeFactory.createLiteralDT(key.lastDay().toString(), XSDDatatype.XSDdate)));
            }
            g.add(Triple.create(e, t.timelineEntry, NodeFactory.createLiteralString(EntryJson.encode(x.entry()))));
            actorPositions(e, x, t).forEach(g::add);
        });
        return g;
    }

    /** An event's places in the timelines of its actors: one {@code etkg:timelineWith/ACTOR} per participant. */
    public static List<Triple> actorPositions(Node event, Indexed x, Terms t) {
        List<Triple> out = new ArrayList<>();
        List<TimelineEntry.Participant> participants = x.entry().participants();
        for (int i = 0; i < participants.size(); i++) {
            out.add(Triple.create(event, t.timelineWith(participants.get(i).iri()),
                    NodeFactory.createLiteralDT(Long.toString(actorPosition(x.key(), i)), XSDDatatype.XSDinteger)));
        }
        return out;
    }

    /** The actor positions an index graph holds. */
    public static java.util.Set<Triple> storedActorPositions(Graph index, Terms t) {
        String prefix = t.timelineWith.getURI() + "/";
        java.util.Set<Triple> out = new java.util.HashSet<>();
        index.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(x -> {
            if (x.getPredicate().isURI() && x.getPredicate().getURI().startsWith(prefix)) {
                out.add(x);
            }
        });
        return out;
    }

    static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
