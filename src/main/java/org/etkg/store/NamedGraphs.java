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
        return withoutStamp.isIsomorphicWith(next) ? stamps.get(0).getObject() : now;
    }

    /** Replaces graph {@code name} with {@code content} plus its generation time; returns triples written. */
    public static long replace(DatasetGraph dsg, Node name, Graph content, Node now) {
        Graph previous = dsg.containsGraph(name) ? copy(dsg, name) : null;
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        dsg.add(name, name, Vocab.Prov.generatedAtTime, timestamp(previous, content, name, now));
        return content.size() + 1;
    }
}
