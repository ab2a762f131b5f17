package org.etkg.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The classes the documentation may name: ours, those our sources import, and those on the test class path. */
final class KnownTypes {
    /** Backticked words that are HTTP headers, not classes. */
    private static final Set<String> HTTP_HEADERS = Set.of("Authorization", "Origin", "Accept", "Location", "Host");

    private final Map<String, Path> ourTypes;
    private final Set<String> imported;

    KnownTypes(Path root) {
        List<Path> trees = List.of(root.resolve("src/main/java"), root.resolve("src/test/java"));
        this.ourTypes = ourTypes(trees);
        this.imported = importedTypes(trees);
    }

    /** The source file of one of our classes (records, enums and nested types included), or null. */
    Path sourceOf(String name) {
        return ourTypes.get(name);
    }

    /** Whether a class of another library by this simple name is there to be named (or the word is an HTTP header). */
    boolean exists(String name) {
        return HTTP_HEADERS.contains(name) || imported.contains(name) || isJavaLang(name) || onClassPath().contains(name);
    }

    private static Set<String> classPathNames;

    /** The simple names of the classes in the jars of the test class path (Jetty's, Jena's), read once. */
    private static synchronized Set<String> onClassPath() {
        if (classPathNames == null) {
            classPathNames = new HashSet<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.endsWith(".jar")) {
                    continue;
                }
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(entry)) {
                    jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class"))
                            .map(n -> n.substring(n.lastIndexOf('/') + 1, n.length() - ".class".length()))
                            .forEach(n -> classPathNames.add(n.replace('$', '.')));
                } catch (IOException e) {
                    throw new UncheckedIOException(entry, e);
                }
            }
        }
        return classPathNames;
    }

    private static boolean isJavaLang(String name) {
        for (String pkg : List.of("java.lang.", "java.util.", "java.io.", "java.nio.file.")) {
            try {
                Class.forName(pkg + name);
                return true;
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return false;
    }

    /** Every class, interface, record and enum our sources declare, by simple name, and its file. */
    private static Map<String, Path> ourTypes(List<Path> trees) {
        Map<String, Path> types = new HashMap<>();
        Pattern declaration = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z][A-Za-z0-9]*)");
        for (Path tree : trees) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    types.put(name, file);
                    Matcher m = declaration.matcher(Files.readString(file));
                    while (m.find()) {
                        types.putIfAbsent(m.group(1), file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return types;
    }

    /** The simple names our sources import: other libraries' classes the docs may name (Jena's, picocli's). */
    private static Set<String> importedTypes(List<Path> trees) {
        Set<String> names = new HashSet<>();
        Pattern imp = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]*?\\.([A-Z][A-Za-z0-9]*)(?:\\.[\\w*]+)*;", Pattern.MULTILINE);
        for (Path tree : trees) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = imp.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
