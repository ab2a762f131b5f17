package org.etkg.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.Cli;
import org.etkg.load.Loader;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page saves is what the files said: every hand-written article of data/, read as
 * the page reads it and written back as a save writes it, gives the same graphs (Jena
 * isomorphism), and a drafter's file comes back line for line with its "# check:" notes.
 */
class DraftYamlRoundTripTest {
    static final Ontology ONTOLOGY = Ontology.load(IriScheme.defaults());

    @Test
    void everyArticleOfDataSurvivesAReadAndASave(@TempDir Path dir) throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.list(Cli.data())) {
            articles = s.filter(p -> Files.exists(p.resolve("facts.yaml"))).sorted().toList();
        }
        assertTrue(articles.size() >= 8, articles.toString());
        for (Path article : articles) {
            Path copy = dir.resolve(article.getFileName());
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(article)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f);
                    boolean yaml = f.getFileName().toString().endsWith(".yaml");
                    Files.writeString(copy.resolve(f.getFileName()), yaml ? DraftYaml.write(DraftYaml.read(text)).yaml() : text);
                }
            }
            Map<Node, Graph> want = new Loader(ONTOLOGY).plan(List.of(article)).graphs();
            Map<Node, Graph> got = new Loader(ONTOLOGY).plan(List.of(copy)).graphs();
            assertEquals(want.keySet(), got.keySet(), article.toString());
            for (Node g : want.keySet()) {
                assertTrue(want.get(g).isIsomorphicWith(got.get(g)), article + ": graph " + g);
            }
        }
    }

    @Test
    void aDraftComesBackLineForLineWithItsCheckNotes() throws IOException {
        Path draft = Path.of("src/test/resources/review/sadiq-draft");
        for (String file : List.of("facts.yaml", "outside-facts.yaml")) {
            String text = Files.readString(draft.resolve(file));
            assertEquals(text.stripTrailing(), DraftYaml.write(DraftYaml.read(text)).yaml().stripTrailing(), file);
        }
    }
}
