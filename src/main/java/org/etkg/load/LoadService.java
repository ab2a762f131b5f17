package org.etkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.commons.io.file.PathUtils;
import org.etkg.IoProblem;
import org.etkg.EtkgException;
import org.etkg.model.DataError;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

/**
 * The entry point of a load: chooses between the ordinary path (everything checked in
 * memory, then one transaction that may replace articles) and the bulk path (many new
 * articles streamed through TDB2's loader), and runs it.
 */
public final class LoadService {
    /** From this many new articles on, a load takes the bulk path unless told otherwise. */
    public static final int BULK_FROM = 200;

    private final Ontology ontology;
    private final Clock clock;

    public LoadService(Ontology ontology, Clock clock) {
        this.ontology = ontology;
        this.clock = clock;
    }

    /**
     * @param bulk    true or false to choose the path, null to let the number of articles decide
     * @param skipBad report and leave out bad articles (bulk path only)
     * @param threads worker threads of a bulk load
     * @param gdeltFilter the rows of GDELT files to keep
     */
    public record Options(Boolean bulk, boolean skipBad, int threads, GdeltFilter gdeltFilter) {
        public Options(Boolean bulk, boolean skipBad, int threads) {
            this(bulk, skipBad, threads, GdeltFilter.ALL);
        }
    }

    /**
     * What was loaded, and the bad articles (or GDELT rows) left out.
     *
     * @param passedOver GDELT files already loaded with the same content and filter
     * @param failed     GDELT files of a batch that failed, each leaving the store as it was before it
     */
    /** @param gdeltEvents how the store's GDELT rows were grouped into real events; null when no GDELT file was written */
    public record Outcome(LoadReport report, List<DataError> skipped, List<String> passedOver, List<DataError> failed,
                          GdeltClustering.Summary gdeltEvents) {
        public Outcome(LoadReport report, List<DataError> skipped) {
            this(report, skipped, List.of(), List.of(), null);
        }
    }

    /** From this many bytes of dataset files on (GDELT files, RDF), a load is a batch job too. */
    static final long BATCH_JOB_BYTES = 64L << 20;

    /**
     * Whether loading these paths is a batch job: at least {@value #BULK_FROM} articles, or at
     * least 64 MiB of dataset files. Looks only as far as it needs to (a walk that stops early),
     * so that the answer costs little beside the load; paths that do not exist count for nothing.
     */
    public static boolean isBatchJob(List<Path> paths) {
        long[] seen = new long[2];
        for (Path p : paths) {
            try (Stream<Path> walk = Files.walk(p)) {
                boolean enough = walk.filter(java.nio.file.Files::isRegularFile).anyMatch(f -> {
                    if (f.getFileName().toString().equals(ArticleBundle.FACTS_FILE)) {
                        seen[0]++;
                    } else if (DatasetFiles.isRdf(f)) {
                        try {
                            seen[1] += Files.size(f);
                        } catch (java.io.IOException e) {
                            // The load itself reports a file it cannot read.
                        }
                    }
                    return seen[0] >= BULK_FROM || seen[1] >= BATCH_JOB_BYTES;
                });
                if (enough) {
                    return true;
                }
            } catch (IOException | UncheckedIOException e) {
                // Nothing to count here: the load itself says what is wrong with the path.
            }
        }
        return false;
    }

    public Outcome load(Path storeDir, List<Path> paths, Options options, Consumer<BulkLoader.Progress> progress) {
        return load(storeDir, paths, options, progress, dsg -> { });
    }

    /**
     * @param afterWrite work on the loaded store, such as resolving identities: done in the
     *                   load's own write transaction on the ordinary path, so that a killed
     *                   load leaves no half; on the bulk path, in a second one right after
     */
    public Outcome load(Path storeDir, List<Path> paths, Options options, Consumer<BulkLoader.Progress> progress,
                        Consumer<DatasetGraph> afterWrite) {
        return load(storeDir, paths, options, progress, (dsg, written) -> afterWrite.accept(dsg));
    }

    /**
     * Work on the loaded store in the load's transaction (see {@link #load(Path, List, Options, Consumer, Consumer)}),
     * told the names of the graphs the load wrote or removed: null when it cannot tell (a bulk
     * load, GDELT files), so that the work looks at the whole store.
     */
    @FunctionalInterface
    public interface AfterWrite {
        void accept(DatasetGraph dsg, java.util.Set<Node> written);
    }

    /** The same, telling {@code afterWrite} which graphs the load wrote. */
    public Outcome load(Path storeDir, List<Path> paths, Options options, Consumer<BulkLoader.Progress> progress,
                        AfterWrite afterWrite) {
        // Opened only once the articles are checked, so that a refused load creates no store. A bulk
        // load checks its articles as it writes: when it is refused, the store it created goes again.
        return load(storeDir, use -> {
            boolean created = !Files.exists(storeDir);
            try {
                try (EtkgStore store = EtkgStore.openOrCreate(storeDir)) {
                    return use.apply(store);
                }
            } catch (RuntimeException e) {
                if (created) {
                    removeCreatedStore(storeDir, e);
                }
                throw e;
            }
        }, paths, options, progress, afterWrite);
    }

    /** Deletes a store folder this load created; a failure to do so is told beside the load's own error. */
    public static void removeCreatedStore(Path storeDir, RuntimeException cause) {
        if (!Files.isDirectory(storeDir)) {
            return; // the load failed before it could create it
        }
        try {
            PathUtils.deleteDirectory(storeDir);
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(new EtkgException("could not remove " + storeDir + ", which this load created: " + IoProblem.describe(e), e));
        }
    }

    /**
     * The same, into a store that is already open and stays open, such as the one a server
     * answers from: readers see the store as it was before the load's transaction, or after.
     */
    public Outcome load(EtkgStore store, List<Path> paths, Options options, Consumer<BulkLoader.Progress> progress,
                        Consumer<DatasetGraph> afterWrite) {
        return load(store, paths, options, progress, (dsg, written) -> afterWrite.accept(dsg));
    }

    /** The same, telling {@code afterWrite} which graphs the load wrote. */
    public Outcome load(EtkgStore store, List<Path> paths, Options options, Consumer<BulkLoader.Progress> progress,
                        AfterWrite afterWrite) {
        return load(store.dir(), use -> use.apply(store), paths, options, progress, afterWrite);
    }

    private Outcome load(Path storeDir, Function<Function<EtkgStore, Outcome>, Outcome> withStore, List<Path> paths,
                         Options options, Consumer<BulkLoader.Progress> progress, AfterWrite afterWrite) {
        LoadInputs inputs = LoadInputs.discover(paths);
        List<ArticleBundle> bundles = inputs.bundles();
        boolean asked = options.bulk() != null || options.skipBad();
        List<Path> datasets = inputs.datasets();
        // Bad rows of GDELT files alone are skipped on the ordinary path: the bulk path takes articles only.
        boolean gdeltOnly = bundles.isEmpty() && !datasets.isEmpty() && datasets.stream().allMatch(DatasetFiles::isGdelt);
        if (gdeltOnly && options.bulk() == null) {
            // GDELT files alone (months of 15-minute files): one transaction per file, see GdeltBatch.
            GdeltBatch batch = new GdeltBatch(ontology, clock, options.gdeltFilter());
            return withStore.apply(store -> batch.load(store, datasets, options.skipBad(), progress,
                    dsg -> afterWrite.accept(dsg, null)));
        }
        if (datasets.stream().anyMatch(GdeltMentions::isMentions)) {
            // A mention is kept only when the store holds its event, which the batch looks up; articles load apart.
            throw EtkgException.usage("GDELT mentions files load with GDELT files alone (each mention's event is looked up in the store); "
                    + "load the articles and other datasets on their own");
        }
        if (!options.gdeltFilter().keepsAll()) {
            throw EtkgException.usage("the --gdelt-* filters apply to loads of GDELT files alone; load the articles and other datasets on their own");
        }
        boolean bulk = options.bulk() != null ? options.bulk() : (options.skipBad() || bundles.size() >= BULK_FROM);
        if (bulk && !datasets.isEmpty()) {
            if (asked) {
                throw EtkgException.usage("bulk loads take article folders only; load RDF datasets on their own");
            }
            bulk = false;
        }
        if (bulk) {
            Outcome bulkOutcome = withStore.apply(store -> {
                if (BulkLoader.allNew(store, ontology.iris(), bundles)) {
                    BulkLoader.Result result = new BulkLoader(ontology, clock, options.threads(), 128)
                            .load(store, bundles, options.skipBad(), progress);
                    store.write(dsg -> afterWrite.accept(dsg, null));
                    return new Outcome(result.report(), result.skipped());
                }
                return null;
            });
            if (bulkOutcome != null) {
                return bulkOutcome;
            }
            if (asked) {
                throw EtkgException.usage("some of these articles are already in " + storeDir
                        + ": a bulk load only adds new ones; load without --bulk/--skip-bad to replace them");
            }
        }
        Loader loader = new Loader(ontology, clock);
        LoadPlan plan = loader.plan(paths);
        return withStore.apply(store -> new Outcome(loader.write(store, plan, afterWrite), List.of()));
    }
}
