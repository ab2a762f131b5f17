package org.etkg.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etkg.model.EntityKind;
import org.etkg.model.NameKey;
import org.etkg.resolve.Mentions.Entity;
import org.etkg.resolve.Mentions.Event;

/**
 * The parts of the store that a full resolve settles independently of each other: the
 * connected components of the graph whose nodes are mentions (and the ends of the analyst's
 * accepted pairs) and whose edges are what the {@link Resolver} could ever look at across two
 * mentions. A resolve run over one component's mentions alone gives that component exactly the
 * links a full run gives it, provided it treats the blocks that depend on the name or day
 * alone as crowded when they are crowded in the whole store ({@link #crowded}).
 *
 * <p>Edges, and why they suffice (see docs/resolve-incremental.md for the argument):
 * <ul>
 *   <li>context: a post and its holders, a delegation and its heads and state, a place and
 *   what it lies in, an entity and the events it takes part in, a committee and its rounds, an
 *   event and its actors, place, whole, series and the events a statement is about. Every block
 *   key made of a cluster (holders', heads', speakers', places') and every score that looks at
 *   another mention's cluster goes through one of these;</li>
 *   <li>blocks made of the data alone: an entity's whole-name key (always compared, as a star
 *   when crowded), its name words (compared unless more than 100 share one), an event without a
 *   place and its days (compared unless more than 500 share one), and those events with every
 *   event held somewhere on the same day (the "meet" blocks);</li>
 *   <li>the analyst's accepted pairs.</li>
 * </ul>
 */
final class Components {
    private final Map<String, String> parent = new HashMap<>();
    /** Sizes of the blocks keyed by the data alone, over the whole store, by kind and key. */
    private final Map<String, Integer> dataBlockSizes;

    private Components(Map<String, Integer> dataBlockSizes) {
        this.dataBlockSizes = dataBlockSizes;
    }

    static Components of(Mentions m, Set<String> analystAccepted) {
        Map<String, List<String>> blocks = dataBlocks(m);
        Map<String, Integer> sizes = new HashMap<>();
        blocks.forEach((k, v) -> sizes.put(k, v.size()));
        Components c = new Components(sizes);
        for (Entity e : m.entities.values()) {
            c.add(e.iri);
            for (Set<String> refs : List.of(e.holders, e.heads, e.headOf, e.within, e.delegationOf, e.events, e.seriesOf)) {
                refs.forEach(r -> c.union(e.iri, r));
            }
        }
        for (Event e : m.events.values()) {
            c.add(e.iri);
            e.roles.values().forEach(actors -> actors.forEach(a -> c.union(e.iri, a)));
            for (String r : new String[] {e.place, e.partOf, e.series, e.speaker}) {
                if (r != null) {
                    c.union(e.iri, r);
                }
            }
            e.aboutEvents.forEach(a -> c.union(e.iri, a));
        }
        for (String p : analystAccepted) {
            String[] ends = p.split(" ");
            c.union(ends[0], ends[1]);
        }
        blocks.forEach((key, members) -> {
            if (!crowded(key, members.size())) {
                for (int i = 1; i < members.size(); i++) {
                    c.union(members.get(0), members.get(i));
                }
            }
        });
        return c;
    }

    /**
     * Whether a block keyed by the data alone is left out of a full resolve for its size: a name
     * word shared by more than {@link Resolver#MAX_WORD_BLOCK}, a day of events without a place
     * shared by more than {@link Resolver#MAX_BLOCK}. Whole names are never left out.
     */
    static boolean crowded(String key, int size) {
        if (key.contains(" name ")) {
            return size > Resolver.MAX_WORD_BLOCK;
        }
        if (key.startsWith("unplaced ")) {
            return size > Resolver.MAX_BLOCK;
        }
        return false;
    }

    /** The size in the whole store of a block keyed by the data alone, or -1 for another key. */
    int dataBlockSize(String key) {
        return dataBlockSizes.getOrDefault(key, -1);
    }

    /**
     * Blocks made of the data alone, in the keys {@link Resolver} uses prefixed with the kind for
     * entities ("PERSON name …"), "unplaced " + day for events without a place, and "meet " + day
     * for a day of such events with the events held somewhere that day. A meet block's members
     * are joined only when the unplaced events of that day are not crowded.
     */
    static Map<String, List<String>> dataBlocks(Mentions m) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (Entity e : m.entities.values()) {
            if (e.kind == EntityKind.POST || e.kind == EntityKind.DELEGATION) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (String l : e.labels) {
                keys.add(e.kind + " full " + NameKey.phonetic(l));
                NameKey.phoneticWords(l).stream().filter(w -> w.length() > 2).forEach(w -> keys.add(e.kind + " name " + w));
            }
            keys.forEach(k -> blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(e.iri));
        }
        Map<String, List<String>> placedByDay = new HashMap<>();
        for (Event e : m.events.values()) {
            if (e.statement) {
                continue;
            }
            for (String day : days(e)) {
                if (e.place == null) {
                    blocks.computeIfAbsent("unplaced " + day, x -> new ArrayList<>()).add(e.iri);
                } else {
                    placedByDay.computeIfAbsent(day, x -> new ArrayList<>()).add(e.iri);
                }
            }
        }
        List<String> unplacedDays = new ArrayList<>();
        blocks.keySet().stream().filter(k -> k.startsWith("unplaced ")).forEach(unplacedDays::add);
        for (String key : unplacedDays) {
            List<String> unplaced = blocks.get(key);
            List<String> placed = placedByDay.get(key.substring("unplaced ".length()));
            if (placed != null && !crowded(key, unplaced.size())) {
                List<String> meet = new ArrayList<>(unplaced);
                meet.addAll(placed);
                blocks.put("meet " + key.substring("unplaced ".length()), meet);
            }
        }
        return blocks;
    }

    /** The days an event is blocked by, as {@link Resolver}'s event blocks take them (a day, or a day of the year). */
    static List<String> days(Event e) {
        List<String> days = new ArrayList<>();
        if (e.earliest != null && e.latest != null && ChronoUnit.DAYS.between(e.earliest, e.latest) <= Resolver.MAX_SPAN_DAYS) {
            for (LocalDate d = e.earliest; !d.isAfter(e.latest); d = d.plusDays(1)) {
                days.add(d.toString());
                days.add(d.toString().substring(4));
            }
        } else if (e.monthDay != null) {
            days.add(e.monthDay.substring(1));
        }
        return days;
    }

    private void add(String x) {
        parent.putIfAbsent(x, x);
    }

    String find(String x) {
        String p = parent.get(x);
        if (p == null || p.equals(x)) {
            return x;
        }
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    private void union(String a, String b) {
        add(a);
        add(b);
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** Every node in the components of the given nodes. */
    Set<String> around(Collection<String> seeds) {
        Set<String> roots = new HashSet<>();
        seeds.forEach(s -> roots.add(find(s)));
        Set<String> out = new HashSet<>();
        for (String x : parent.keySet()) {
            if (roots.contains(find(x))) {
                out.add(x);
            }
        }
        return out;
    }

    /** Component sizes, largest first, for traces and measurements. */
    List<Integer> sizes() {
        Map<String, Integer> count = new HashMap<>();
        for (String x : new ArrayList<>(parent.keySet())) {
            count.merge(find(x), 1, Integer::sum);
        }
        List<Integer> out = new ArrayList<>(count.values());
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }
}
