package org.etkg.timeline;

import org.etkg.Trace;
import org.etkg.index.TimelineEntry;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.EtkgException;
import org.etkg.rdf.IriScheme;
import org.etkg.placing.Placing;
import org.etkg.index.TimelineIndex;
import org.etkg.resolve.Identity;
import org.etkg.store.EtkgStore;
import org.etkg.store.StoreVersion;
import org.slf4j.Logger;

/**
 * Builds the timeline from the store (never from facts files), so it covers every loaded
 * article: the filters find the events, the timeline index ({@link TimelineIndex}, written at
 * load) orders and pages them by their keys and gives each shown entry, and the rules of
 * {@link Placing} put parts after their wholes. Filter values reach SPARQL only as bound values.
 */
public final class TimelineService {
    private static final Logger LOG = Trace.logger(TimelineService.class);

    private final EtkgStore store;
    private final IriScheme iris;
    private final StoreIndexReader storeIndex;
    private final StoreReader fromStore;
    private final ActorPositionReader fromActorPositions;
    private final FilterValues values;
    /** Whether this service keeps the store's whole index in memory (a long-lived process). */
    private final boolean kept;
    /** The one reader every page is read with (to compare them); null to choose the cheapest current one. */
    private final Reading only;
    private volatile InMemoryIndex memory;
    /** Entries read at a time ({@link PageRows#RUN}; fewer in a test of the runs' edges). */
    private volatile int runSize = PageRows.RUN;
    private final java.util.concurrent.atomic.AtomicBoolean building = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RuntimeException buildFailure;

    /** A service for a few requests (a command): each page reads what it needs from the store's index. */
    public TimelineService(EtkgStore store, IriScheme iris) {
        this(store, iris, false, null);
    }

    private TimelineService(EtkgStore store, IriScheme iris, boolean kept, Reading only) {
        this.store = store;
        this.iris = iris;
        this.storeIndex = new StoreIndexReader(iris);
        this.fromStore = new StoreReader(iris, storeIndex);
        this.fromActorPositions = new ActorPositionReader(iris, storeIndex, fromStore);
        this.values = new FilterValues(iris);
        this.kept = kept;
        this.only = only;
    }

    /** The readers of the index (see {@link IndexReader}). */
    enum Reading { STORE, ACTOR_POSITIONS, MEMORY }

    /** A service that reads every page with one reader (the memory once it is current), to compare readers. */
    static TimelineService reading(EtkgStore store, IriScheme iris, Reading only) {
        return new TimelineService(store, iris, only == Reading.MEMORY, only);
    }

    /**
     * A service for a process that answers many requests (`etkg serve`): it keeps the whole
     * timeline index in memory, read in the background now and again after each change to the
     * store, and answers from the store's index while that is being read. The first read begins
     * with {@link #startReading()} or with the first page asked for.
     */
    public static TimelineService keptInMemory(EtkgStore store, IriScheme iris) {
        return new TimelineService(store, iris, true, null);
    }

    /** Begins reading the index into memory in the background, as a server does once it listens. */
    public void startReading() {
        refresh();
    }

    /** Waits until the index in memory is current (for benchmarks and tests); false when the time ran out. */
    public boolean awaitMemory(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (buildFailure != null) {
                throw buildFailure;
            }
            boolean current = store.read(dsg -> {
                InMemoryIndex m = memory;
                return m != null && m.version.equals(StoreVersion.of(dsg));
            });
            if (current && !building.get()) {
                // Read, and its first page read once (see warmUp).
                return true;
            }
            if (!current) {
                refresh();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Starts reading the index into memory, unless a read is under way. */
    private void refresh() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                memory = store.read(dsg -> InMemoryIndexBuild.build(dsg, iris, storeIndex));
                buildFailure = null;
                LOG.debug("timeline index in memory: {} events in {} ms", memory.size(), (System.nanoTime() - t0) / 1_000_000);
                warmUp();
            } catch (RuntimeException e) {
                // Pages go on from the store's index; the failure is reported to whoever waits for the memory.
                buildFailure = e;
            } finally {
                building.set(false);
            }
        }, "etkg-timeline-index");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Reads the first page once, as a visitor's browser would ask for it, so that the first
     * visitor of a served store waits no longer than the second (at 10,000 articles a first page
     * took 0.6 s cold and 0.05 s after it: the JIT and TDB2's caches were cold, not the index).
     */
    private void warmUp() {
        long t0 = System.nanoTime();
        try {
            // Written as the served page writes it, and thrown away.
            JsonWriter.Rows rows = new JsonWriter.Rows(true);
            page(TimelineFilter.all(), new Paging(100, 0, null), PageDetail.IN_CONTEXT).entries().forEach(rows::text);
        } catch (RuntimeException e) {
            // Not a failure of the index: the first real page will report whatever this met.
            LOG.debug("timeline warm-up page failed: {}", e.toString());
        }
        LOG.debug("timeline warm-up page in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The reader for a page read in the transaction on {@code dsg}: the index in memory if it is
     * current (otherwise a fresh one is started), else the actors' positions, which read as the
     * store does where they do not apply.
     */
    private IndexReader reader(DatasetGraph dsg) {
        if (only == Reading.STORE) {
            return fromStore;
        }
        if (kept) {
            InMemoryIndex m = memory;
            if (m != null && m.version.equals(StoreVersion.of(dsg))) {
                return m;
            }
            refresh();
        }
        return fromActorPositions;
    }

    /**
     * The entries that pass the filter, in time order; undated entries last, in article order.
     * What several articles report as the same event is one entry (see {@link Identity}).
     */
    public List<TimelineEntry> timeline(TimelineFilter filter) {
        return page(filter, Paging.ALL).entries();
    }

    /**
     * One page of the timeline: the entries that pass the filter, from the offset or after
     * the cursor's entry, at most the limit. The entries are sorted by the timeline index
     * (each event's key, written when its article was loaded) and only the page's entries
     * are read, one index value each, so a page of a long timeline costs about as much as a
     * short one. A cursor whose entry is no longer shown (the store changed under it) is
     * refused, so that a reader never silently skips entries.
     */
    public TimelinePage page(TimelineFilter filter, Paging paging) {
        return page(filter, paging, PageDetail.SPELLINGS);
    }

    /**
     * As {@link #page(TimelineFilter, Paging)}, reading what {@code detail} asks for: a table
     * reads no spellings, and only a page reads each quote's paragraph (one read of each
     * article's text: what a page shows in its evidence panel, not what a stream of rows needs).
     */
    public TimelinePage page(TimelineFilter filter, Paging paging, PageDetail detail) {
        List<TimelineEntry> entries = new ArrayList<>();
        PageSink.Bounds[] bounds = {null};
        stream(filter, paging, detail, new PageSink() {
            @Override
            public void start(PageSink.Bounds b) {
                bounds[0] = b;
            }

            @Override
            public void entry(TimelineEntry entry) {
                entries.add(entry);
            }
        });
        return new TimelinePage(entries, bounds[0].total(), bounds[0].offset(), bounds[0].next());
    }

    /**
     * The page, given to {@code sink} as it is read, inside the store's read transaction: where
     * it is in the whole timeline, then its entries, a run at a time ({@link PageRows}). A
     * stream of a whole timeline is written without being held. Returns the bounds given.
     */
    public PageSink.Bounds stream(TimelineFilter filter, Paging paging, PageDetail detail, PageSink sink) {
        return store.read(dsg -> {
            long t0 = System.nanoTime();
            IndexReader reader = reader(dsg);
            Identity identity = reader.identity(dsg);
            long t1 = System.nanoTime();
            Selection selection = values.selection(dsg, filter, identity, reader);
            long t2 = System.nanoTime();
            ActorHead.Ordered ordered = reader.ordered(dsg, selection, filter, paging, identity);
            // A run of the whole timeline from position `first`, or all of it (first = 0).
            List<String> primaries = ordered.head();
            int first = ordered.first();
            int total = ordered.total();
            long t3 = System.nanoTime();
            int start = paging.offset();
            if (paging.after() != null) {
                String cluster = identity.representative(Paging.entryOf(paging.after()));
                start = -1;
                for (int i = 0; i < primaries.size(); i++) {
                    if (identity.representative(primaries.get(i)).equals(cluster)) {
                        start = first + i + 1;
                        break;
                    }
                }
                if (start < 0) {
                    throw EtkgException.usage("after: the cursor's entry is not in this timeline (another filter, or the store "
                            + "changed); start again without after");
                }
            }
            start = Math.min(start, total);
            int end = paging.limit() == null ? total : (int) Math.min(total, (long) start + paging.limit());
            List<String> shown = primaries.subList(start - first, end - first);
            String next = end < total && end > 0 ? Paging.cursorAfter(primaries.get(end - 1 - first)) : null;
            PageSink.Bounds bounds = new PageSink.Bounds(total, start, shown.size(), next);
            sink.start(bounds);
            PageRows.read(dsg, iris, reader, identity, shown, detail, runSize, sink);
            if (LOG.isDebugEnabled()) {
                LOG.debug("timeline page ({}): identity {} ms, filter {} ms, order {} ms, entries {} ms",
                        reader.name(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            }
            return bounds;
        });
    }

    /** Reads pages {@code entries} at a time (for tests: a page read in runs is the page read whole). */
    TimelineService inRunsOf(int entries) {
        runSize = entries;
        return this;
    }

    /** The head of the timeline the actor positions give for this filter and page; null when they cannot (for tests). */
    ActorHead.Ordered actorHead(TimelineFilter filter, Paging paging) {
        return store.read(dsg -> {
            Identity identity = fromStore.identity(dsg);
            return fromActorPositions.head(dsg, values.selection(dsg, filter, identity, fromStore), filter, paging, identity);
        });
    }

    /** The names of the actors and places that events have, for suggestions while typing. */
    public SuggestedNames names() {
        return store.read(dsg -> {
            return reader(dsg).suggestions(dsg);
        });
    }
}
