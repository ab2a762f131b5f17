package org.etkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.etkg.EtkgException;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.search.TextIndex;
import org.etkg.store.EtkgStore;
import org.etkg.store.NamedGraphs;
import org.etkg.validate.ShapeValidator;
import org.etkg.validate.Violation;

/**
 * Loads a large collection of new articles: worker threads take batches of articles through
 * the {@link ArticlePipeline} and validate them while the main thread streams their quads into TDB2's bulk
 * loader. Only a bounded number of batches is in memory at once. The loader runs in one
 * write transaction: a bad article stops it and the store is left as it was, unless bad
 * articles are to be skipped, in which case they are reported and left out.
 */
public final class BulkLoader {
    private final Ontology ontology;
    private final ShapeValidator validator;
    private final Clock clock;
    private final int threads;
    private final int batchSize;

    public BulkLoader(Ontology ontology, Clock clock, int threads, int batchSize) {
        this.ontology = ontology;
        this.validator = ShapeValidator.withoutLoaderInvariants(ontology);
        this.clock = clock;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /**
     * The worker threads a bulk load maps articles on unless told otherwise: half the cores, the
     * other half being TDB2's. On 2 cores one worker loads 10,000 articles in about 10 % less time
     * than two, which take CPU from the loader's node-table and index threads.
     */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** How far a load has come. */
    /**
     * How far a long load is: {@code articles} of {@code total} done, {@code quads} written; for a
     * batch of GDELT files, unit "files", files of total done and {@code quads} the rows read.
     */
    public record Progress(long articles, long total, long quads, long elapsedNanos, String unit) {
        public Progress(long articles, long total, long quads, long elapsedNanos) {
            this(articles, total, quads, elapsedNanos, "articles");
        }
    }

    /** What was loaded, and the bad articles left out (only with skip-bad). */
    public record Result(LoadReport report, List<DataError> skipped) {
    }

    private record Batch(Map<Node, Graph> graphs, List<String> articles, long events, long statements,
                         List<DataError> bad) {
    }

    /** Whether none of the articles under {@code bundles} is in the store yet (the bulk path only adds). */
    public static boolean allNew(EtkgStore store, IriScheme iris, List<ArticleBundle> bundles) {
        return store.read(dsg -> {
            if (!dsg.listGraphNodes().hasNext()) {
                return true;
            }
            for (ArticleBundle b : bundles) {
                String folder = b.factsFile().toAbsolutePath().getParent().getFileName().toString();
                // Ids are read with the facts; the folder name is only a fast first look.
                if (dsg.containsGraph(iris.articleGraph(folder))) {
                    return false;
                }
            }
            return true;
        });
    }

    public Result load(EtkgStore store, List<ArticleBundle> bundles, boolean skipBad, Consumer<Progress> progress) {
        IriScheme iris = ontology.iris();
        // The workers add their articles' text entries (Lucene's writer takes them from any thread);
        // they are committed once the store's bulk transaction is, or forgotten with it.
        TextIndex text = TextIndex.forLoad(store).orElse(null);
        Node now = NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "etkg-bulk-worker");
            t.setDaemon(true);
            return t;
        });
        // At most this many batches are read ahead of the writer: memory stays bounded.
        BlockingQueue<Future<Batch>> ahead = new ArrayBlockingQueue<>(threads * 2);
        List<DataError> skipped = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        long[] counts = new long[4];
        long start = System.nanoTime();
        Thread feeder = new Thread(() -> {
            try {
                for (int[] slice : slices(bundles.size(), batchSize)) {
                    List<ArticleBundle> part = bundles.subList(slice[0], slice[1]);
                    ahead.put(pool.submit(() -> batch(part, skipBad, text)));
                }
                ahead.put(CompletableFuture.completedFuture(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "etkg-bulk-feeder");
        feeder.setDaemon(true);
        // The workers start on the first articles while the store is made ready.
        feeder.start();
        DataLoader loader;
        boolean newStore;
        boolean indexed = false;
        try {
            // A new store gets the ontology graph in the load's own transaction, so that a refused load
            // leaves nothing. The loader only adds, so a store whose ontology graph an older etkg wrote
            // has it replaced first (with no write at all when it is unchanged, the usual case).
            newStore = store.read(dsg -> !dsg.containsGraph(iris.ontologyGraph()));
            if (!newStore) {
                store.write(dsg -> NamedGraphs.replace(dsg, iris.ontologyGraph(), ontology.graph(), now));
            }
            store.forgetResolveMemory(); // the phased loader writes without EtkgStore.write
            loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> { });
            loader.startBulk();
        } catch (RuntimeException e) {
            feeder.interrupt();
            pool.shutdownNow();
            if (text != null) {
                text.rollback();
            }
            throw e;
        }
        try {
            StreamRDF stream = loader.stream();
            if (newStore) {
                Node name = iris.ontologyGraph();
                ontology.graph().find().forEachRemaining(t -> stream.quad(new org.apache.jena.sparql.core.Quad(name, t)));
                stream.quad(new org.apache.jena.sparql.core.Quad(name, name, Vocab.Prov.generatedAtTime, now));
            }
            long done = 0;
            while (true) {
                Batch batch = ahead.take().get();
                if (batch == null) {
                    break;
                }
                if (!batch.bad().isEmpty()) {
                    if (!skipBad) {
                        throw batch.bad().get(0);
                    }
                    skipped.addAll(batch.bad());
                }
                for (Map.Entry<Node, Graph> e : batch.graphs().entrySet()) {
                    Node name = e.getKey();
                    e.getValue().find().forEachRemaining(t -> stream.quad(
                            new org.apache.jena.sparql.core.Quad(name, t)));
                    stream.quad(new org.apache.jena.sparql.core.Quad(name, name, Vocab.Prov.generatedAtTime, now));
                    counts[2] += e.getValue().size() + 1;
                    counts[3]++;
                }
                articles.addAll(batch.articles());
                counts[0] += batch.events();
                counts[1] += batch.statements();
                done += batch.articles().size() + batch.bad().size();
                progress.accept(new Progress(done, bundles.size(), counts[2], System.nanoTime() - start));
            }
            loader.finishBulk();
            if (text != null) {
                text.commit();
            }
            indexed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loader.finishException(e);
            throw new EtkgException("the load was interrupted; the store is unchanged", e);
        } catch (ExecutionException e) {
            loader.finishException(e);
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new EtkgException("bulk load failed: " + cause, cause);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        } finally {
            feeder.interrupt();
            pool.shutdownNow();
            if (text != null && !indexed) {
                text.rollback();
            }
        }
        return new Result(new LoadReport(articles, List.of(), counts[0], counts[1], counts[2], (int) counts[3] + 1), skipped);
    }

    /**
     * The articles' batches as [from, to) index ranges: the first ones small, doubling up to
     * {@code size}, so that TDB2's loader gets its first quads while the workers' code is still
     * cold (a whole first batch took 1.7 s of 20 at 10,000 articles, with the loader idle).
     */
    static List<int[]> slices(int total, int size) {
        List<int[]> out = new ArrayList<>();
        int step = Math.min(size, 8);
        for (int from = 0; from < total; from += step, step = Math.min(size, step * 2)) {
            out.add(new int[] {from, Math.min(total, from + step)});
        }
        return out;
    }

    private Batch batch(List<ArticleBundle> bundles, boolean skipBad, TextIndex text) {
        IriScheme iris = ontology.iris();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, Location> origins = new HashMap<>();
        Map<String, List<Node>> graphsOf = new LinkedHashMap<>();
        List<String> articles = new ArrayList<>();
        List<DataError> bad = new ArrayList<>();
        long events = 0;
        long statements = 0;
        ArticlePipeline pipeline = new ArticlePipeline(ontology);
        for (ArticleBundle bundle : bundles) {
            try {
                ArticlePipeline.MappedArticle article = pipeline.map(bundle, origins);
                graphs.putAll(article.graphs());
                graphsOf.put(article.id(), new ArrayList<>(article.graphs().keySet()));
                articles.add(article.id());
                events += article.events();
                statements += article.statements();
            } catch (DataError e) {
                bad.add(e);
                if (!skipBad) {
                    return new Batch(Map.of(), List.of(), 0, 0, bad);
                }
            }
        }
        List<Violation> violations = validate(graphs);
        if (!violations.isEmpty()) {
            // Rare: find the articles that break the shapes, one by one.
            for (Map.Entry<String, List<Node>> a : new ArrayList<>(graphsOf.entrySet())) {
                Map<Node, Graph> own = new LinkedHashMap<>();
                a.getValue().forEach(name -> own.put(name, graphs.get(name)));
                List<Violation> v = validate(own);
                if (!v.isEmpty()) {
                    bad.add(ArticlePipeline.shapeError(v.get(0), origins, Location.of(a.getKey()), 0));
                    if (!skipBad) {
                        return new Batch(Map.of(), List.of(), 0, 0, bad);
                    }
                    a.getValue().forEach(graphs::remove);
                    articles.remove(a.getKey());
                }
            }
        }
        if (text != null) {
            text.add(iris, graphs);
        }
        return new Batch(graphs, articles, events, statements, bad);
    }

    private List<Violation> validate(Map<Node, Graph> graphs) {
        // One graph for the batch (a union of hundreds of graphs is slow to search), seen with the ontology.
        // The timeline index is left out: no shape is about it, and `etkg validate` checks it against the graphs.
        String index = ontology.iris().timelineGraphPrefix();
        Graph batch = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (!name.getURI().startsWith(index)) {
                g.find().forEachRemaining(batch::add);
            }
        });
        MultiUnion union = new MultiUnion(new Graph[] {batch, ontology.graph()});
        return validator.validate(union).violations();
    }
}
