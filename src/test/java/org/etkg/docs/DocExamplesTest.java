package org.etkg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.etkg.Cli;
import org.etkg.cli.EtkgCommand;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Runs every command example of README.md and docs/ (a line starting {@code $ java -jar
 * target/etkg.jar} or {@code $ ./etkg}) in-process, through the command line's own entry point,
 * and checks that it exits as the example implies: 0, or the N of a trailing {@code # exit N}.
 * It does not pin the output, so that new articles in data/ never break it.
 *
 * <p>The examples run in the order a reader meets them, README first (draft's last), against one store of data/:
 * the default store {@code ./store} of an example, and {@code --store store}, are that store. Each
 * page has a working folder of its own, so that a file one example writes ({@code -o}, {@code
 * --out}, another {@code --store}) is there for the next example of the page; any other relative
 * path is the repository's (data/, queries/, src/test/resources/). {@code -Detkg.docs.page=docs/query.md}
 * runs one page's examples only.
 */
class DocExamplesTest {
    /** Options whose relative value names something the example writes. */
    /** Commands that serve until stopped. */
    private static final Set<String> SERVERS = Set.of("serve", "review");
    private static final Set<String> OUTPUTS = Set.of("-o", "--out", "--output", "--report");

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleExitsAsItImplies() {
        // draft's examples run last: CoreNLP keeps its models (gigabytes of heap, loaded once for all
        // of them) for the rest of the JVM, which would slow every example after them.
        String only = System.getProperty("etkg.docs.page");       // -Detkg.docs.page=docs/query.md: one page's examples
        List<DocPages.Example> examples = DocPages.examples(DocPages.all()).stream()
                .filter(e -> only == null || e.page().name().equals(only))
                .sorted(Comparator.comparing(e -> !e.args().isEmpty() && e.args().get(0).equals("draft")))
                .toList();
        Path store = Cli.loadedStore(dir);
        Map<String, Path> workDirs = new HashMap<>();
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.where(), () -> {
            assumeTrue(example.notRun() == null, () -> "not run: " + example.notRun());
            // A server runs until it is stopped, which an in-process run cannot do: fail rather than hang.
            assertFalse(!example.args().isEmpty() && SERVERS.contains(example.args().get(0)), () -> example.where()
                    + ": etkg " + example.args().get(0) + " serves until stopped: mark it <!-- example: not run, serves until stopped -->");
            Path work = workDirs.computeIfAbsent(example.page().name(), name -> folder(name));
            String[] args = inPlace(example.args(), store, work);
            Cli.Result result = Cli.run(args);
            assertEquals(example.exitCode(), result.exitCode(), () -> example.where() + ": " + example.text()
                    + "\n  ran as: etkg " + String.join(" ", args)
                    + (example.exitCode() == 0 && result.exitCode() != 0
                            ? "\n  (an example that shows an error ends with '# exit N')" : "")
                    + "\n" + result);
        }));
    }

    private static Path folder(String page) {
        try {
            return Files.createDirectories(dir.resolve("work").resolve(page.replace('/', '_')));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The example's arguments with its store and files placed as the class comment says. */
    static String[] inPlace(List<String> example, Path store, Path work) {
        List<String> args = new ArrayList<>();
        boolean storeGiven = false;
        for (int i = 0; i < example.size(); i++) {
            String arg = example.get(i);
            String option = null;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                option = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else if ((arg.equals("--store") || OUTPUTS.contains(arg)) && i + 1 < example.size()) {
                option = arg;
                value = example.get(++i);
            }
            if (option == null) {
                Path inWork = work.resolve(arg);
                args.add(!arg.startsWith("-") && !arg.isEmpty() && isRelativePath(arg) && Files.exists(inWork)
                        ? inWork.toString() : arg);
                continue;
            }
            if (option.equals("--store")) {
                storeGiven = true;
                value = value.equals("store") ? store.toString() : work.resolve(value).toString();
            } else if (OUTPUTS.contains(option) && isRelativePath(value)) {
                value = work.resolve(value).toString();
            }
            args.add(option);
            args.add(value);
        }
        if (!storeGiven && !args.isEmpty() && defaultsToTheStore(args.get(0))) {
            args.add(1, "--store");
            args.add(2, store.toString());
        }
        // An output the command writes by default (link's link-candidates.csv) goes to the page's folder too.
        CommandLine.Model.OptionSpec output = args.isEmpty() ? null : defaultOutput(args.get(0));
        if (output != null && Stream.of(output.names()).noneMatch(n -> example.stream().anyMatch(a -> a.equals(n) || a.startsWith(n + "=")))) {
            args.add(1, output.longestName());
            args.add(2, work.resolve(output.defaultValue()).toString());
        }
        return args.toArray(String[]::new);
    }

    /** The command's output option that has a default file, or null. */
    private static CommandLine.Model.OptionSpec defaultOutput(String command) {
        CommandLine sub = EtkgCommand.commandLine().getSubcommands().get(command);
        if (sub == null) {
            return null;
        }
        return sub.getCommandSpec().options().stream()
                .filter(o -> o.defaultValue() != null && Stream.of(o.names()).anyMatch(OUTPUTS::contains))
                .findFirst().orElse(null);
    }

    private static boolean isRelativePath(String s) {
        try {
            return !Path.of(s).isAbsolute() && !s.contains("://");
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Whether the command opens {@code ./store} when no {@code --store} is given. */
    private static boolean defaultsToTheStore(String command) {
        CommandLine sub = EtkgCommand.commandLine().getSubcommands().get(command);
        if (sub == null) {
            return false;
        }
        CommandLine.Model.OptionSpec option = sub.getCommandSpec().findOption("--store");
        return option != null && option.defaultValue() != null;
    }
}
