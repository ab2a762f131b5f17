package org.etkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
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

    /**
     * The distinct subjects of the quads with this predicate and object, in any graph. A name
     * borne by a person of thousands of articles is declared in each of them: instead of
     * reading every such quad, this seeks in TDB2's POSG index from one subject to the next, a
     * few index descents for a few subjects. Where the store has no such index, it scans.
     */
    public java.util.Set<NodeId> subjectsOf(NodeId predicate, NodeId object) {
        java.util.Set<NodeId> out = new java.util.LinkedHashSet<>();
        if (predicate == null || object == null) {
            return out;
        }
        TupleIndex posg = quads.getTupleTable().selectIndex("POSG");
        if (!(posg instanceof TupleIndexRecord index) || !"POSG".equals(posg.getName())) {
            find(ANY, ANY, predicate, object, (g, s, p, o) -> out.add(s));
            return out;
        }
        RangeIndex range = index.getRangeIndex();
        RecordFactory records = range.getRecordFactory();
        int size = NodeId.SIZE;
        byte[] from = new byte[4 * size];
        NodeIdFactory.set(predicate, from, 0);
        NodeIdFactory.set(object, from, size);
        byte[] to = java.util.Arrays.copyOf(from, 4 * size);
        if (!increment(to, 2 * size)) {
            find(ANY, ANY, predicate, object, (g, s, p, o) -> out.add(s));
            return out;
        }
        java.util.Arrays.fill(to, 2 * size, 4 * size, (byte) 0);
        while (true) {
            java.util.Iterator<Record> it = range.iterator(records.create(from), records.create(to));
            try {
                if (!it.hasNext()) {
                    return out;
                }
                byte[] key = it.next().getKey();
                out.add(NodeIdFactory.get(key, 2 * size));
                // The next subject's first quad: just after every key of this one.
                System.arraycopy(key, 0, from, 0, 3 * size);
                java.util.Arrays.fill(from, 3 * size, 4 * size, (byte) 0);
                if (!increment(from, 3 * size)) {
                    return out;
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
    }

    /** Adds one to the first {@code length} bytes, read as an unsigned number; false when they overflow. */
    private static boolean increment(byte[] key, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (++key[i] != 0) {
                return true;
            }
        }
        return false;
    }

    public static final NodeId ANY = NodeId.NodeIdAny;
}
