package org.etkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.model.NameKey;
import org.etkg.model.RoleType;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;

/**
 * Where reports of the same thing disagree (data model, pattern 10): for every cluster that
 * resolve found, and every pair it kept apart for review because of a conflict, each
 * attribute (date, place, ordinal, the gap since the round before, who led, posts,
 * modality) on which the members differ, each value with its article and its words.
 */
public final class Conflicts {
    private Conflicts() {
    }

    /** One value of an attribute, as one report gives it. */
    public record Side(String value, String iri, String article, String quote) {
    }

    /**
     * @param subject the cluster's representative (or the first of a pair kept apart)
     * @param status  "same" for a cluster, "review" for a pair resolve kept apart
     */
    public record Conflict(String subject, String label, String status, String attribute, List<Side> sides) {
    }

    public static List<Conflict> find(EtkgStore store, IriScheme iris) {
        return store.read(dsg -> find(dsg, iris));
    }

    static List<Conflict> find(DatasetGraph dsg, IriScheme iris) {
        Mentions m = Mentions.read(dsg, iris).withQuotes(dsg, iris);
        Identity identity = Identity.read(dsg, iris);
        List<Conflict> out = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String iri : new TreeSet<>(m.events.keySet())) {
            groups.computeIfAbsent(identity.representative(iri), k -> new ArrayList<>()).add(iri);
        }
        for (String iri : new TreeSet<>(m.entities.keySet())) {
            groups.computeIfAbsent(identity.representative(iri), k -> new ArrayList<>()).add(iri);
        }
        groups.forEach((rep, members) -> {
            if (members.size() > 1) {
                compare(m, identity, rep, members, "same", out);
            }
        });
        // Pairs kept apart because their reports clash: the clash is what an analyst must see. A
        // report kept apart from several reports of one cluster clashes with that cluster, once.
        Set<List<String>> comparedPairs = new java.util.HashSet<>();
        Node graph = iris.linkSetGraph("resolve");
        dsg.find(graph, Node.ANY, iris.terms().linkStatus, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().getLiteralLexicalForm().equals("review")) {
                return;
            }
            boolean conflict = org.apache.jena.atlas.iterator.Iter.asStream(dsg.find(graph, q.getSubject(), iris.terms().linkFeature, Node.ANY))
                    .anyMatch(f -> f.getObject().getLiteralLexicalForm().startsWith("conflict: "));
            if (!conflict) {
                return;
            }
            String a = first(dsg, graph, q.getSubject(), iris.terms().linkSubject);
            String b = first(dsg, graph, q.getSubject(), iris.terms().linkTarget);
            if (a != null && b != null) {
                String repA = identity.representative(a);
                String repB = identity.representative(b);
                if (comparedPairs.add(repA.compareTo(repB) < 0 ? List.of(repA, repB) : List.of(repB, repA))) {
                    Set<String> members = new TreeSet<>(groups.getOrDefault(repA, List.of(a)));
                    members.addAll(groups.getOrDefault(repB, List.of(b)));
                    String subject = repA.compareTo(repB) < 0 ? repA : repB;
                    compare(m, identity, subject, new ArrayList<>(members), "review", out);
                }
            }
        });
        out.sort(java.util.Comparator.comparing(Conflict::status).thenComparing(Conflict::label)
                .thenComparing(Conflict::subject).thenComparing(Conflict::attribute));
        return out;
    }

    private static String first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getURI() : null;
    }

    private static void compare(Mentions m, Identity identity, String subject, List<String> members, String status,
                                List<Conflict> out) {
        if (m.events.containsKey(subject)) {
            List<Mentions.Event> events = members.stream().map(m.events::get).filter(java.util.Objects::nonNull).toList();
            String label = m.events.get(subject).label;
            attribute(out, subject, label, status, "date", events, Conflicts::date, e -> e.iri, e -> e.article, e -> e.quote);
            attribute(out, subject, label, status, "place", events, e -> e.place == null ? null : name(m, e.place),
                    e -> e.place == null ? null : identity.representative(e.place), e -> e.iri, e -> e.article, e -> e.quote);
            attribute(out, subject, label, status, "ordinal", events, e -> e.ordinal == null ? null : e.ordinal.toString(),
                    e -> e.iri, e -> e.article, e -> e.quote);
            attribute(out, subject, label, status, "time since the round before", events,
                    e -> e.gapSince == null ? null : months(e.gapSince), e -> e.iri, e -> e.article,
                    e -> e.gapFrom != null && m.events.containsKey(e.gapFrom) ? m.events.get(e.gapFrom).quote : e.quote);
            attribute(out, subject, label, status, "who led", events, e -> leaders(m, e), e -> leaderKey(identity, e),
                    e -> e.iri, e -> e.article, e -> e.quote);
            attribute(out, subject, label, status, "modality", events,
                    e -> e.modality == null ? null : e.modality.substring(e.modality.lastIndexOf('/') + 1),
                    e -> e.iri, e -> e.article, e -> e.quote);
        } else if (m.entities.containsKey(subject)) {
            List<Mentions.Entity> entities = members.stream().map(m.entities::get).filter(java.util.Objects::nonNull).toList();
            String label = m.entities.get(subject).label();
            attribute(out, subject, label, status, "posts", entities,
                    e -> e.posts.isEmpty() ? null : String.join("; ", new TreeSet<>(e.posts)),
                    e -> e.iri, e -> String.join(", ", e.articles), e -> e.quote);
        }
    }

    private static <T> void attribute(List<Conflict> out, String subject, String label, String status, String attribute,
                                      List<T> members, Function<T, String> value, Function<T, String> iri,
                                      Function<T, String> article, Function<T, String> quote) {
        attribute(out, subject, label, status, attribute, members, value, value, iri, article, quote);
    }

    /**
     * Adds a conflict when the members that state the attribute give more than one value,
     * compared by {@code key} (folded): places and people by their identity, not their spelling.
     */
    private static <T> void attribute(List<Conflict> out, String subject, String label, String status, String attribute,
                                      List<T> members, Function<T, String> value, Function<T, String> key,
                                      Function<T, String> iri, Function<T, String> article, Function<T, String> quote) {
        List<Side> sides = new ArrayList<>();
        Set<String> distinct = new TreeSet<>();
        for (T member : members) {
            String v = value.apply(member);
            if (v != null) {
                sides.add(new Side(v, iri.apply(member), article.apply(member), quote.apply(member)));
                distinct.add(NameKey.fold(key.apply(member)));
            }
        }
        if (distinct.size() > 1) {
            out.add(new Conflict(subject, label, status, attribute, sides));
        }
    }

    private static String date(Mentions.Event e) {
        if (e.earliest == null && e.latest == null) {
            return e.monthDay;
        }
        if (!e.exactTime()) {
            return null; // bounds are not a claim of a date
        }
        return e.earliest.equals(e.latest) ? e.earliest.toString() : e.earliest + " to " + e.latest;
    }

    private static String name(Mentions m, String iri) {
        Mentions.Entity e = m.entities.get(iri);
        return e == null ? iri : e.label();
    }

    private static String leaders(Mentions m, Mentions.Event e) {
        Set<String> leaders = e.roles.get(RoleType.LEADER.id());
        if (leaders == null || leaders.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        leaders.forEach(l -> names.add(name(m, l)));
        return String.join(", ", names);
    }

    private static String leaderKey(Identity identity, Mentions.Event e) {
        Set<String> leaders = e.roles.get(RoleType.LEADER.id());
        if (leaders == null || leaders.isEmpty()) {
            return null;
        }
        Set<String> roots = new TreeSet<>();
        leaders.forEach(l -> roots.add(identity.representative(l)));
        return String.join(" ", roots);
    }

    /** "P15M" as "at least 15 months". */
    private static String months(String gap) {
        String g = gap.toUpperCase(Locale.ROOT);
        if (g.matches("P\\d+M")) {
            return "at least " + g.substring(1, g.length() - 1) + " months";
        }
        if (g.matches("P\\d+Y")) {
            return "at least " + g.substring(1, g.length() - 1) + " years";
        }
        return gap;
    }
}
