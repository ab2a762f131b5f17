package org.etkg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.model.NameKey;
import org.etkg.rdf.IriScheme;

/**
 * The clusters of the same thing that resolve recorded, as views need them: each member's
 * representative and each representative's members. A resource in no cluster is its own.
 */
public final class Identity {
    private final Map<String, String> representative;
    private final Map<String, List<String>> members;

    private Identity(Map<String, String> representative, Map<String, List<String>> members) {
        this.representative = representative;
        this.members = members;
    }

    /** Reads the clusters from the resolve graph and GDELT's; none when neither has been made. */
    public static Identity read(DatasetGraph dsg, IriScheme iris) {
        Map<String, String> rep = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        // resolve's clusters (articles' entities and events) and those of GDELT's rows (GdeltClustering): apart.
        for (Node graph : List.of(iris.linkSetGraph("resolve"), iris.linkSetGraph(GdeltClustering.NAME))) {
            dsg.find(graph, Node.ANY, iris.terms().representative, Node.ANY).forEachRemaining(q -> {
                rep.put(q.getSubject().getURI(), q.getObject().getURI());
                members.computeIfAbsent(q.getObject().getURI(), k -> new ArrayList<>()).add(q.getSubject().getURI());
            });
        }
        members.values().forEach(Collections::sort);
        return new Identity(rep, members);
    }

    public String representative(String iri) {
        return representative.getOrDefault(iri, iri);
    }

    /** The members of the cluster {@code iri} belongs to, itself included, in IRI order. */
    public List<String> members(String iri) {
        return members.getOrDefault(representative(iri), List.of(iri));
    }

    /** Every IRI that is in a cluster, representatives included. */
    public Set<String> clustered() {
        Set<String> out = new java.util.HashSet<>(representative.keySet());
        members.values().forEach(out::addAll);
        return out;
    }

    /** Every member of the clusters of the given IRIs. */
    public Set<String> expand(Collection<String> iris) {
        Set<String> out = new LinkedHashSet<>();
        iris.forEach(i -> out.addAll(members(i)));
        return out;
    }

    /**
     * A test of whether a name given on the command line names the bearer of a label: every
     * word of it is in the label, spelling variants folded ("Azizi" names "Nooruddin Azizi"
     * and "Noor-ud-Din Azizi"). A text of more than {@value #MAX_NAME_WORDS} words names no one.
     */
    public static java.util.function.Predicate<String> nameOf(String query) {
        Set<String> asked = new LinkedHashSet<>(NameKey.phoneticWords(query));
        if (asked.isEmpty() || asked.size() > MAX_NAME_WORDS) {
            return label -> false;
        }
        return label -> NameKey.phoneticWords(label).containsAll(asked);
    }

    private static final int MAX_NAME_WORDS = 8;
}
