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
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.etkg.EtkgException;
import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.search.TextIndex;
import org.etkg.store.EtkgStore;

/**
 * Months of GDELT files in one load: a file that fails its checks leaves the store as it was
 * before it and the others still load (a file is checked whole before any of it is written), and a file already loaded with the
 * same content (its name, its SHA-256 and the filter it was read with, kept in its dataset
 * graph's description) is passed over, so that a daily cron of the same command adds only the
 * new files.
 */
final class GdeltBatch {
    private static final org.slf4j.Logger LOG = org.etkg.Trace.logger(GdeltBatch.class);
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

    LoadService.Outcome load(EtkgStore store, List<Path> given, boolean skipBad, Consumer<BulkLoader.Progress> progress,
                             Consumer<DatasetGraph> afterWrite) {
        // Events before mentions, whatever the names: a mention is kept only when its event is in the store, or
        // in an event file of this load (a 15-minute mentions file tells of events of earlier files too).
        List<Path> files = java.util.stream.Stream.concat(given.stream().filter(f -> !GdeltMentions.isMentions(f)),
                given.stream().filter(GdeltMentions::isMentions)).toList();
        Map<Node, String> known = store.read(GdeltBatch::loadedFiles);
        boolean storeHadGdelt = !known.isEmpty();
        // The store's events, looked up by the mentions; the reader thread adds each event file's as it plans it.
        GdeltEventIds eventIds = files.stream().anyMatch(GdeltMentions::isMentions) ? store.read(dsg -> GdeltEventIds.of(dsg, iris()))
                : new GdeltEventIds();
        Loader loader = new Loader(ontology, clock, filter, eventIds::contains);
        // A reader thread checks and maps the files ahead of the writer (the main thread, which owns
        // the write transaction): reading and filtering a month of rows overlaps TDB2's writing of the kept ones.
        BlockingQueue<Planned> ahead = new ArrayBlockingQueue<>(FILES_AHEAD);
        Thread reader = new Thread(() -> readAll(files, skipBad, known, loader, eventIds, ahead), "etkg-gdelt-reader");
        reader.setDaemon(true);
        reader.start();
        Written written = new Written();
        // A store made by this load gets its text index now, as any load's would (GDELT rows have no entries).
        Optional<TextIndex> text = TextIndex.forLoad(store);
        long start = System.nanoTime();
        try {
            Planned[] next = {take(ahead)};
            while (true) {
                // Files passed over or refused need no transaction (a cron's run that finds nothing new writes nothing).
                while (next[0] != END && next[0].plan() == null) {
                    progress.accept(new BulkLoader.Progress(next[0].index(), files.size(), written.rows.read(), System.nanoTime() - start, "files"));
                    written.record(next[0]);
                    next[0] = take(ahead);
                }
                if (next[0] == END) {
                    break;
                }
                // Files that passed their checks are written together, up to a month of 15-minute files or
                // 50,000 kept rows to a transaction: each TDB2 commit copies the B+tree pages it touched
                // and syncs (a commit a file took 0.5 s), and a file's checks all happen before it is written.
                Node now = loader.now();
                long[] inTransaction = {0, 0};
                store.write(dsg -> {
                    while (next[0] != END && inTransaction[0] < FILES_A_WRITE && inTransaction[1] < ROWS_A_WRITE) {
                        Planned p = next[0];
                        progress.accept(new BulkLoader.Progress(p.index(), files.size(), written.rows.read(), System.nanoTime() - start, "files"));
                        if (p.plan() != null) {
                            written.write(dsg, p.plan(), now, iris());
                            written.clusterRows.addAll(p.rows());
                            inTransaction[0]++;
                            inTransaction[1] += p.plan().gdeltRows().kept() + p.plan().gdeltRows().mentionsKept();
                        }
                        written.record(p);
                        next[0] = take(ahead);
                    }
                });
                text.ifPresent(TextIndex::commit);
            }
        } catch (RuntimeException e) {
            text.ifPresent(TextIndex::rollback);
            throw e;
        } finally {
            reader.interrupt();
        }
        progress.accept(new BulkLoader.Progress(files.size(), files.size(), written.rows.read(), System.nanoTime() - start, "files"));
        LOG.debug("{} files: {} ms reading (checksums, reading, filtering, mapping; on the reader thread), {} ms in total",
                files.size(), written.readNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        if (files.size() == 1 && written.failed.size() == 1) {
            throw written.failed.get(0); // one file: its error is the load's, as for any other input
        }
        GdeltClustering.Summary[] events = {null};
        if (!written.datasets.isEmpty()) {
            // The rows of the whole store, old and new, grouped into the real events they code.
            Node now = loader.now();
            store.write(dsg -> {
                events[0] = GdeltClustering.cluster(dsg, iris(), now, written.clusterRows, written.graphNames, storeHadGdelt);
                afterWrite.accept(dsg);
            });
            LOG.debug("{} GDELT rows of the store are {} events ({} rows in {} clusters), grouped in {} ms", events[0].rows(),
                    events[0].events(), events[0].clusteredRows(), events[0].clusters(), events[0].nanos() / 1_000_000);
        }
        LoadReport report = new LoadReport(List.of(), written.datasets, written.events, written.statements, written.triples,
                written.graphs, written.rows);
        return new LoadService.Outcome(report, written.badRows, written.passedOver, written.failed, events[0]);
    }

    private IriScheme iris() {
        return ontology.iris();
    }

    /** A file as the reader left it: planned, passed over, or failed; or a problem that stops the load. */
    private record Planned(int index, Path file, LoadPlan plan, List<RowClusters.Row> rows, List<DataError> badRows, boolean passedOver,
                           DataError failed, RuntimeException fatal, long nanos) {
    }

    private static final Planned END = new Planned(-1, null, null, List.of(), List.of(), false, null, null, 0);

    private static Planned take(BlockingQueue<Planned> ahead) {
        try {
            Planned p = ahead.take();
            if (p.fatal() != null) {
                throw p.fatal();
            }
            return p;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EtkgException("the load was interrupted", e);
        }
    }

    /** The reader thread: each file's checksum, then its rows read, filtered, checked and mapped. */
    private void readAll(List<Path> files, boolean skipBad, Map<Node, String> known, Loader loader, GdeltEventIds events,
                         BlockingQueue<Planned> ahead) {
        try {
            String ns = iris().gdelt("event/").getURI();
            for (int i = 0; i < files.size(); i++) {
                Planned p = read(i, files.get(i), skipBad, known, loader);
                p.rows().forEach(row -> events.addIri(NodeFactory.createURI(row.iri()), ns));
                ahead.put(p);
            }
            ahead.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer stopped: nothing more is wanted
        }
    }

    private Planned read(int index, Path file, boolean skipBad, Map<Node, String> known, Loader loader) {
        long t0 = System.nanoTime();
        try {
            Node name = iris().datasetGraph(DatasetFiles.graphName(file));
            String key = key(sha256(file));
            if (key.equals(known.get(name))) {
                return new Planned(index, file, null, List.of(), List.of(), true, null, null, System.nanoTime() - t0);
            }
            List<DataError> bad = new ArrayList<>();
            LoadPlan plan = loader.plan(List.of(file), skipBad ? bad::add : null);
            Graph dataset = plan.graphs().get(name);
            dataset.add(Triple.create(name, SHA256, NodeFactory.createLiteralString(key.substring(0, 64))));
            if (!filter.keepsAll()) {
                dataset.add(Triple.create(name, KEPT_BY, NodeFactory.createLiteralString(filter.description())));
            }
            known.put(name, key);
            // The rows as clustering sees them, read here from the file's graph in memory rather than from the store.
            List<RowClusters.Row> rows = GdeltClustering.rows(dataset.find(), iris());
            return new Planned(index, file, plan, rows, bad, false, null, null, System.nanoTime() - t0);
        } catch (DataError e) {
            return new Planned(index, file, null, List.of(), List.of(), false, e, null, System.nanoTime() - t0);
        } catch (RuntimeException e) {
            return new Planned(index, file, null, List.of(), List.of(), false, null, e, 0);
        }
    }

    static final int FILES_A_WRITE = 96 * 31;
    static final long ROWS_A_WRITE = 50_000;
    /** Files read ahead of the writer; a plan holds a file's kept rows as RDF. */
    static final int FILES_AHEAD = 64;

    /** What the batch wrote so far, and what it passed over, refused or left out. */
    private static final class Written {
        final List<String> datasets = new ArrayList<>();
        final List<String> passedOver = new ArrayList<>();
        final List<DataError> failed = new ArrayList<>();
        final List<DataError> badRows = new ArrayList<>();
        final List<RowClusters.Row> clusterRows = new ArrayList<>();
        final java.util.Set<Node> graphNames = new java.util.HashSet<>();
        final GdeltFile.RowCounts rows = new GdeltFile.RowCounts();
        long events;
        long statements;
        long triples;
        int graphs;
        long readNanos;
        boolean ontologyWritten;

        /** Writes one file's plan in the open transaction. */
        void write(DatasetGraph dsg, LoadPlan plan, Node now, IriScheme iris) {
            LoadPlan p = plan;
            if (ontologyWritten) {
                // The same ontology graph with every file: written with the first, not again with each.
                Map<Node, Graph> graphs = new java.util.LinkedHashMap<>(plan.graphs());
                graphs.remove(iris.ontologyGraph());
                p = new LoadPlan(graphs, plan.replaced(), plan.articles(), plan.datasets(), plan.events(), plan.statements(),
                        plan.exported(), plan.gdeltRows());
            }
            triples += Loader.writeInto(dsg, p, now, new java.util.HashSet<>());
            graphNames.addAll(p.graphs().keySet());
            ontologyWritten = true;
            datasets.addAll(p.datasets());
            rows.add(p.gdeltRows());
            events += p.events();
            statements += p.statements();
            graphs += p.graphs().size();
        }

        void record(Planned p) {
            readNanos += p.nanos();
            if (p.passedOver()) {
                passedOver.add(p.file().getFileName().toString());
            } else if (p.failed() != null) {
                failed.add(p.failed());
            } else {
                badRows.addAll(p.badRows());
            }
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
