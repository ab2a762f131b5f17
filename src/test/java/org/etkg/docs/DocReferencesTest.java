package org.etkg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.etkg.cli.EtkgCommand;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * What README.md and docs/ name exists: every markdown link and image (and its #anchor, a
 * heading of the page it points to), every backticked class (ours, or on the test class path),
 * member ({@code Class.member}, {@code Class#method}), package, repository path, etkg command
 * ({@code etkg resolve}) and option ({@code --skip-bad}); every page of
 * docs/ is linked from the README; docs/architecture.md's package table lists exactly the packages
 * under src/main/java/org/etkg, and its Layout names each of them.
 */
class DocReferencesTest {
    private static final Path ROOT = DocPages.root();
    private static final Path MAIN = ROOT.resolve("src/main/java/org/etkg");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    /** {@code EtkgStore}, {@code Backup.write}, {@code Mentions.Kind}, {@code LoadInputsFuzzTest#facts}. */
    private static final Pattern CLASS = Pattern.compile("([A-Z][A-Za-z0-9]*)((?:[.#][A-Za-z_][A-Za-z0-9_]*)*)(\\(\\))?");
    private static final Pattern QUALIFIED = Pattern.compile("org\\.etkg(?:\\.[a-z][a-z0-9]*)*(?:\\.([A-Z][A-Za-z0-9]*))?");
    /** Repository entries a backticked path may start with; anything else (all.trig, store/) is an example's own file. */
    private static final Set<String> TOP = Set.of("src", "data", "docs", "ontology", "queries", "LICENSES", ".ci",
            "pom.xml", "README.md", "LICENSE", "etkg");

    /** {@code etkg resolve --apply FILE}, {@code ./etkg draft}: the word after etkg is a command. */
    private static final Pattern COMMAND = Pattern.compile("(?:\\./)?etkg ([a-z][a-z-]*)\\b");
    /** {@code --skip-bad}, {@code --format csv}, {@code --store=DIR}: an option of some command. */
    private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z-]*)(?:[ =].*)?");

    private final List<DocPages.Page> pages = DocPages.all();
    private final Map<String, CommandLine> commands = EtkgCommand.commandLine().getSubcommands();
    private final Set<String> options = commands.values().stream()
            .flatMap(c -> c.getCommandSpec().options().stream())
            .flatMap(o -> Stream.of(o.names())).collect(Collectors.toSet());
    private final KnownTypes types = new KnownTypes(ROOT);

    @Test
    void everyLinkAndAnchorExists() {
        assertEquals(List.of(), problems(LINK, DocReferencesTest::withoutCodeSpans,
                (page, target) -> checkLink(page, target)));
    }

    @Test
    void everyNamedClassFileAndPackageExists() {
        assertEquals(List.of(), problems(CODE, line -> line, (page, span) -> {
            String problem = checkName(span.strip());
            return problem == null ? null : "`" + span + "`: " + problem;
        }));
    }

    /**
     * What {@code check} finds wrong with each match of {@code pattern}'s first group in the
     * prose of the pages (not in code blocks), as "page:line: problem".
     */
    private List<String> problems(Pattern pattern, java.util.function.UnaryOperator<String> prose,
                                  java.util.function.BiFunction<DocPages.Page, String, String> check) {
        List<String> problems = new ArrayList<>();
        for (DocPages.Page page : pages) {
            for (DocPages.Line line : page.lines()) {
                Matcher m = pattern.matcher(line.inCode() ? "" : prose.apply(line.text()));
                while (m.find()) {
                    String problem = check.apply(page, m.group(1));
                    if (problem != null) {
                        problems.add(page.name() + ":" + line.number() + ": " + problem);
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void everyPageOfDocsIsLinkedFromTheReadme() {
        DocPages.Page readme = pages.get(0);
        Set<String> linked = new HashSet<>();
        for (DocPages.Line line : readme.lines()) {
            Matcher m = LINK.matcher(line.text());
            while (m.find()) {
                linked.add(m.group(1).replaceFirst("#.*", ""));
            }
        }
        List<String> missing = pages.stream().skip(1).map(DocPages.Page::name)
                .filter(name -> !linked.contains(name)).toList();
        assertEquals(List.of(), missing, "pages of docs/ the README does not link");
    }

    @Test
    void theArchitecturePackageTableListsExactlyThePackages() throws IOException {
        DocPages.Page architecture = DocPages.read(Path.of("docs/architecture.md"));
        Set<String> rows = new TreeSet<>();
        StringBuilder table = new StringBuilder();
        boolean inSection = false;
        for (DocPages.Line line : architecture.lines()) {
            if (line.text().startsWith("## ")) {
                inSection = line.text().equals("## Packages");
            } else if (inSection && line.text().startsWith("| `")) {
                String name = line.text().substring(3, line.text().indexOf('`', 3));
                rows.add(name.equals("org.etkg") ? "" : name);
                table.append(line.text()).append('\n');
            }
        }
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> MAIN.relativize(p.getParent()).toString().replace('/', '.'))
                    .forEach(packages::add);
        }
        Set<String> topLevel = packages.stream().filter(p -> !p.contains(".")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(topLevel, rows, "the rows of docs/architecture.md's package table ('' is org.etkg itself)");
        for (String nested : packages) {
            if (nested.contains(".")) {
                assertTrue(table.toString().contains("`" + nested + "`"),
                        "docs/architecture.md's package table names the package " + nested);
            }
        }
        String layout = architecture.lines().stream().dropWhile(l -> !l.text().equals("## Layout")).skip(1)
                .takeWhile(l -> !l.text().startsWith("## ")).map(DocPages.Line::text).collect(Collectors.joining("\n"));
        for (String pkg : topLevel.stream().filter(p -> !p.isEmpty()).toList()) {
            assertTrue(Pattern.compile("(^|\\s)" + pkg + "/").matcher(layout).find(),
                    "docs/architecture.md's Layout names the package " + pkg + "/");
        }
    }

    private String checkLink(DocPages.Page page, String target) {
        if (target.matches("^[a-z]+:.*")) {
            return null;
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path file = path.isEmpty() ? ROOT.resolve(page.path()) : ROOT.resolve(page.path()).getParent() == null
                ? ROOT.resolve(path) : ROOT.resolve(page.path()).getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            return "links to " + target + ", but " + ROOT.relativize(file) + " does not exist";
        }
        if (anchor != null) {
            if (!file.toString().endsWith(".md")) {
                return "links to an anchor of a file that is not a page: " + target;
            }
            Set<String> anchors = anchors(DocPages.read(ROOT.relativize(file)));
            if (!anchors.contains(anchor)) {
                return "links to #" + anchor + ", which is no heading of " + ROOT.relativize(file);
            }
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings. */
    static Set<String> anchors(DocPages.Page page) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DocPages.Line line : page.lines()) {
            Matcher m = HEADING.matcher(line.text());
            if (line.inCode() || !m.matches()) {
                continue;
            }
            String slug = slug(m.group(2));
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = heading.replaceAll("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Null when what a code span names exists, or when it names nothing this test can check. */
    private String checkName(String span) {
        Matcher command = COMMAND.matcher(span);
        if (command.lookingAt() && !commands.containsKey(command.group(1))) {
            return "etkg has no command " + command.group(1);
        }
        Matcher option = OPTION.matcher(span);
        if (option.matches() && !options.contains(option.group(1))) {
            return "no etkg command has the option " + option.group(1);
        }
        if (span.contains(" ")) {
            return null;
        }
        Matcher qualified = QUALIFIED.matcher(span);
        if (qualified.matches()) {
            String path = span.replace('.', '/');
            Path java = ROOT.resolve("src/main/java").resolve(path + ".java");
            Path folder = ROOT.resolve("src/main/java").resolve(path);
            return Files.exists(java) || Files.isDirectory(folder) ? null : "no such class or package in src/main/java";
        }
        Matcher type = CLASS.matcher(span);
        if (type.matches() && isCamelCase(type.group(1))) {
            return checkType(type.group(1), type.group(2));
        }
        if (span.contains("/") || span.matches("[\\w.-]+\\.(md|java|ttl|rq|yaml|sh|png|nt|xml)")) {
            return checkPath(span);
        }
        return null;
    }

    /** A class name: a capital, a letter, and not a shouted word (GOV) or an identifier (Q990000xx). */
    private static boolean isCamelCase(String name) {
        return name.matches("[A-Z][A-Za-z].*") && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    private String checkType(String name, String members) {
        Path source = types.sourceOf(name);
        if (source == null) {
            if (types.exists(name)) {
                return null;
            }
            return "no class " + name + " in src/main/java, src/test/java or the class path";
        }
        if (members.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String member : members.substring(1).split("[.#]")) {
            if (!Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(text).find()) {
                return ROOT.relativize(source) + " has no " + member;
            }
        }
        return null;
    }


    private static String checkPath(String span) {
        String path = span.replaceFirst("^\\./", "");
        if (path.isEmpty() || path.startsWith("/")) {
            return null;                                 // a URL's path: /timeline, /etkg/sparql
        }
        String first = path.split("/")[0];
        if (path.matches(".*(\\.\\.\\.|…|[<>*?{}$]).*") || Stream.of(path.split("/")).anyMatch(s -> s.matches("[A-Z][A-Z_-]+(\\..*)?"))) {
            return null;                                 // a pattern with placeholders: FOLDER/ID, <Class>Inputs
        }
        if (TOP.contains(first)) {
            return Files.exists(ROOT.resolve(path)) ? null : "no such file or folder";
        }
        if (Files.isDirectory(MAIN.resolve(first)) && path.contains("/")) {
            Path java = MAIN.resolve(path + ".java");
            return Files.exists(java) || Files.exists(MAIN.resolve(path)) ? null
                    : "no such class: src/main/java/org/etkg/" + path + ".java";
        }
        return null;                                     // target/…, an example's own file (all.trig), a URL path
    }


    private static String withoutCodeSpans(String line) {
        return line.replaceAll("`[^`]*`", "");
    }
}
