package org.etkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.jar.JarFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.etkg.IoProblem;
import org.etkg.EtkgException;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;

/**
 * The competency questions of queries/: each is a .rq file whose first line is
 * "# Question: ...". A name is looked up in ./queries first, then in the copy bundled in
 * the jar, so the jar answers them from any directory.
 */
public final class NamedQueries {
    private static final String BUNDLED = "etkg/queries/";

    private NamedQueries() {
    }

    /** A query's name, question and text. */
    public record NamedQuery(String name, String question, String text) {
        /**
         * The question for a store loaded with another --base: the competency questions are
         * written for the default base, and everything they name lies under it.
         */
        public NamedQuery forBase(String base) {
            return base.equals(IriScheme.DEFAULT_BASE) || name.equals(INLINE) ? this
                    : new NamedQuery(name, question, text.replace(IriScheme.DEFAULT_BASE, base));
        }
    }

    /** Reads a query from a .rq file, by name from queries/, or, when it begins as SPARQL does, as the query text. */
    public static NamedQuery resolve(String fileOrName, Path queriesDir) {
        Path asFile = Path.of(fileOrName);
        if (fileOrName.endsWith(".rq") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile)) {
                throw new DataError(Location.of(fileOrName), "query file not found");
            }
            return read(asFile);
        }
        Path local = queriesDir.resolve(fileOrName + ".rq");
        if (Files.isRegularFile(local)) {
            return read(local);
        }
        String bundled = bundled(fileOrName);
        if (bundled != null) {
            return new NamedQuery(fileOrName, question(bundled), bundled);
        }
        if (QUERY_TEXT.matcher(fileOrName).lookingAt()) {
            // What analysts type first, as with other SPARQL tools: the text itself, without -e.
            return new NamedQuery(INLINE, "", fileOrName);
        }
        throw EtkgException.usage("no query named '" + fileOrName + "' in " + queriesDir
                + " or among the bundled ones; known: " + String.join(", ", list(queriesDir).keySet())
                + (fileOrName.contains("{") || fileOrName.contains(" ") ? "; to run query text, give it with -e" : ""));
    }

    /** The name of a query given as text on the command line; errors in it are located as QUERY:line:column. */
    public static final String INLINE = "QUERY";

    private static final Pattern QUERY_TEXT = Pattern.compile(
            "\\s*(#[^\\n]*\\n\\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)(?=[\\s{*?$(<])", Pattern.CASE_INSENSITIVE);

    /** All competency questions by name: those in {@code queriesDir}, else the bundled ones. */
    public static Map<String, NamedQuery> list(Path queriesDir) {
        Map<String, NamedQuery> all = new TreeMap<>();
        if (Files.isDirectory(queriesDir)) {
            try (Stream<Path> files = Files.list(queriesDir)) {
                files.filter(p -> p.toString().endsWith(".rq")).forEach(p -> {
                    NamedQuery q = read(p);
                    all.put(q.name(), q);
                });
            } catch (IOException e) {
                throw new EtkgException("cannot list " + queriesDir + ": " + IoProblem.describe(e));
            }
        }
        if (all.isEmpty()) {
            for (String name : bundledNames()) {
                String text = bundled(name);
                all.put(name, new NamedQuery(name, question(text), text));
            }
        }
        return all;
    }

    private static NamedQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new NamedQuery(name, question(text), text);
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read query: " + IoProblem.describe(e, file));
        }
    }

    static String question(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("# Question:") ? first.substring("# Question:".length()).trim() : "";
    }

    private static String bundled(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return null;
        }
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(BUNDLED + name + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The names of the queries bundled in the jar (or in target/classes when run from a build). */
    private static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        try {
            var source = NamedQueries.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return names;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(BUNDLED);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                                .forEach(n -> names.add(n.substring(0, n.length() - 3)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(BUNDLED) && n.endsWith(".rq") && n.indexOf('/', BUNDLED.length()) < 0)
                            .forEach(n -> names.add(n.substring(BUNDLED.length(), n.length() - 3)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new EtkgException("cannot list the bundled queries: " + IoProblem.describe(e), e);
        }
        return names;
    }
}
