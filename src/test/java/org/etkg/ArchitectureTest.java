package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, read from the sources' imports and qualified
 * names: each package uses only the packages below it, the core never uses picocli, and
 * nothing but the CLI depends on the CLI. A new package must be given its place here.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/org/etkg");

    /** Package: the project packages it may use (the root package, with EtkgException and ExitCode, is open to all). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("rdf", Set.of("model")),
            Map.entry("store", Set.of("model", "rdf")),
            Map.entry("placing", Set.of("model", "rdf")),
            Map.entry("index", Set.of("model", "rdf", "placing")),
            Map.entry("validate", Set.of("model", "rdf", "store", "placing", "index", "search")),
            Map.entry("search", Set.of("model", "rdf", "store", "index", "export")),
            Map.entry("load", Set.of("model", "rdf", "store", "validate", "placing", "index", "search")),
            Map.entry("query", Set.of("model", "rdf", "store", "search")),
            Map.entry("export", Set.of("model", "rdf", "store")),
            Map.entry("timeline", Set.of("model", "rdf", "store", "query", "export", "resolve", "placing", "index")),
            Map.entry("link", Set.of("model", "rdf", "store", "query", "export", "load")),
            Map.entry("resolve", Set.of("model", "rdf", "store", "query", "link", "export", "load")),
            Map.entry("serve", Set.of("model", "rdf", "store", "query", "timeline", "index", "load", "resolve", "search", "review")),
            Map.entry("publish", Set.of("model", "rdf", "store")),
            Map.entry("generate", Set.of("model", "rdf")),
            Map.entry("draft", Set.of("model", "rdf", "store", "load", "link", "resolve")),
            Map.entry("review", Set.of("model", "rdf", "store", "load", "resolve", "draft", "timeline")),
            Map.entry("eventdata", Set.of("model", "rdf", "store", "index", "resolve", "link", "export", "load")),
            Map.entry("cli", Set.of("model", "rdf", "store", "validate", "load", "query", "export", "timeline", "link",
                    "serve", "publish", "generate", "resolve", "index", "draft", "review", "eventdata", "search")));

    static final Pattern USES = Pattern.compile("\\borg\\.etkg\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws Exception {
        List<String> broken = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String pkg = dir.getFileName().toString();
                seen.add(pkg);
                assertTrue(ALLOWED.containsKey(pkg), "package " + pkg + " has no place in the dependency rule");
                for (Path file : javaFiles(dir)) {
                    Matcher m = USES.matcher(Files.readString(file));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                            broken.add(MAIN.relativize(file) + " uses org.etkg." + used);
                        }
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), seen, "the rule names exactly the packages there are");
        assertTrue(broken.isEmpty(), "dependencies against docs/architecture.md: " + broken);
    }

    @Test
    void onlyTheDraftingModuleUsesCoreNlp() throws Exception {
        // org.etkg.draft.corenlp links GPL-3.0 code and ships in etkg-draft.jar; the rest is Apache-2.0,
        // finds it through ServiceLoader, and must not name it or CoreNLP.
        Path module = MAIN.resolve("draft").resolve("corenlp");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String text = Files.readString(file);
            boolean inModule = file.startsWith(module);
            if (!inModule && (text.contains("edu.stanford") || text.contains("org.etkg.draft.corenlp"))) {
                found.add(MAIN.relativize(file).toString());
            }
            if (inModule && !text.startsWith("// SPDX-License-Identifier: GPL-3.0-or-later")) {
                found.add(MAIN.relativize(file) + " lacks its GPL-3.0-or-later header");
            }
        }
        assertTrue(found.isEmpty(), "the GPL boundary: " + found);
    }

    @Test
    void onlyTheCliUsesPicocli() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            boolean cli = MAIN.relativize(file).startsWith("cli");
            if (!cli && Files.readString(file).contains("picocli")) {
                found.add(MAIN.relativize(file).toString());
            }
        }
        assertTrue(found.isEmpty(), "the core is usable without picocli: " + found);
    }

    @Test
    void commandsOnlyReadOptionsAndCallTheCore() throws Exception {
        // A command that opens transactions or builds queries itself has taken core work.
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("cli"))) {
            String text = Files.readString(file);
            for (String smell : List.of("QueryExecution", "Txn.", "dsg.add(", "DatasetGraph ", "SELECT ")) {
                if (text.contains(smell)) {
                    found.add(MAIN.relativize(file) + ": " + smell.trim());
                }
            }
        }
        assertTrue(found.isEmpty(), "core work in the CLI: " + found);
    }

    static List<Path> javaFiles(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
