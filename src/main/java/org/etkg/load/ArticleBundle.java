package org.etkg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        return LoadInputs.discover(paths).bundles();
    }

    static ArticleBundle of(Path facts) {
        Path outside = facts.resolveSibling(OUTSIDE_FILE);
        return new ArticleBundle(facts, Files.isRegularFile(outside) ? outside : null);
    }
}
