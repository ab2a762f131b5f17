package org.etkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.etkg.IoProblem;
import org.etkg.EtkgException;
import org.etkg.rdf.IriScheme;

/**
 * The embedded TDB2 dataset in one directory. Every change runs in one write transaction
 * ({@link #write}), so a failure leaves the store as it was.
 */
public final class EtkgStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dataset;

    private EtkgStore(Path dir, DatasetGraph dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it when it does not exist. */
    public static EtkgStore openOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EtkgException("cannot create store directory " + dir + ": " + IoProblem.describe(e));
        }
        return connect(dir);
    }

    /** Opens an existing store; a missing one is an error, not a new empty store. */
    public static EtkgStore openExisting(Path dir) {
        requireExisting(dir);
        return connect(dir);
    }

    /** Fails, as {@link #openExisting} does, when {@code dir} holds no store; opens nothing (for what lies beside the store). */
    public static void requireExisting(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeStore(dir)) {
            throw new EtkgException("no etkg store at " + dir + " (load data first: etkg load --store " + dir + ")");
        }
    }

    /**
     * The IRI scheme to read and write the store in {@code dir} with: its own base, as it was
     * loaded; {@code requestedBase} (null: none asked for) for a new store, or when it is the
     * same. Another base is refused, so that one store never holds its terms under two.
     */
    public static IriScheme irisFor(Path dir, String requestedBase) {
        String stored = baseOf(dir, requestedBase != null ? requestedBase : IriScheme.DEFAULT_BASE).orElse(null);
        if (requestedBase != null && stored != null && !stored.equals(requestedBase)) {
            throw EtkgException.usage("store " + dir + " was loaded with --base " + stored + ", not " + requestedBase
                    + ": give --base " + stored + ", or none");
        }
        return IriScheme.of(requestedBase != null ? requestedBase : stored != null ? stored : IriScheme.DEFAULT_BASE);
    }

    /**
     * The base IRI the store's data was loaded under, as its ontology graph's name tells
     * ({@code BASE graph/ontology}, written by every load); empty for a folder that holds no
     * store yet, or a store without one.
     */
    public static java.util.Optional<String> baseOf(Path dir, String likely) {
        if (!Files.isDirectory(dir) || !looksLikeStore(dir)) {
            return java.util.Optional.empty();
        }
        String suffix = "graph/ontology";
        // Not closed: closing expels the connection that the command, which opens the store
        // next (or has it open already), shares with this one; its own close releases it.
        EtkgStore store = connect(dir);
        return store.read(dsg -> {
            if (dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(likely + suffix))) {
                return java.util.Optional.of(likely);
            }
            var names = dsg.listGraphNodes();
            while (names.hasNext()) {
                var name = names.next();
                if (name.isURI() && name.getURI().endsWith(suffix)) {
                    return java.util.Optional.of(name.getURI().substring(0, name.getURI().length() - suffix.length()));
                }
            }
            return java.util.Optional.<String>empty();
        });
    }

    private static boolean looksLikeStore(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    private static EtkgStore connect(Path dir) {
        try {
            return new EtkgStore(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (DBOpEnvException e) {
            String pid = holder(dir, e);
            if (pid != null) {
                throw new EtkgException("store " + dir + " is in use by process " + pid
                        + " (an etkg serve, or a load still running?): stop it (Ctrl-C in its terminal, or kill " + pid
                        + ") and try again, or use the running server instead (queries; with serve --update, POST /load)", e);
            }
            throw new EtkgException("cannot open store " + dir + ": " + e.getMessage(), e);
        } catch (TDBException e) {
            throw new EtkgException("cannot open store " + dir + ": " + e.getMessage()
                    + " (is another etkg process using it? stop it, or use another --store)", e);
        }
    }

    /** The process that holds the store's lock, from TDB2's message or its lock file. */
    private static String holder(Path dir, RuntimeException e) {
        Matcher m = HELD_BY.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return m.group(1);
        }
        try {
            String pid = Files.readString(dir.resolve("tdb.lock")).trim();
            return pid.matches("\\d+") ? pid : null;
        } catch (IOException io) {
            return null;
        }
    }

    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    public Path dir() {
        return dir;
    }

    /** The underlying dataset; use it inside {@link #read} or {@link #write}. */
    public DatasetGraph dataset() {
        return dataset;
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * Runs {@code action} in one write transaction: all of it commits, or none of it. The
     * resolve step's memory of the mentions it read ({@link #resolveMemory}) is forgotten first:
     * it describes the store as it was, and only a resolve that reads the store writes it again.
     */
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dataset, () -> {
            forgetResolveMemory();
            action.accept(dataset);
        });
    }

    /** Whether {@code dir} holds a store (without opening it). */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && looksLikeStore(dir);
    }

    /**
     * The file beside the store in which the last resolve kept the mentions it read, so that a
     * load reads again only what it changed (see docs/resolve-incremental.md). It exists only
     * while it describes the store: every write through this class, a bulk load and a compaction
     * remove it first, and a server that takes SPARQL updates never keeps one.
     */
    public Path resolveMemory() {
        return dir.resolve("resolve-mentions.bin");
    }

    /**
     * Removes {@link #resolveMemory}; the next resolve reads every mention from the store. Counts
     * the change, so that a resolve that read the store before it keeps no memory after it.
     */
    public void forgetResolveMemory() {
        ChangeCount count = changeCount();
        synchronized (count) {
            count.changes++;
            try {
                Files.deleteIfExists(resolveMemory());
            } catch (IOException e) {
                throw new EtkgException("cannot remove " + resolveMemory() + ", which would no longer describe the store: "
                        + IoProblem.describe(e), e);
            }
        }
    }

    /** Writes to the stores of one folder in this process, and whether a memory may be kept beside it. */
    private static final class ChangeCount {
        long changes;
        boolean keepMemory = true;
    }

    private static final Map<Path, ChangeCount> CHANGES = new ConcurrentHashMap<>();

    private ChangeCount changeCount() {
        return CHANGES.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ChangeCount());
    }

    /** How many times this store was changed in this process: read it in a write transaction, then pass it to {@link #keepResolveMemory}. */
    public long changes() {
        ChangeCount count = changeCount();
        synchronized (count) {
            return count.changes;
        }
    }

    /** Writes the memory with {@code write} unless the store changed since {@code changesSeen} (or keeps none); returns whether it did. */
    public boolean keepResolveMemory(long changesSeen, Consumer<Path> write) {
        ChangeCount count = changeCount();
        synchronized (count) {
            if (!count.keepMemory || count.changes != changesSeen) {
                return false;
            }
            write.accept(resolveMemory());
            return true;
        }
    }

    /** For a server that takes SPARQL updates: the store changes without {@link #write}, so no memory is kept. */
    public void stopKeepingResolveMemory() {
        ChangeCount count = changeCount();
        synchronized (count) {
            count.keepMemory = false;
        }
        forgetResolveMemory();
    }

    /**
     * Things kept beside the store in its folder (the text index) and shared, like TDB2's
     * connection, by every {@code EtkgStore} of that folder in this process: opened once by
     * {@code open}, closed with the store.
     */
    /** How long a close waits for transactions still ending (a served request just answered). */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Map<Path, Map<Class<?>, AutoCloseable>> COMPANIONS = new ConcurrentHashMap<>();

    /** The companion of type {@code type} kept beside this store, opened by {@code open} the first time. */
    public <T extends AutoCloseable> T companion(Class<T> type, Function<EtkgStore, T> open) {
        Map<Class<?>, AutoCloseable> mine = COMPANIONS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ConcurrentHashMap<>());
        synchronized (mine) {
            AutoCloseable found = mine.get(type);
            if (found == null) {
                found = open.apply(this);
                mine.put(type, found);
            }
            return type.cast(found);
        }
    }

    /** Releases the files and the process lock so that another process may open the store. */
    @Override
    public void close() {
        Map<Class<?>, AutoCloseable> mine = COMPANIONS.remove(dir.toAbsolutePath().normalize());
        RuntimeException failed = null;
        if (mine != null) {
            for (AutoCloseable c : mine.values()) {
                try {
                    c.close();
                } catch (Exception e) {
                    failed = failed == null ? new EtkgException("cannot close " + c + " of store " + dir + ": " + e.getMessage(), e) : failed;
                }
            }
        }
        expelWhenIdle();
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Releases the store once its transactions have ended. A served request's thread can still be
     * ending its read transaction for a moment after the server has stopped (its answer already
     * sent), so an active transaction is waited for, for a bounded time, rather than failing the close.
     */
    private void expelWhenIdle() {
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        while (true) {
            try {
                TDBInternal.expel(dataset);
                return;
            } catch (TransactionException e) {
                if (System.nanoTime() > deadline) {
                    throw new EtkgException("cannot close store " + dir + ": a transaction is still open after "
                            + CLOSE_WAIT.toSeconds() + " s", e);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new EtkgException("interrupted while closing store " + dir, interrupted);
                }
            }
        }
    }
}
