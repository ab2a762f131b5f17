package org.etkg.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;

/**
 * What a load's paths hold: the articles (facts files with what lies beside them) and the
 * dataset files (RDF, GDELT), each in a stable order. One walk of each folder finds both:
 * at 10,000 articles each walk took a quarter of a second.
 */
record LoadInputs(List<ArticleBundle> bundles, List<Path> datasets) {
    static LoadInputs discover(List<Path> paths) {
        List<ArticleBundle> bundles = new ArrayList<>();
        List<Path> datasets = new ArrayList<>();
        // Paths may overlap ("etkg load data data/new-article"): each file is read once.
        Set<Path> taken = new HashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new DataError(Location.of(p.toString()), "no such file or folder");
            }
            if (Files.isRegularFile(p)) {
                if (p.getFileName().toString().equals(ArticleBundle.OUTSIDE_FILE)) {
                    throw new DataError(Location.of(p.toString()),
                            "outside facts are loaded with their article: load the folder or its " + ArticleBundle.FACTS_FILE);
                }
                if (!taken.add(key(p))) {
                    continue;
                }
                if (DatasetFiles.isRdf(p)) {
                    datasets.add(p);
                } else {
                    bundles.add(ArticleBundle.of(p));
                }
                continue;
            }
            List<Path> facts = new ArrayList<>();
            List<Path> rdf = new ArrayList<>();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f)) {
                            if (f.getFileName().toString().equals(ArticleBundle.FACTS_FILE)) {
                                facts.add(f);
                            } else if (DatasetFiles.isRdf(f)) {
                                rdf.add(f);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                        throw e;
                    }
                });
            } catch (IOException e) {
                throw new DataError(Location.of(p.toString()), "cannot read folder: " + IoProblem.describe(e, p));
            }
            if (facts.isEmpty() && rdf.isEmpty()) {
                throw new DataError(Location.of(p.toString()), "no " + ArticleBundle.FACTS_FILE + " and no RDF dataset in this folder or below it");
            }
            facts.stream().sorted().filter(f -> taken.add(key(f))).forEach(f -> bundles.add(ArticleBundle.of(f)));
            rdf.stream().sorted().filter(f -> taken.add(key(f))).forEach(datasets::add);
        }
        return new LoadInputs(bundles, datasets);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
