package org.etkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.Cli;
import org.etkg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a store's quads by node id gives what Jena's own scan of the same pattern gives. */
class QuadIdsTest {
    @TempDir
    Path dir;

    /** A node never used as a predicate has no objects: the seek stops at once. */
    @Test
    void aPredicateWithoutObjectsHasNone() {
        try (EtkgStore store = EtkgStore.openExisting(Cli.loadedStore(dir))) {
            store.read(dsg -> {
                QuadIds q = new QuadIds(dsg);
                java.util.List<NodeId> none = new java.util.ArrayList<>();
                // A node the store holds only as an object, never as a predicate.
                q.objectsOf(q.id(Vocab.Schema.Person), none::add);
                assertEquals(java.util.List.of(), none);
                return null;
            });
        }
    }

    /**
     * The seek from subject to subject finds every bearer of every label, and only them, as a
     * full scan does; the seek from object to object finds every label once, in index order.
     */
    @Test
    void theSubjectsOfAPredicateAndObjectAreThoseAScanFinds() {
        try (EtkgStore store = EtkgStore.openExisting(Cli.loadedStore(dir))) {
            store.read(dsg -> {
                QuadIds q = new QuadIds(dsg);
                int[] checked = {0, 0};
                for (Node p : java.util.List.of(Vocab.RDFS_LABEL, Vocab.RDF_TYPE, Vocab.RDF_VALUE)) {
                    NodeId pid = q.id(p);
                    Set<NodeId> objects = new LinkedHashSet<>();
                    q.find(QuadIds.ANY, QuadIds.ANY, pid, QuadIds.ANY, (g, s, pp, o) -> objects.add(o));
                    java.util.List<NodeId> sought = new java.util.ArrayList<>();
                    q.objectsOf(pid, sought::add);
                    assertEquals(new java.util.ArrayList<>(objects), sought, "each object of " + p + " once, in the index's order");
                    for (NodeId o : objects) {
                        Set<NodeId> scanned = new LinkedHashSet<>();
                        q.find(QuadIds.ANY, QuadIds.ANY, pid, o, (g, s, pp, oo) -> scanned.add(s));
                        assertEquals(scanned, q.subjectsOf(pid, o), q.node(o).toString());
                        checked[0]++;
                        checked[1] = Math.max(checked[1], scanned.size());
                    }
                }
                assertTrue(checked[0] > 100 && checked[1] > 10, "labels, types and role values of data/, some borne by many: " + checked[0]);
                assertEquals(Set.of(), q.subjectsOf(q.id(Vocab.RDFS_LABEL), q.id(Vocab.RDF_TYPE)), "an object no such quad has");
                return null;
            });
        }
    }
}
