package org.etkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/**
 * Months of GDELT files in one load, one write transaction per file: a file that fails leaves
 * the store as it was before it and the others still load, and a file already loaded with the
 * same content (its name, its SHA-256 and the filter it was read with, kept in its dataset
 * graph's description) is passed over, so that a daily cron of the same command adds only the
 * new files.
 */
final class GdeltBatch {
    /** schema.org's own property for a file's SHA-256. */
    static final Node SHA256 = NodeFactory.createURI(Vocab.SCHEMA + "sha256");
    /** The filter the file's rows were kept by, as its options read. */
    static final Node KEPT_BY = NodeFactory.createURI(Vocab.SCHEMA + "description");

    private final Ontology ontology;
    private final Clock clock;
    private final GdeltFilter filter;

    GdeltBatch(Ontology ontology, Clock clock, GdeltFilter filter) {
        this.ontology = ontology;
        this.clock = clock;
        this.filter = filter;
    }

    LoadService.Outcome load(EtkgStore store, List<Path> files, boolean skipBad, Consumer<BulkLoader.Progress> progress,
                             Consumer<DatasetGraph> afterWrite) {
        IriScheme iris = ontology.iris();
        Map<Node, String> known = store.read(GdeltBatch::loadedFiles);
        List<String> passedOver = new ArrayList<>();
        List<DataError> failed = new ArrayList<>();
        List<DataError> badRows = new ArrayList<>();
        Loader loader = new Loader(ontology, clock, filter);
        Written written = new Written();
        List<LoadPlan> pending = new ArrayList<>();
        long pendingRows = 0;
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            progress.accept(new BulkLoader.Progress(i, files.size(), written.rows.read(), System.nanoTime() - start, "files"));
            Path file = files.get(i);
            Node name = iris.datasetGraph(DatasetFiles.graphName(file));
            try {
                String key = key(sha256(file));
                if (key.equals(known.get(name))) {
                    passedOver.add(file.getFileName().toString());
                    continue;
                }
                List<DataError> bad = new ArrayList<>();
                LoadPlan plan = loader.plan(List.of(file), skipBad ? bad::add : null);
                Graph dataset = plan.graphs().get(name);
                dataset.add(Triple.create(name, SHA256, NodeFactory.createLiteralString(key.substring(0, 64))));
                if (!filter.keepsAll()) {
                    dataset.add(Triple.create(name, KEPT_BY, NodeFactory.createLiteralString(filter.description())));
                }
                known.put(name, key);
                badRows.addAll(bad);
                pending.add(plan);
                pendingRows += plan.gdeltRows().kept();
            } catch (DataError e) {
                failed.add(e);
            }
            // A file's checks all happen as it is planned, before anything is written: files that
            // passed them are written together, a day of 15-minute files or 50,000 kept rows to a
            // transaction (each TDB2 commit copies the B+tree pages it touched: one a file took 0.5 s).
            if (pending.size() >= FILES_A_WRITE || pendingRows >= ROWS_A_WRITE) {
                written.write(loader, store, pending, iris);
                pending.clear();
                pendingRows = 0;
            }
        }
        written.write(loader, store, pending, iris);
        progress.accept(new BulkLoader.Progress(files.size(), files.size(), written.rows.read(), System.nanoTime() - start, "files"));
        if (files.size() == 1 && failed.size() == 1) {
            throw failed.get(0); // one file: its error is the load's, as for any other input
        }
        if (!written.datasets.isEmpty()) {
            store.write(afterWrite);
        }
        LoadReport report = new LoadReport(List.of(), written.datasets, written.events, written.statements, written.triples,
                written.graphs, written.rows);
        return new LoadService.Outcome(report, badRows, passedOver, failed);
    }

    static final int FILES_A_WRITE = 96;
    static final long ROWS_A_WRITE = 50_000;

    /** What the batch wrote so far. */
    private static final class Written {
        final List<String> datasets = new ArrayList<>();
        final GdeltFile.RowCounts rows = new GdeltFile.RowCounts();
        long events;
        long statements;
        long triples;
        int graphs;
        boolean ontologyWritten;

        /** Writes the plans of several files in one transaction. */
        void write(Loader loader, EtkgStore store, List<LoadPlan> plans, IriScheme iris) {
            if (plans.isEmpty()) {
                return;
            }
            Map<Node, Graph> graphs = new java.util.LinkedHashMap<>();
            List<String> replaced = new ArrayList<>();
            List<String> names = new ArrayList<>();
            GdeltFile.RowCounts counts = new GdeltFile.RowCounts();
            long planEvents = 0;
            long planStatements = 0;
            for (LoadPlan p : plans) {
                graphs.putAll(p.graphs());
                replaced.addAll(p.replaced());
                names.addAll(p.datasets());
                counts.add(p.gdeltRows());
                planEvents += p.events();
                planStatements += p.statements();
            }
            if (ontologyWritten) {
                // The same ontology graph every time: written with the first files, not again with each.
                graphs.remove(iris.ontologyGraph());
            }
            LoadReport report = loader.write(store, new LoadPlan(graphs, replaced, List.of(), names, planEvents, planStatements,
                    Map.of(), counts));
            ontologyWritten = true;
            datasets.addAll(names);
            rows.add(counts);
            events += report.events();
            statements += report.statements();
            triples += report.triples();
            this.graphs += report.graphs();
        }
    }

    /** What identifies a loaded file's content: its SHA-256 and the filter its rows were kept by. */
    private String key(String sha256) {
        return sha256 + " " + filter.description();
    }

    /** The dataset graphs loaded from GDELT files, with the key of the content they were loaded from. */
    private static Map<Node, String> loadedFiles(DatasetGraph dsg) {
        Map<Node, String> known = new java.util.HashMap<>();
        dsg.find(Node.ANY, Node.ANY, SHA256, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                Quad by = first(dsg, q.getGraph(), KEPT_BY);
                known.put(q.getGraph(), q.getObject().getLiteralLexicalForm() + " "
                        + (by == null ? "" : by.getObject().getLiteralLexicalForm()));
            }
        });
        return known;
    }

    private static Quad first(DatasetGraph dsg, Node graph, Node p) {
        var it = dsg.find(graph, graph, p, Node.ANY);
        try {
            return it.hasNext() ? it.next() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
