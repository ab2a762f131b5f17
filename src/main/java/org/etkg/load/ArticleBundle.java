package org.etkg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.etkg.model.DataError;
import org.etkg.model.Location;

/**
 * One article's files: its facts file and, when present, the outside facts beside it
 * ({@value #OUTSIDE_FILE}). The text file is named by the facts file.
 */
public record ArticleBundle(Path factsFile, Path outsideFactsFile) {
    public static final String FACTS_FILE = "facts.yaml";
    public static final String OUTSIDE_FILE = "outside-facts.yaml";

    /**
     * Finds the bundles under the given paths: a facts file, a folder holding one, or a folder
     * of such folders (searched to any depth), in a stable order.
     */
    public static List<ArticleBundle> discover(List<Path> paths) {
        List<ArticleBundle> bundles = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new DataError(Location.of(p.toString()), "no such file or folder");
            }
            if (Files.isRegularFile(p)) {
                if (p.getFileName().toString().equals(OUTSIDE_FILE)) {
                    throw new DataError(Location.of(p.toString()),
                            "outside facts are loaded with their article: load the folder or its " + FACTS_FILE);
                }
                if (!DatasetFiles.isRdf(p)) {
                    bundles.add(of(p));
                }
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                List<Path> found = walk.filter(f -> f.getFileName().toString().equals(FACTS_FILE))
                        .filter(Files::isRegularFile).sorted().toList();
                if (found.isEmpty() && DatasetFiles.discover(List.of(p)).isEmpty()) {
                    throw new DataError(Location.of(p.toString()), "no " + FACTS_FILE + " and no RDF dataset in this folder or below it");
                }
                found.forEach(f -> bundles.add(of(f)));
            } catch (IOException e) {
                throw new DataError(Location.of(p.toString()), "cannot read folder: " + e.getMessage());
            }
        }
        return bundles;
    }

    private static ArticleBundle of(Path facts) {
        Path outside = facts.resolveSibling(OUTSIDE_FILE);
        return new ArticleBundle(facts, Files.isRegularFile(outside) ? outside : null);
    }
}
