package org.etkg.link;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.IoProblem;
import org.etkg.ConnectFailure;
import org.etkg.EtkgException;
import org.etkg.load.DatasetFiles;
import org.etkg.load.XmlGuard;
import org.etkg.model.DataError;
import org.etkg.store.EtkgStore;

/**
 * Reads the part of a target dataset that linking needs (labels, types, countries,
 * positions) from an RDF file (any syntax Jena reads, gzip too), a TDB2 store, or a
 * SPARQL endpoint queried in bounded pages with a timeout.
 */
public final class TargetReader {
    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final String GN = "http://www.geonames.org/ontology#";
    static final Set<String> PREDICATES = Set.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2004/02/skos/core#altLabel",
            "http://schema.org/name", "http://schema.org/alternateName", "http://schema.org/description",
            "http://schema.org/containedInPlace", "http://xmlns.com/foaf/0.1/name",
            "http://www.w3.org/ns/org#holds", "http://www.w3.org/ns/org#postIn",
            WDT + "P31", WDT + "P17", WDT + "P27", WDT + "P39", WDT + "P106",
            GN + "name", GN + "alternateName", GN + "officialName", GN + "featureCode", GN + "parentCountry");

    private final Duration timeout;
    private final int pageSize;
    private final int maxPages;

    public TargetReader(Duration timeout, int pageSize, int maxPages) {
        this.timeout = timeout;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    /** The IRI that names a source in provenance: the endpoint URL or the file's or folder's file: URI. */
    public static String sourceIri(String source) {
        if (isEndpoint(source)) {
            return source;
        }
        return Path.of(source).toAbsolutePath().normalize().toUri().toString();
    }

    static boolean isEndpoint(String source) {
        return source.startsWith("http://") || source.startsWith("https://");
    }

    public Graph read(String source, Path ownStore) {
        if (isEndpoint(source)) {
            return readEndpoint(source);
        }
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw new EtkgException("cannot read target " + source + ": no such file, folder or endpoint");
        }
        if (Files.isDirectory(path)) {
            if (ownStore != null && path.toAbsolutePath().normalize().equals(ownStore.toAbsolutePath().normalize())) {
                throw EtkgException.usage("the target is the store itself: link to another dataset");
            }
            return readStore(path);
        }
        return readFile(path);
    }

    private Graph readFile(Path file) {
        try {
            XmlGuard.check(file);
        } catch (DataError e) {
            throw new EtkgException("cannot read target " + file + ": " + e.problem(), e);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF keep = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void triple(Triple t) {
                if (PREDICATES.contains(t.getPredicate().getURI())) {
                    super.triple(t);
                }
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                triple(q.asTriple());
            }
        };
        try {
            DatasetFiles.parse(file, file.toUri().toString(), keep);
        } catch (IOException e) {
            throw new EtkgException("cannot read target " + file + ": " + IoProblem.describe(e, file), e);
        } catch (RiotException e) {
            throw new EtkgException("cannot read target " + file + ": " + e.getMessage(), e);
        }
        return graph;
    }

    private Graph readStore(Path dir) {
        try (EtkgStore store = EtkgStore.openExisting(dir)) {
            return store.read(dsg -> {
                Graph graph = GraphFactory.createDefaultGraph();
                for (String p : PREDICATES) {
                    Node pred = NodeFactory.createURI(p);
                    dsg.find(Node.ANY, Node.ANY, pred, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
                }
                return graph;
            });
        }
    }

    private Graph readEndpoint(String url) {
        try {
            URI.create(url).toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw EtkgException.usage("not an endpoint URL: " + url);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        List<String> values = new ArrayList<>();
        PREDICATES.stream().sorted().forEach(p -> values.add("<" + p + ">"));
        String base = "SELECT ?s ?p ?o WHERE { VALUES ?p { " + String.join(" ", values) + " } ?s ?p ?o } ORDER BY ?s ?p ?o";
        for (int page = 0; page < maxPages; page++) {
            String query = base + " LIMIT " + pageSize + " OFFSET " + ((long) page * pageSize);
            int[] rows = {0};
            try (QueryExecution qe = QueryExecution.service(url).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    rows[0]++;
                    graph.add(Triple.create(s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
                });
            } catch (QueryExceptionHTTP | HttpException e) {
                throw new EtkgException("cannot query endpoint " + url + ": " + describe(e), e);
            } catch (RuntimeException e) {
                throw new EtkgException("cannot query endpoint " + url + ": " + describe(e), e);
            }
            if (rows[0] < pageSize) {
                return graph;
            }
        }
        throw new EtkgException("endpoint " + url + " has more than " + maxPages + " pages of " + pageSize
                + " label and type statements; raise --max-pages or link against a dump of the part you need");
    }

    private static String describe(Throwable e) {
        var connect = ConnectFailure.of(e);
        if (connect.isPresent()) {
            return connect.get();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return msg.replaceAll("\\s+", " ");
    }
}
