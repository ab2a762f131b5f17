package org.etkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store's quads as TDB2 node ids, decoding only the nodes a caller asks for. A scan that
 * looks at a few of the quads it touches (an entity's labels among everything said of it in
 * thousands of articles) runs several times faster than {@code DatasetGraph.find}, which
 * decodes every node. Use it inside a transaction, on the thread that holds it.
 */
public final class QuadIds {
    /** Receives one quad's ids. */
    @FunctionalInterface
    public interface Each {
        void accept(NodeId graph, NodeId subject, NodeId predicate, NodeId object);
    }

    private final NodeTupleTable quads;
    private final NodeTable nodes;

    public QuadIds(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) {
            throw new IllegalArgumentException("not a TDB2 dataset");
        }
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    /** The id of a node, or null when the store has never seen it (then nothing matches it). */
    public NodeId id(Node node) {
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The ids of the nodes the store has seen; the others match nothing and are left out. */
    public java.util.List<NodeId> ids(java.util.Collection<Node> nodes) {
        java.util.List<NodeId> out = new java.util.ArrayList<>();
        for (Node n : nodes) {
            NodeId id = id(n);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    public Node node(NodeId id) {
        return nodes.getNodeForNodeId(id);
    }

    /** Every quad matching the pattern; {@link #ANY} matches anything. A term the store lacks matches nothing. */
    public void find(NodeId graph, NodeId subject, NodeId predicate, NodeId object, Each each) {
        if (graph == null || subject == null || predicate == null || object == null) {
            return;
        }
        quads.find(graph, subject, predicate, object)
                .forEachRemaining(t -> each.accept(t.get(0), t.get(1), t.get(2), t.get(3)));
    }

    /** Receives one quad's ids and says whether it is the one looked for. */
    @FunctionalInterface
    public interface Test {
        boolean test(NodeId graph, NodeId subject, NodeId predicate, NodeId object);
    }

    /** Whether a quad matching the pattern passes the test; stops at the first that does. */
    public boolean anyMatch(NodeId graph, NodeId subject, NodeId predicate, NodeId object, Test test) {
        if (graph == null || subject == null || predicate == null || object == null) {
            return false;
        }
        var it = quads.find(graph, subject, predicate, object);
        try {
            while (it.hasNext()) {
                var t = it.next();
                if (test.test(t.get(0), t.get(1), t.get(2), t.get(3))) {
                    return true;
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    public static final NodeId ANY = NodeId.NodeIdAny;
}
