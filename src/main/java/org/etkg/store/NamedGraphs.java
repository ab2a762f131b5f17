package org.etkg.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.rdf.Vocab;

/** Replacing a named graph that describes itself with prov:generatedAtTime. */
public final class NamedGraphs {
    private NamedGraphs() {
    }

    /** An in-memory copy of a graph of the dataset. */
    public static Graph copy(DatasetGraph dsg, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(copy::add);
        return copy;
    }

    /**
     * The generation time to record for {@code next}: the previous one when the content did
     * not change (so that redoing the same work leaves an isomorphic store), else {@code now}.
     */
    public static Node timestamp(Graph previous, Graph next, Node name, Node now) {
        if (previous == null) {
            return now;
        }
        List<Triple> stamps = previous.find(name, Vocab.Prov.generatedAtTime, Node.ANY).toList();
        if (stamps.size() != 1) {
            return now;
        }
        Graph withoutStamp = GraphFactory.createDefaultGraph();
        previous.find().forEachRemaining(withoutStamp::add);
        withoutStamp.delete(stamps.get(0));
        return same(withoutStamp, next) ? stamps.get(0).getObject() : now;
    }

    /** Isomorphism; without blank nodes (all etkg writes) that is set equality, checked in linear time. */
    private static boolean same(Graph a, Graph b) {
        if (a.size() != b.size()) {
            return false;
        }
        if (hasBlankNodes(a) || hasBlankNodes(b)) {
            return a.isIsomorphicWith(b);
        }
        return b.find().filterDrop(a::contains).toList().isEmpty();
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
    }

    /** Replaces graph {@code name} with {@code content} plus its generation time; returns triples written. */
    public static long replace(DatasetGraph dsg, Node name, Graph content, Node now) {
        Graph previous = dsg.containsGraph(name) ? copy(dsg, name) : null;
        Graph next = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(next::add);
        next.add(Triple.create(name, Vocab.Prov.generatedAtTime, timestamp(previous, content, name, now)));
        if (previous == null) {
            next.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        } else {
            // Only what changed is written: redoing the same work costs a read, not a rewrite.
            previous.find().filterDrop(next::contains).toList()
                    .forEach(t -> dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
            next.find().filterDrop(previous::contains).toList()
                    .forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return next.size();
    }
}
