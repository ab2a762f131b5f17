package org.etkg.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.etkg.ExitCode;
import org.etkg.load.LoadService;

import picocli.CommandLine;

/**
 * Where a large {@code etkg load} runs. A load of many articles is a batch job, and the JVM's
 * default collector (G1) is the wrong one for it: at 10,000 articles, plain {@code java -jar
 * target/etkg.jar load} spent 9-10 s of system time, grew to 4.7 GB and took a fifth longer
 * than with the throughput collector. A JVM cannot change its collector once started, so
 * when the JVM was started with no collector and no heap size of the user's choosing and the
 * load is a batch job ({@link LoadService#isBatchJob}), the load runs in a child JVM: the
 * same java, class path, options and arguments, plus {@code -XX:+UseParallelGC} and, on
 * machines of 16 GiB or more, a 4 GiB heap committed from the start. Its output and exit code are the command's.
 * Naming a collector or a heap size ({@code -XX:+UseG1GC}, {@code -Xmx8g}) keeps the load in
 * the JVM as started; so does a Java agent, debugger or flight recording.
 */
final class LoadJvm {
    /** Set in the child's environment: the parent's process id. */
    static final String PARENT_PID = "ETKG_LOAD_PARENT_PID";
    private static final long SIXTEEN_GIB = 16L << 30;

    private LoadJvm() {
    }

    /** The JVM this process runs in, as far as the choice depends on it. */
    record Jvm(String java, String classPath, List<String> options, boolean defaultCollector, long memoryBytes,
               boolean isChild) {
        static Jvm current() {
            boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).anyMatch(n -> n.startsWith("G1"));
            long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getTotalMemorySize() : 0;
            return new Jvm(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    System.getProperty("java.class.path", ""), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    g1, memory, System.getenv(PARENT_PID) != null);
        }
    }

    /**
     * The child's command line, when this load should run in one.
     *
     * @param batchJob whether the load is large enough for the collector to matter
     */
    static Optional<List<String>> childCommand(Jvm jvm, String[] args, boolean batchJob) {
        if (args.length == 0 || !args[0].equals("load") || !batchJob || jvm.isChild() || !jvm.defaultCollector()
                || jvm.classPath().isEmpty() || jvm.options().stream().anyMatch(LoadJvm::chosenByUser)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java());
        command.addAll(jvm.options());
        command.add("-XX:+UseParallelGC");
        // A bulk load keeps only a few batches in memory: 4 GiB loads 100,000 articles as fast as a
        // quarter of the machine's memory does, in a smaller process. Committed from the start, as
        // a heap grown on demand is grown by full collections: at 10,000 articles four of them
        // stopped the load for 1.2-1.4 s, against 0.1 s with the heap at its size.
        if (jvm.memoryBytes() >= SIXTEEN_GIB) {
            command.add("-Xmx4g");
            command.add("-Xms4g");
        }
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(EtkgCommand.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    private static boolean chosenByUser(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC")
                || option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")
                || option.startsWith("-Xms") || option.startsWith("-XX:InitialHeapSize")
                || option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                // A flight recording of the load: in two JVMs, the parent's would overwrite the child's file.
                || option.startsWith("-XX:StartFlightRecording");
    }

    /**
     * Runs the load in a child JVM when it should (see the class comment) and returns its exit
     * code; empty when the load is to run here.
     */
    static OptionalInt runInChild(String[] args) {
        if (args.length == 0 || !args[0].equals("load")) {
            return OptionalInt.empty();
        }
        Jvm jvm = Jvm.current();
        if (jvm.isChild() || !jvm.defaultCollector()) {
            return OptionalInt.empty();
        }
        // Only the load command's model: the whole command line's takes longer to build than a JVM to start.
        LoadCommand load = new LoadCommand();
        try {
            CommandLine.ParseResult parsed = new CommandLine(load).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
            if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return OptionalInt.empty();
            }
        } catch (CommandLine.ParameterException e) {
            return OptionalInt.empty();    // reported by the command itself
        }
        List<Path> paths = load.paths;
        Optional<List<String>> command = childCommand(jvm, args, LoadService.isBatchJob(paths));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();    // then in this JVM, as started
        }
        // Ctrl-C reaches both; a parent stopped otherwise stops the child, and waits for it to end.
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(ExitCode.INTERNAL.code());
        }
    }

    /**
     * In a child, ends this JVM at once when the parent is gone without waiting for it (killed
     * with SIGKILL): the load's transaction is never committed, so the store stays as it was,
     * as it would had the parent's own load been killed.
     */
    static void followParent() {
        String parent = System.getenv(PARENT_PID);
        if (parent == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(ExitCode.INTERNAL.code())),
                    () -> Runtime.getRuntime().halt(ExitCode.INTERNAL.code()));
        } catch (NumberFormatException e) {
            // Not set by etkg: nothing to follow.
        }
    }
}
