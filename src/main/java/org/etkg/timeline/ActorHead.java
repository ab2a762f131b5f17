package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;

/**
 * The first entries of the timeline of some actors, for a process that has not read the whole
 * index (a cold {@code etkg timeline --actor X --limit N}). A much-cited person takes part in
 * tens of thousands of events; reading each one's key costs seconds. Instead one scan of each
 * actor's {@code etkg:timelineWith/ACTOR} gives every event of theirs with the day it is placed
 * at, as node ids without reading the events; only the events of the days the page reaches are
 * then read and sorted by their full keys. Whole days are read, so the order within a day (ties,
 * parts after their wholes) is the one the whole timeline has.
 */
final class ActorHead {
    /**
     * Entries' IRIs in timeline order: a run of the whole timeline that starts at position
     * {@code first} and covers the page asked for, and how many entries there are in all.
     */
    record Ordered(List<String> head, int first, int total) {
    }

    private ActorHead() {
    }

    /**
     * The value of an integer TDB2 keeps inside its node id. TDB2 holds a small non-negative
     * integer as the id's own bits; reading them costs a tenth of decoding the node, which
     * counts for an actor with 25,000 positions. Checked against the decoded node once per
     * scan ({@code raw}: checked, and equal), so another encoding only costs the decoding.
     */
    private static long inlineInteger(NodeId id, boolean[] raw) {
        if (raw[0] && raw[1]) {
            return id.getPtrLocation();
        }
        long value = Long.parseLong(NodeId.extract(id).getLiteralLexicalForm());
        if (!raw[0]) {
            raw[0] = true;
            raw[1] = value == id.getPtrLocation();
        }
        return value;
    }

    /**
     * The run of the actors' timeline that holds the page: from the {@code offset}-th entry, or
     * from the entry {@code after} (a cluster's representative) on, {@code limit} entries and the
     * rest of their last day. Null when the index cannot tell: an actor has roles the index does
     * not place (a store loaded before the actor positions, or a dataset loaded before datasets
     * were indexed), an event has no key, or {@code after} is not an entry of this timeline (the long
     * way then says so). {@code repKeys} gives the keys of clusters' representatives;
     * {@code partsAfterWholes} applies that rule to an ordered list.
     */
    static Ordered page(DatasetGraph dsg, Terms t, List<Node> actors, Identity identity, int offset, int limit, String after,
                        Function<Set<String>, Map<String, TimelineIndex.Key>> repKeys,
                        java.util.function.BiConsumer<List<String>, Map<String, TimelineIndex.Key>> partsAfterWholes) {
        QuadIds q = new QuadIds(dsg);
        NodeId value = q.id(Vocab.RDF_VALUE);
        Map<NodeId, Integer> dayOf = new HashMap<>();
        for (Node actor : actors) {
            NodeId a = q.id(actor);
            if (a == null) {
                continue;
            }
            Set<NodeId> roles = new HashSet<>();
            q.find(QuadIds.ANY, QuadIds.ANY, value, a, (g, s, p, o) -> roles.add(s));
            int[] positions = {0};
            boolean[] raw = {false, false};
            q.find(QuadIds.ANY, QuadIds.ANY, q.id(t.timelineWith(actor.getURI())), QuadIds.ANY, (g, s, p, o) -> {
                positions[0]++;
                dayOf.merge(s, TimelineIndex.dayGroup(inlineInteger(o, raw)), Math::min);
            });
            // Each role of the actor is one participant of one indexed event, unless some are not indexed.
            if (positions[0] != roles.size()) {
                return null;
            }
        }

        // A cluster of reports is one entry, where its representative stands.
        Map<NodeId, String> inCluster = identity.clusteredAmong(q, dayOf.keySet());
        Set<String> reps = new LinkedHashSet<>();
        inCluster.values().forEach(m -> reps.add(identity.representative(m)));
        Map<String, TimelineIndex.Key> keys = new HashMap<>(reps.isEmpty() ? Map.of() : repKeys.apply(reps));

        int total = dayOf.size() - inCluster.size() + reps.size();
        int[] days = new int[total];
        int n = 0;
        for (Map.Entry<NodeId, Integer> e : dayOf.entrySet()) {
            if (!inCluster.containsKey(e.getKey())) {
                days[n++] = e.getValue();
            }
        }
        for (String rep : reps) {
            days[n++] = keys.get(rep).dayGroup();
        }
        Arrays.sort(days);
        int fromDay;
        int lastDay;
        if (after == null) {
            if (offset >= total) {
                return new Ordered(List.of(), total, total);
            }
            fromDay = days[offset];
            lastDay = days[(int) Math.min((long) offset + limit, total) - 1];
        } else {
            NodeId id = q.id(NodeFactory.createURI(after));
            Integer day = reps.contains(after) ? Integer.valueOf(keys.get(after).dayGroup())
                    : id != null && !inCluster.containsKey(id) ? dayOf.get(id) : null;
            if (day == null) {
                return null;
            }
            fromDay = day;
            // The page ends at most limit entries after the cursor's day.
            int upTo = firstAfter(days, fromDay);
            lastDay = upTo >= total ? fromDay : days[(int) Math.min((long) upTo + limit, total) - 1];
        }
        int first = firstAfter(days, fromDay - 1);

        // Every entry of the days the page reaches, with its full key.
        List<String> head = new ArrayList<>();
        NodeId keyProperty = q.id(t.timelineKey);
        for (Map.Entry<NodeId, Integer> e : dayOf.entrySet()) {
            if (e.getValue() < fromDay || e.getValue() > lastDay || inCluster.containsKey(e.getKey())) {
                continue;
            }
            String iri = q.node(e.getKey()).getURI();
            String[] key = {null};
            q.find(QuadIds.ANY, e.getKey(), keyProperty, QuadIds.ANY, (g, s, p, o) -> key[0] = q.node(o).getLiteralLexicalForm());
            if (key[0] == null) {
                return null;
            }
            keys.put(iri, new TimelineIndex.Key(key[0], null, null));
            head.add(iri);
        }
        for (String rep : reps) {
            int day = keys.get(rep).dayGroup();
            if (day >= fromDay && day <= lastDay) {
                head.add(rep);
            }
        }
        head.sort(Comparator.comparing((String e) -> keys.get(e).sortKey()).thenComparing(e -> e));
        partsAfterWholes.accept(head, keys);
        return new Ordered(head, first, total);
    }

    /** How many of the sorted days are at most {@code day}: the index of the first one after it. */
    private static int firstAfter(int[] days, int day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
