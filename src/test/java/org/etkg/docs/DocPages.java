package org.etkg.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's documentation as the doc tests read it: README.md and every page of docs/, their
 * lines (knowing which are inside fenced code blocks), and the command examples they give.
 */
final class DocPages {
    /** A line of a page: its number from 1, its text, and whether it sits inside a fenced code block. */
    record Line(int number, String text, boolean inCode) {
    }

    /** A page of documentation, by its path from the repository's root. */
    record Page(Path path, List<Line> lines) {
        String name() {
            return path.toString().replace('\\', '/');
        }
    }

    /**
     * A command example: a line that starts with one of {@link #PROMPTS}, its arguments as a shell
     * would split them (up to a redirection, pipe or comment), the exit code it implies (0 unless
     * the line ends with {@code # exit N}) and, when marked, why it is not run.
     */
    record Example(Page page, int line, String text, List<String> args, int exitCode, String notRun) {
        String where() {
            return page.name() + ":" + line;
        }
    }

    static final List<String> PROMPTS = List.of("$ java -jar target/etkg.jar", "$ ./etkg");
    private static final Pattern NOT_RUN = Pattern.compile("^<!-- example: not run, (.+) -->$");
    private static final Pattern EXIT = Pattern.compile("^exit (\\d+)$");

    private DocPages() {
    }

    /** The repository's root: where Maven runs the tests. */
    static Path root() {
        return Path.of("").toAbsolutePath();
    }

    /** README.md and docs/*.md, in that order. */
    static List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(read(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(p -> pages.add(read(root().relativize(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static Page read(Path relative) {
        List<String> text;
        try {
            text = Files.readAllLines(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < text.size(); i++) {
            String t = text.get(i);
            boolean fence = t.stripLeading().startsWith("```");
            lines.add(new Line(i + 1, t, inCode || fence));
            if (fence) {
                inCode = !inCode;
            }
        }
        return new Page(relative, lines);
    }

    /**
     * Every command example of the pages. A {@code <!-- example: not run, ... -->} marker applies
     * to the example on the next line, or on the line after a code fence; a marker followed by no
     * example is an error, so that no marker silently covers nothing.
     */
    static List<Example> examples(List<Page> pages) {
        List<Example> examples = new ArrayList<>();
        for (Page page : pages) {
            String notRun = null;
            int markerLine = 0;
            for (Line line : page.lines()) {
                String t = line.text().strip();
                Matcher marker = NOT_RUN.matcher(t);
                if (marker.matches()) {
                    notRun = marker.group(1);
                    markerLine = line.number();
                    continue;
                }
                String prompt = PROMPTS.stream().filter(p -> t.equals(p) || t.startsWith(p + " ")).findFirst().orElse(null);
                if (prompt != null) {
                    examples.add(parse(page, line.number(), t, t.substring(prompt.length()), notRun));
                    notRun = null;
                } else if (notRun != null && !t.startsWith("```")) {
                    throw new AssertionError(page.name() + ":" + markerLine + ": the not-run marker is followed by no example");
                }
            }
            if (notRun != null) {
                throw new AssertionError(page.name() + ":" + markerLine + ": the not-run marker is followed by no example");
            }
        }
        return examples;
    }

    private static Example parse(Page page, int number, String text, String command, String notRun) {
        List<String> args = new ArrayList<>();
        String comment = split(command, args);
        int exitCode = 0;
        if (comment != null) {
            Matcher exit = EXIT.matcher(comment.strip());
            if (!exit.matches()) {
                throw new AssertionError(page.name() + ":" + number + ": the only comment an example may end with is '# exit N', not '# " + comment.strip() + "'");
            }
            exitCode = Integer.parseInt(exit.group(1));
        }
        return new Example(page, number, text, args, exitCode, notRun);
    }

    /**
     * Splits a command line as a POSIX shell would (quotes, backslashes), stopping at a redirection,
     * pipe, background or command separator. Returns the text of a trailing {@code #} comment, or null.
     */
    static String split(String command, List<String> args) {
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + command);
                }
                word.append(command, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                i++;
                while (i < command.length() && command.charAt(i) != '"') {
                    char d = command.charAt(i);
                    if (d == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                        d = command.charAt(++i);
                    }
                    word.append(d);
                    i++;
                }
                if (i >= command.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + command);
                }
                inWord = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    args.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (!inWord && c == '#') {
                return command.substring(i + 1);
            } else if ("<>|&;".indexOf(c) >= 0) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            args.add(word.toString());
        }
        return null;
    }
}
