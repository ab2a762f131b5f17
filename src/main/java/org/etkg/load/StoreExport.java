package org.etkg.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;

/**
 * A TriG or N-Quads file (gzip too) that holds etkg's own graphs, as etkg export writes a
 * store: loaded, its graphs go into the store under their own names, so that loading an
 * export into a new store gives the store that was exported, and an export of another store
 * merges into this one. Any other RDF file is a dataset of its own (see {@link DatasetFiles}).
 */
final class StoreExport {
    private StoreExport() {
    }

    /**
     * The file's graphs by name, each as written (with its prov:generatedAtTime); null when the
     * file is not an export: not quads, a triple outside the named graphs, or a graph named
     * outside the store's graph namespace.
     */
    static Map<Node, Graph> read(Path file, IriScheme iris) {
        Lang lang = DatasetFiles.lang(file);
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            return null;
        }
        XmlGuard.check(file);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try {
            DatasetFiles.parse(file, file.toAbsolutePath().toUri().toString(), StreamRDFLib.dataset(dsg));
        } catch (RiotException e) {
            throw DatasetFiles.riotError(file, e);
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        }
        if (!dsg.getDefaultGraph().isEmpty()) {
            return null;
        }
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            if (!name.isURI() || !name.getURI().startsWith(iris.graphPrefix())) {
                return null;
            }
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(copy::add);
            graphs.put(name, copy);
        }
        return graphs.isEmpty() ? null : graphs;
    }

    /** The graph without its own prov:generatedAtTime, which the load writes anew or keeps. */
    static Graph withoutTime(Graph graph, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(t -> t.getSubject().equals(name) && t.getPredicate().equals(Vocab.Prov.generatedAtTime))
                .forEachRemaining(copy::add);
        return copy;
    }
}
