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
        if (predicate != null && object != null) {
            distinct("POSG", new NodeId[] {predicate, object}, out::add,
                    () -> find(ANY, ANY, predicate, object, (g, s, p, o) -> out.add(s)));
        }
        return out;
    }

    /**
     * The distinct objects of the quads with this predicate, in any graph, each once, without
     * reading again the quads that repeat one (it seeks in the POSG index from one object to
     * the next, or scans where the store has no such index). Each seek is an index descent: for
     * a predicate whose objects are mostly distinct, a scan is quicker.
     */
    public void objectsOf(NodeId predicate, java.util.function.Consumer<NodeId> each) {
        if (predicate != null) {
            distinct("POSG", new NodeId[] {predicate}, each, () -> distinctObjects(ANY, predicate, each));
        }
    }

    /**
     * The distinct objects of a subject's quads with this predicate, in any graph: a person of
     * thousands of articles is labelled in each of them, with a few spellings. It seeks in the
     * SPOG index from one object to the next.
     */
    public void objectsOf(NodeId subject, NodeId predicate, java.util.function.Consumer<NodeId> each) {
        if (subject != null && predicate != null) {
            distinct("SPOG", new NodeId[] {subject, predicate}, each, () -> distinctObjects(subject, predicate, each));
        }
    }

    private void distinctObjects(NodeId subject, NodeId predicate, java.util.function.Consumer<NodeId> each) {
        java.util.Set<NodeId> seen = new java.util.HashSet<>();
        find(ANY, subject, predicate, ANY, (g, s, p, o) -> {
            if (seen.add(o)) {
                each.accept(o);
            }
        });
    }

    /**
     * The distinct values of the slot just after {@code fixed} in the named index's order (the
     * O of POSG after P, the S after P and O, the O of SPOG after S and P) among the quads
     * whose keys start with {@code fixed}. It reads the keys in order and, when one value has
     * run for {@value #RUN_BEFORE_SEEK} keys, seeks past its last key with one index descent:
     * values of a few quads each cost a read of those quads, and a value of thousands costs a
     * few reads and a descent. {@code scan} answers instead where the store has no such record index.
     */
    private void distinct(String indexName, NodeId[] fixed, java.util.function.Consumer<NodeId> each, Runnable scan) {
        TupleIndex chosen = quads.getTupleTable().selectIndex(indexName);
        if (!(chosen instanceof TupleIndexRecord index) || !indexName.equals(chosen.getName())) {
            scan.run();
            return;
        }
        RangeIndex range = index.getRangeIndex();
        RecordFactory records = range.getRecordFactory();
        int size = NodeId.SIZE;
        int prefix = fixed.length * size;
        int upToValue = prefix + size;
        byte[] from = new byte[4 * size];
        for (int i = 0; i < fixed.length; i++) {
            NodeIdFactory.set(fixed[i], from, i * size);
        }
        byte[] to = java.util.Arrays.copyOf(from, 4 * size);
        if (!increment(to, prefix)) {
            scan.run();
            return;
        }
        java.util.Arrays.fill(to, prefix, 4 * size, (byte) 0);
        byte[] last = null;
        while (true) {
            java.util.Iterator<Record> it = range.iterator(records.create(from), records.create(to));
            try {
                int run = 0;
                boolean seek = false;
                while (it.hasNext()) {
                    byte[] key = it.next().getKey();
                    if (last != null && java.util.Arrays.equals(key, prefix, upToValue, last, prefix, upToValue)) {
                        if (++run >= RUN_BEFORE_SEEK) {
                            seek = true;
                            break;
                        }
                        continue;
                    }
                    last = key.clone();
                    run = 1;
                    each.accept(NodeIdFactory.get(key, prefix));
                }
                if (!seek) {
                    return;
                }
                // The next value's first quad: just after every key of this one.
                System.arraycopy(last, 0, from, 0, upToValue);
                java.util.Arrays.fill(from, upToValue, 4 * size, (byte) 0);
                if (!increment(from, upToValue)) {
                    return;
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
    }

    /** How many keys of one value are read before seeking past the rest: about what one descent costs. */
    private static final int RUN_BEFORE_SEEK = 32;

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
