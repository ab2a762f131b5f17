package org.etkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.io.file.PathUtils;
import org.etkg.Cli;
import org.etkg.store.EtkgStore;

/**
 * The invariant every fuzz target holds a command to: the input is taken (exit 0) or refused
 * with exit 1 and one line that starts "etkg: ", without hanging (see HANG), and a refusal leaves
 * the store exactly as it was. One store, made once per target from the small test article,
 * takes every input in turn.
 */
final class FuzzedLoad implements AutoCloseable {
    /**
     * Longer than this for one input counts as a hang: five seconds while fuzzing
     * (src/bench/fuzz.sh sets -Detkg.fuzz.hang=5); thirty when `mvn test` replays the seeds on a
     * shared CI machine, where a loaded core made a five-second load time out and leave its
     * transaction open for the next input.
     */
    static final Duration HANG = Duration.ofSeconds(Long.getLong("etkg.fuzz.hang", 30));

    private final Path dir;
    private final Path store;
    private Fingerprint current;

    private FuzzedLoad(Path dir, Path... articles) {
        this.dir = dir;
        this.store = dir.resolve("store");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("load", "--store", store.toString()));
        for (Path a : articles) {
            args.add(a.toString());
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        this.current = Fingerprint.of(store);
    }

    /** A store holding the small test article, in a new temporary folder. */
    static FuzzedLoad start() {
        return start(Path.of("src/test/resources/mini").toAbsolutePath());
    }

    /** A store holding these articles, in a new temporary folder. */
    static FuzzedLoad start(Path... articles) {
        try {
            return new FuzzedLoad(Files.createTempDirectory("etkg-fuzz"), articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path store() {
        return store;
    }

    /** A folder for one input's files, emptied first. */
    Path inputFolder(String name) {
        Path folder = dir.resolve("input").resolve(name);
        try {
            if (Files.exists(folder)) {
                PathUtils.cleanDirectory(folder);
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Runs one etkg command on the store (its --store is added) and checks the invariant. */
    Cli.Result check(String... args) {
        String[] withStore = new String[args.length + 2];
        withStore[0] = args[0];
        withStore[1] = "--store";
        withStore[2] = store.toString();
        System.arraycopy(args, 1, withStore, 3, args.length - 1);
        Cli.Result r = assertTimeoutPreemptively(HANG, () -> Cli.run(withStore), "hangs: etkg " + String.join(" ", args));
        assertTakenOrRefused(r);
        if (r.exitCode() == 0) {
            current = Fingerprint.of(store);
        } else {
            assertEquals(current, Fingerprint.of(store), "a refused input changed the store: " + r);
        }
        return r;
    }

    /** Taken, or refused with exit 1 and one line naming the problem; never a stack trace. */
    static void assertTakenOrRefused(Cli.Result r) {
        // An input may hold any words, "internal error" too, and a message may quote it: the prefix tells.
        assertFalse(r.err().startsWith("etkg: internal error") || r.err().contains("\tat "), r::toString);
        if (r.exitCode() == 0) {
            return;
        }
        assertEquals(1, r.exitCode(), r::toString);
        String message = r.err().strip();
        assertTrue(message.startsWith("etkg: ") && !message.contains("\n"), () -> "not a one-line message: " + r);
    }

    @Override
    public void close() {
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every quad of a store, summed into a number and counted: equal when nothing changed. */
    record Fingerprint(long quads, long hash) {
        static Fingerprint of(Path storeDir) {
            try (EtkgStore s = EtkgStore.openExisting(storeDir)) {
                return s.read(dsg -> {
                    long[] sum = new long[2];
                    dsg.find().forEachRemaining(q -> {
                        sum[0]++;
                        sum[1] += q.hashCode() * 0x9E3779B97F4A7C15L + q.getObject().hashCode();
                    });
                    return new Fingerprint(sum[0], sum[1]);
                });
            }
        }
    }
}
