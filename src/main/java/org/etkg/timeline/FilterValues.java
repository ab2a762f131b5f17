package org.etkg.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.EtkgException;
import org.etkg.model.NameKey;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Scheme;
import org.etkg.resolve.Identity;

/**
 * What a filter's values name in the store: actors and places by IRI or any spelling, event
 * types (with CAMEO codes and narrower types), modalities. A value the store does not know
 * is a usage error that lists what it does know. Values reach SPARQL only as bound values.
 */
final class FilterValues {
    private final IriScheme iris;
    private final BoundQueries queries;

    FilterValues(IriScheme iris) {
        this.iris = iris;
        this.queries = new BoundQueries(iris);
    }

    /**
     * What a filter names, resolved to the store's resources by the reader's names: the
     * actors and places (with every IRI their clusters have), the types with their narrower
     * types, the modalities.
     */
    Selection selection(DatasetGraph dsg, TimelineFilter filter, Identity identity, IndexReader reader) {
        Map<Facet, List<Node>> values = new java.util.EnumMap<>(Facet.class);
        if (filter.actor() != null) {
            // Every article's IRI for the same person or organisation.
            values.put(Facet.ACTOR, clusters(reader.named(dsg, filter.actor(), false), identity));
        }
        if (filter.place() != null) {
            // Every article's IRI for the same place, as the by-place lanes show it.
            values.put(Facet.PLACE, clusters(reader.named(dsg, filter.place(), true), identity));
        }
        if (filter.type() != null) {
            // A type includes its narrower types: "meeting" finds committee rounds too.
            values.put(Facet.TYPE, eventTypes(dsg, reader, filter.type()));
        }
        if (filter.modality() != null) {
            values.put(Facet.MODALITY, concepts(dsg, reader, Scheme.MODALITY, filter.modality(), "modality", "modalities", false));
        }
        return new Selection(values);
    }

    private static List<Node> clusters(List<Node> named, Identity identity) {
        List<String> iris = new ArrayList<>();
        named.forEach(n -> iris.add(n.getURI()));
        List<Node> out = new ArrayList<>();
        for (String i : identity.expand(iris)) {
            out.add(NodeFactory.createURI(i));
        }
        return out;
    }

    List<Node> concepts(DatasetGraph dsg, IndexReader reader, Scheme scheme, String value, String what, String all,
                                boolean narrower) {
        Map<String, List<Node>> found = reader.conceptsFound();
        if (found == null) {
            return concepts(dsg, scheme, value, what, all, narrower);
        }
        return found.computeIfAbsent(scheme + " " + narrower + " " + value,
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
    List<Node> eventTypes(DatasetGraph dsg, IndexReader reader, String value) {
        java.util.regex.Matcher code = CAMEO_CODE.matcher(value.strip());
        if (code.matches()) {
            try {
                return concepts(dsg, reader, Scheme.CAMEO, code.group(1), "type", "CAMEO codes", true);
            } catch (EtkgException unknown) {
                throw EtkgException.usage("unknown type '" + shorten(value) + "': CAMEO 1.1b3 has no code " + code.group(1)
                        + " (its codes have two to four digits, such as 04 consult or 043 host a visit)");
            }
        }
        try {
            return concepts(dsg, reader, Scheme.EVENT_TYPE, value, "type", "event types", true);
        } catch (EtkgException unknownType) {
            try {
                return concepts(dsg, reader, Scheme.CAMEO, value, "type", "CAMEO codes", true);
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
        queries.run(dsg, """
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
            queries.run(dsg, "SELECT ?n WHERE { ?n skos:broader+ ?given }", Map.of("given", c), s -> withNarrower.add(s.get("n").asNode()));
        }
        return new ArrayList<>(withNarrower);
    }

    /** Whether a filter value is an IRI rather than a name. */
    static boolean isIri(String nameOrIri) {
        return nameOrIri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /**
     * The error for a name no actor (or place) bears, given every name there is: the names most
     * like it ({@link AlikeNames}), else the first names there are. Each name is quoted, as a
     * filter would be given it: names hold commas ("Afghan delegation to Islamabad, April 2025").
     */
    static EtkgException nobodyNamed(String what, String nameOrIri, java.util.Collection<String> names) {
        List<String> alike = isIri(nameOrIri) ? List.of() : AlikeNames.of(nameOrIri, names);
        List<String> shown = alike.isEmpty() ? names.stream().limit(50).toList() : alike;
        return EtkgException.usage("no " + what + " named '" + shorten(nameOrIri) + "' takes part in any event; "
                + (alike.isEmpty() ? what + "s include: " : "names like it: ")
                + String.join(", ", shown.stream().map(n -> '"' + n + '"').toList()));
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
