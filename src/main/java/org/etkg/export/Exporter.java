package org.etkg.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.etkg.EtkgException;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/** Writes the store, or one of its graphs, in a standard RDF syntax. */
public final class Exporter {
    private final EtkgStore store;
    private final IriScheme iris;

    public Exporter(EtkgStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Writes the whole dataset (TriG, N-Quads, JSON-LD) or the union graph (Turtle); with
     * {@code graphIri}, only that graph (as the one named graph in dataset formats).
     */
    public void export(ExportFormat format, String graphIri, OutputStream out) {
        if (format.eventTable()) {
            throw new IllegalArgumentException(format + " is an event table, not RDF: EventExport writes it");
        }
        store.read(dsg -> {
            if (graphIri != null) {
                Node name = NodeFactory.createURI(graphIri);
                if (!dsg.containsGraph(name)) {
                    List<String> names = new ArrayList<>();
                    dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                    throw EtkgException.usage("no graph <" + graphIri + "> in the store; its graphs are:\n  "
                            + String.join("\n  ", names));
                }
                Graph g = dsg.getGraph(name);
                if (format.keepsGraphs()) {
                    DatasetGraph one = DatasetGraphFactory.createGeneral();
                    one.addGraph(name, g);
                    write(one, format, out);
                } else {
                    write(g, format, out);
                }
            } else if (format.keepsGraphs()) {
                write(dsg, format, out);
            } else {
                write(dsg.getUnionGraph(), format, out);
            }
            return null;
        });
    }

    // The views carry the export's prefixes without writing them into the store.
    private void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        PrefixMap prefixes = PrefixMapFactory.create(Vocab.prefixes(iris));
        DatasetGraph view = new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
        RDFWriter.source(view).format(format.rdfFormat()).output(out);
    }

    private void write(Graph g, ExportFormat format, OutputStream out) {
        PrefixMapping prefixes = Vocab.prefixes(iris);
        Graph view = new WrappedGraph(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
        RDFWriter.source(view).format(format.rdfFormat()).output(out);
    }
}
