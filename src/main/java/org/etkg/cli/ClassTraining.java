package org.etkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.etkg.generate.CorpusGenerator;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.etkg.timeline.Paging;
import org.etkg.timeline.TimelineFilter;
import org.etkg.timeline.TimelineService;
import picocli.CommandLine;

/**
 * Runs the short commands once on a small generated store in one JVM, for the launcher to keep
 * every class they load in one class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}).
 * Otherwise the archive holds the classes of whichever command ran first after a build, and
 * the others load theirs from the jar: a cold {@code etkg timeline} made after a {@code query}
 * loaded 309 classes from the jar. Writes only in a temporary folder, which it removes.
 */
public final class ClassTraining {
    private ClassTraining() {
    }

    /** Trains in a temporary folder, removed after; exits 1 if any command failed (the launcher then keeps no archive). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("etkg-class-training");
        List<String> failed;
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream none = new PrintStream(java.io.OutputStream.nullOutputStream())) {
            System.setOut(none);
            System.setErr(none);
            failed = train(dir);
        } finally {
            System.setOut(out);
            System.setErr(err);
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        failed.forEach(c -> System.err.println("etkg class training: failed: " + c));
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /** Runs each short command on a store it makes in {@code dir}; gives the commands that failed. */
    static List<String> train(Path dir) throws IOException {
        List<String> failed = new java.util.ArrayList<>();
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(1, 40, 0.2).write(corpus, 40);
        String store = dir.resolve("store").toString();
        run(failed, "load", "--store", store, corpus.toString());
        String actor = "Rahimi";
        try (EtkgStore s = EtkgStore.openExisting(Path.of(store))) {
            List<TimelineEntry> first = new TimelineService(s, IriScheme.defaults()).page(TimelineFilter.all(), new Paging(1, 0, null)).entries();
            if (!first.isEmpty() && !first.get(0).participants().isEmpty()) {
                actor = first.get(0).participants().get(0).label();
            }
        }
        run(failed, "query", "--store", store, "-e", "ASK {}");
        Path select = dir.resolve("class-training.rq");
        try (var in = ClassTraining.class.getResourceAsStream("/etkg/class-training.rq")) {
            Files.copy(java.util.Objects.requireNonNull(in, "etkg/class-training.rq is missing from the jar"), select);
        }
        run(failed, "query", "--store", store, select.toString());
        run(failed, "timeline", "--store", store, "--limit", "100");
        run(failed, "timeline", "--store", store, "--actor", actor, "--limit", "100");
        run(failed, "export", "--store", store, "--format", "turtle");
        run(failed, "validate", "--store", store);
        return failed;
    }

    private static void run(List<String> failed, String... args) {
        CommandLine cl = EtkgCommand.commandLine();
        PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
        cl.setOut(none);
        cl.setErr(none);
        if (cl.execute(args) != 0) {
            failed.add(String.join(" ", args));
        }
    }
}
