package org.etkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** etkg in a child JVM, for what one process cannot show: locks held by another process, crashes. */
public final class ChildEtkg {
    private ChildEtkg() {
    }

    public static Process start(Path log, String... args) throws IOException {
        // Naming the collector keeps a large load in this very process (see LoadJvm): killing it kills the load.
        return start(log, List.of("-XX:+UseG1GC"), args);
    }

    /** etkg in a JVM started with exactly these options. */
    public static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.etkg.cli.EtkgCommand");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end and returns the exit code. */
    public static int run(Path log, String... args) throws Exception {
        return run(log, List.of("-XX:+UseG1GC"), args);
    }

    /** Runs in a JVM started with exactly these options, to the end, and returns the exit code. */
    public static int run(Path log, List<String> jvmOptions, String... args) throws Exception {
        Process p = start(log, jvmOptions, args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("etkg " + String.join(" ", args) + " did not finish");
        }
        return p.exitValue();
    }

    /** Waits until the log has a line containing {@code text}. */
    public static void awaitLine(Process p, Path log, String text) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (java.nio.file.Files.exists(log)) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(java.nio.file.Files.newInputStream(log), StandardCharsets.UTF_8))) {
                    if (r.lines().anyMatch(l -> l.contains(text))) {
                        return;
                    }
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("process ended before printing '" + text + "': " + java.nio.file.Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' within a minute");
    }
}
