package org.etkg.timeline;

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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.EtkgException;
import org.etkg.Trace;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineIndex;
import org.etkg.model.NameKey;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.QuadIds;
import org.slf4j.Logger;

/**
 * What a filter's values name in the store: actors and places by IRI or any spelling, event
 * types (with CAMEO codes and narrower types), modalities. A value the store does not know
 * is a usage error that lists what it does know. Values reach SPARQL only as bound values.
 */
final class FilterValues {
    private static final Logger LOG = Trace.logger(FilterValues.class);

    private final IriScheme iris;
    private final String prefixes;
    /** Queries run many times with other bound values are parsed once. */
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    FilterValues(IriScheme iris) {
        this.iris = iris;
        this.prefixes = Vocab.sparqlPrefixes(iris);
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

    Selection selection(DatasetGraph dsg, TimelineFilter filter, Identity identity, InMemoryIndex memory) {
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

    List<Node> concepts(DatasetGraph dsg, InMemoryIndex memory, Scheme scheme, String value, String what, String all,
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
    List<Node> eventTypes(DatasetGraph dsg, InMemoryIndex memory, String value) {
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
     * Actors or places whose IRI, label or alternative label matches the given name: first
     * the exact label (an index lookup, the name bound as a value), then any label that folds
     * to the same letters and digits ("Nooruddin Azizi", "noor-ud-din azizi").
     */
    List<Node> resolve(DatasetGraph dsg, String nameOrIri, String what, String usedPattern) {
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
