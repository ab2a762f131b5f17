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

    /** The data folder of the working tree, with every article (read only). */
    public static Path data() {
        return Path.of("data").toAbsolutePath();
    }

    /** The first article's folder; its facts are what fixed-answer tests are written against. */
    public static Path firstArticle() {
        return data().resolve("shift-in-stance-taliban-ttp");
    }

    /** The GeoNames sample the first article's places are linked to. */
    public static Path linkedSample() {
        return data().resolve("linked");
    }

    /**
     * Loads all of data/ into a new store in {@code dir} and fails the test if that does not
     * work. Tests on this store assert properties that hold however many articles data/ has.
     */
    public static Path loadedStore(Path dir) {
        return load(dir.resolve("store"), data());
    }

    /**
     * Loads the first article and the GeoNames sample only: for tests whose answers are fixed
     * (golden results, counts), so that articles added to data/ never change them.
     */
    public static Path firstArticleStore(Path dir) {
        return load(dir.resolve("first-article-store"), firstArticle(), linkedSample());
    }

    private static Path load(Path store, Path... inputs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("load", "--store", store.toString()));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        Result r = run(args.toArray(String[]::new));
        if (r.exitCode() != 0) {
            throw new AssertionError("loading " + java.util.Arrays.toString(inputs) + " failed: " + r);
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
