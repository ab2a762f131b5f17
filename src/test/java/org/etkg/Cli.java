package org.etkg;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.etkg.cli.EtkgCommand;
import org.etkg.store.EtkgStore;

import picocli.CommandLine;

/** Runs etkg commands in-process, as a user would from the shell, and reads stores back. */
public final class Cli {
    private Cli() {
    }

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EtkgCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The first article's data folder in the working tree (read only). */
    public static Path data() {
        return Path.of("data").toAbsolutePath();
    }

    /** Loads data/ into a new store in {@code dir} and fails the test if that does not work. */
    public static Path loadedStore(Path dir) {
        Path store = dir.resolve("store");
        Result r = run("load", "--store", store.toString(), data().toString());
        if (r.exitCode() != 0) {
            throw new AssertionError("loading data/ failed: " + r);
        }
        return store;
    }

    /** An in-memory copy of every quad of a store, for comparing before and after. */
    public static DatasetGraph snapshot(Path storeDir) {
        try (EtkgStore store = EtkgStore.openExisting(storeDir)) {
            return store.read(dsg -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
