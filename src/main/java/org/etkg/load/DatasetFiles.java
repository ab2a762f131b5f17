package org.etkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An analyst's own RDF dataset loaded beside the articles (GeoNames features, a list of
 * officials): each file becomes the named graph {@code graph/dataset/NAME}. The file may
 * describe itself with {@code <>}, which names that graph (prov:wasDerivedFrom, rdfs:label);
 * otherwise the graph is derived from the file.
 */
public final class DatasetFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetFiles.class);

    private DatasetFiles() {
    }

    /** An RDF file, or an event dataset's file (GDELT 2.0 *.export.CSV or *.mentions.CSV, plain or zipped). */
    static boolean isRdf(Path p) {
        return lang(p) != null || isGdelt(p);
    }

    /** A GDELT 2.0 file of either kind: events (*.export.CSV) or their mentions (*.mentions.CSV). */
    static boolean isGdelt(Path p) {
        return GdeltFile.isGdelt(p) || GdeltMentions.isMentions(p);
    }

    static Lang lang(Path p) {
        // Whatever case the extension has: tools on Windows write PLACES.NT.GZ.
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt") || name.endsWith(".json")
                || name.endsWith(".csv") || name.endsWith(".rq")) {
            return null;
        }
        return RDFLanguages.filenameToLang(gzipped(p) ? name.substring(0, name.length() - 3) : name);
    }

    /**
     * Parses an RDF file, gzipped or not, its syntax told by its extension in any case
     * (N-Triples when a gzipped file's inner extension says nothing).
     */
    public static void parse(Path file, String base, StreamRDF into) throws IOException {
        if (gzipped(file)) {
            Lang lang = lang(file);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(lang == null ? Lang.NTRIPLES : lang).base(base)
                        .errorHandler(errorsFor(file)).parse(into);
            }
        } else {
            RDFParser.source(file).base(base).errorHandler(errorsFor(file)).parse(into);
        }
    }

    /**
     * Jena's own handler logs an error and then throws it, so the user read it twice, the
     * first time without the file's name. Errors are thrown only (the caller reports them at
     * file:line:column); warnings, such as "abc"^^xsd:integer, are still logged, with the file.
     */
    private static ErrorHandler errorsFor(Path file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                LOG.warn("{}: {}", where(file, line, col), message);
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }
        };
    }

    private static String where(Path file, long line, long col) {
        return line < 1 ? file.toString() : col < 1 ? file + ":" + line : file + ":" + line + ":" + col;
    }

    static boolean gzipped(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    /** A parse error at file:line:column when RIOT knows the position, else at the file. */
    static DataError riotError(Path file, RiotException e) {
        if (e instanceof RiotParseException p && p.getLine() >= 1) {
            Location at = new Location(file.toString(), (int) p.getLine(), (int) Math.max(p.getCol(), 0));
            return new DataError(at, "not valid RDF: " + p.getOriginalMessage());
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("LOADING_DOCUMENT_FAILED")) {
            // A JSON-LD file whose @context is a web address: the parser fetches it, and this machine could not.
            message += " (a JSON-LD @context given by its web address, such as \"https://schema.org/\", could not be "
                    + "fetched: put the context in the file itself, or convert the file to Turtle or N-Triples)";
        }
        return new DataError(Location.of(file.toString()), "not valid RDF: " + message);
    }

    public static String graphName(Path file) {
        if (isGdelt(file)) {
            return GdeltFile.graphName(file);
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.gz$", "").replaceFirst("\\.[A-Za-z0-9]+$", "");
        return name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-|-$", "");
    }

    /** The file's triples (quads are folded into one graph) plus the graph's description. */
    public static Graph read(Path file, IriScheme iris) {
        Node graphName = iris.datasetGraph(graphName(file));
        XmlGuard.check(file);
        Graph g = GraphFactory.createDefaultGraph();
        // Into a graph, Jena keeps the default graph and drops named graphs with a warning: fold them in instead.
        StreamRDF into = new org.apache.jena.riot.system.StreamRDFWrapper(
                org.apache.jena.riot.system.StreamRDFLib.graph(g)) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                g.add(quad.asTriple());
            }
        };
        try {
            parse(file, graphName.getURI(), into);
        } catch (RiotException e) {
            throw riotError(file, e);
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        }
        Triple blank = g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).nextOptional().orElse(null);
        if (blank != null) {
            throw new DataError(Location.of(file.toString()), "holds blank nodes (data-model pattern 1 wants an IRI for "
                    + "every resource), for example in: " + blank);
        }
        g.add(Triple.create(graphName, Vocab.RDF_TYPE, Vocab.Prov.Entity));
        if (!g.contains(graphName, Vocab.Prov.wasDerivedFrom, Node.ANY)) {
            g.add(Triple.create(graphName, Vocab.Prov.wasDerivedFrom,
                    NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString())));
        }
        if (!g.contains(graphName, Vocab.RDFS_LABEL, Node.ANY)) {
            g.add(Triple.create(graphName, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Dataset " + file.getFileName(), "en")));
        }
        g.find(graphName, Vocab.Prov.generatedAtTime, Node.ANY).toList().forEach(g::delete);
        return g;
    }
}
