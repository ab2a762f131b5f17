package org.etkg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.load.GdeltClustering;
import org.etkg.model.NameKey;
import org.etkg.rdf.IriScheme;
import org.etkg.store.QuadIds;

/**
 * The clusters of the same thing that resolve recorded, as views need them: each member's
 * representative and each representative's members. A resource in no cluster is its own.
 * Held as IRIs ({@link #read}), or as the store's node ids, decoded only where asked
 * ({@link #readByIds}, for one read transaction).
 */
public final class Identity {
    private final Clusters clusters;

    private Identity(Clusters clusters) {
        this.clusters = clusters;
    }

    /** The clusters as a view asks for them. */
    private interface Clusters {
        /** The representative of a clustered IRI; null for one in no cluster. */
        String representative(String iri);

        /** The members of a representative's cluster in IRI order; null for one with none. */
        List<String> members(String representative);

        /** Of these nodes, those in a cluster, with their IRIs. */
        Map<NodeId, String> clusteredAmong(QuadIds q, Collection<NodeId> nodes);
    }

    /** The link sets whose clusters are read: resolve's (articles' entities and events) and GDELT's rows' (GdeltClustering), apart. */
    private static List<Node> graphs(IriScheme iris) {
        return List.of(iris.linkSetGraph("resolve"), iris.linkSetGraph(GdeltClustering.NAME));
    }

    /** Reads the clusters from the resolve graph and GDELT's; none when neither has been made. */
    public static Identity read(DatasetGraph dsg, IriScheme iris) {
        Map<String, String> rep = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Node graph : graphs(iris)) {
            dsg.find(graph, Node.ANY, iris.terms().representative, Node.ANY).forEachRemaining(q -> {
                rep.put(q.getSubject().getURI(), q.getObject().getURI());
                members.computeIfAbsent(q.getObject().getURI(), k -> new ArrayList<>()).add(q.getSubject().getURI());
            });
        }
        members.values().forEach(Collections::sort);
        return new Identity(new ByIri(rep, members));
    }

    /**
     * The clusters as node ids of a TDB2 store, for use inside the read transaction of
     * {@code dsg} only: a cold command reads them without decoding a single IRI (at 100,000
     * articles, decoding the 9,834 members' IRIs took a third of a second in a new JVM) and
     * decodes only those a page asks for.
     */
    public static Identity readByIds(DatasetGraph dsg, IriScheme iris) {
        QuadIds q = new QuadIds(dsg);
        Map<NodeId, NodeId> rep = new HashMap<>();
        Map<NodeId, List<NodeId>> members = new HashMap<>();
        NodeId representative = q.id(iris.terms().representative);
        for (Node graph : graphs(iris)) {
            NodeId g = q.id(graph);
            if (g != null && representative != null) {
                q.find(g, QuadIds.ANY, representative, QuadIds.ANY, (gg, s, p, o) -> {
                    rep.put(s, o);
                    members.computeIfAbsent(o, k -> new ArrayList<>()).add(s);
                });
            }
        }
        return new Identity(new ByNodeId(q, rep, members));
    }

    public String representative(String iri) {
        String rep = clusters.representative(iri);
        return rep == null ? iri : rep;
    }

    /** The members of the cluster {@code iri} belongs to, itself included, in IRI order. */
    public List<String> members(String iri) {
        List<String> members = clusters.members(representative(iri));
        return members == null ? List.of(iri) : members;
    }

    /** Of these nodes of the store {@code q} reads, those in a cluster, with their IRIs. */
    public Map<NodeId, String> clusteredAmong(QuadIds q, Collection<NodeId> nodes) {
        return clusters.clusteredAmong(q, nodes);
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

    /** Clusters read as IRIs. */
    private record ByIri(Map<String, String> rep, Map<String, List<String>> members) implements Clusters {
        @Override
        public String representative(String iri) {
            return rep.get(iri);
        }

        @Override
        public List<String> members(String representative) {
            return members.get(representative);
        }

        @Override
        public Map<NodeId, String> clusteredAmong(QuadIds q, Collection<NodeId> nodes) {
            // Whichever side is smaller is looked up in the other.
            Map<NodeId, String> out = new HashMap<>();
            if (rep.size() <= nodes.size()) {
                Set<NodeId> among = nodes instanceof Set<NodeId> s ? s : new HashSet<>(nodes);
                for (String member : rep.keySet()) {
                    NodeId id = q.id(NodeFactory.createURI(member));
                    if (id != null && among.contains(id)) {
                        out.put(id, member);
                    }
                }
            } else {
                for (NodeId e : nodes) {
                    Node n = q.node(e);
                    if (n.isURI() && rep.containsKey(n.getURI())) {
                        out.put(e, n.getURI());
                    }
                }
            }
            return out;
        }
    }

    /** Clusters read as node ids; an IRI is decoded the first time it is asked for. */
    private static final class ByNodeId implements Clusters {
        private final QuadIds q;
        private final Map<NodeId, NodeId> rep;
        private final Map<NodeId, List<NodeId>> members;
        private final Map<NodeId, String> decoded = new HashMap<>();
        private final Map<String, List<String>> membersDecoded = new HashMap<>();

        ByNodeId(QuadIds q, Map<NodeId, NodeId> rep, Map<NodeId, List<NodeId>> members) {
            this.q = q;
            this.rep = rep;
            this.members = members;
        }

        private String iri(NodeId id) {
            return decoded.computeIfAbsent(id, i -> q.node(i).getURI());
        }

        private NodeId id(String iri) {
            return rep.isEmpty() ? null : q.id(NodeFactory.createURI(iri));
        }

        @Override
        public String representative(String iri) {
            NodeId id = id(iri);
            NodeId r = id == null ? null : rep.get(id);
            return r == null ? null : iri(r);
        }

        @Override
        public List<String> members(String representative) {
            return membersDecoded.computeIfAbsent(representative, r -> {
                NodeId id = id(r);
                List<NodeId> ids = id == null ? null : members.get(id);
                if (ids == null) {
                    return null;
                }
                List<String> out = new ArrayList<>(ids.size());
                ids.forEach(m -> out.add(iri(m)));
                Collections.sort(out);
                return List.copyOf(out);
            });
        }

        @Override
        public Map<NodeId, String> clusteredAmong(QuadIds ids, Collection<NodeId> nodes) {
            Map<NodeId, String> out = new HashMap<>();
            for (NodeId e : nodes) {
                if (rep.containsKey(e)) {
                    out.put(e, iri(e));
                }
            }
            return out;
        }
    }
}
