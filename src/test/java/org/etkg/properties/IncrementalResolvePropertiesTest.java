package org.etkg.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.etkg.Cli;
import org.etkg.generate.CorpusGenerator;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/**
 * On articles the test generates (any seed, a share of them re-reporting earlier events under
 * other spellings): loading them in random batches and orders, each load resolving only what
 * it changed (with one article loaded again after a correction, which withdraws its old
 * mentions), leaves exactly the resolve graph that one full {@code etkg resolve} of the same
 * store writes: the same links, scores, evidence and representatives. When there are four loads
 * or more, the third does not resolve.
 */
class IncrementalResolvePropertiesTest {

    @Property(tries = 3)
    void loadsInAnyOrderGiveTheLinksOfOneFullResolve(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                     @ForAll @IntRange(min = 10, max = 30) int articles) throws IOException {
        Path dir = Files.createTempDirectory("etkg-incremental");
        try {
            Path corpus = dir.resolve("corpus");
            new CorpusGenerator(seed, articles, 0.4).write(corpus, articles);
            List<Path> folders = articleFolders(corpus);
            Random random = new Random(seed);
            Collections.shuffle(folders, random);
            Path store = dir.resolve("store");
            int batches = 3 + random.nextInt(3);
            List<List<Path>> loads = new ArrayList<>();
            for (int i = 0; i < batches; i++) {
                loads.add(new ArrayList<>());
            }
            for (int i = 0; i < folders.size(); i++) {
                // The first batches small, so that most articles arrive in a store that has a memory.
                loads.get(i < batches ? i : 1 + random.nextInt(batches - 1)).add(folders.get(i));
            }
            Path corrected = null;
            for (int i = 0; i < loads.size(); i++) {
                if (i == loads.size() - 1) {
                    // An article of the first batch, corrected: another spelling of a name, one participant fewer.
                    corrected = correct(loads.get(0).get(0));
                    loads.get(i).add(random.nextInt(loads.get(i).size() + 1), corrected);
                }
                List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
                if (i == 2 && i < loads.size() - 1) {
                    args.add("--no-resolve"); // a load that does not resolve leaves the next one no memory to trust
                }
                loads.get(i).forEach(p -> args.add(p.toString()));
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertEquals(0, r.exitCode(), r::toString);
            }
            assertTrue(Files.exists(store.resolve("resolve-mentions.bin")), "the last load kept its memory of the store");
            Set<Triple> incremental = resolveGraph(store);

            Cli.Result full = Cli.run("resolve", "--store", store.toString());
            assertEquals(0, full.exitCode(), full::toString);
            Set<Triple> once = resolveGraph(store);
            Set<Triple> missing = new HashSet<>(once);
            missing.removeAll(incremental);
            Set<Triple> extra = new HashSet<>(incremental);
            extra.removeAll(once);
            assertTrue(missing.isEmpty() && extra.isEmpty(), "seed " + seed + ", " + articles + " articles in " + batches
                    + " loads (" + corrected + " corrected): the loads' links differ from a full resolve's; missing "
                    + first(missing) + ", extra " + first(extra));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<Path> articleFolders(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return new ArrayList<>(walk.filter(p -> p.getFileName().toString().equals("facts.yaml")).map(Path::getParent).sorted().toList());
        }
    }

    /** A copy of an article with its first person's name spelled otherwise and its last participant left out. */
    private static Path correct(Path article) throws IOException {
        Path copy = article.resolveSibling(article.getFileName() + "-corrected").resolve(article.getFileName());
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(article)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path facts = copy.resolve("facts.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(facts, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("kind: person, label: \"")) {
                lines.set(i, lines.get(i).replaceFirst("label: \"([^\"]*)\"", "label: \"$1h\""));
                break;
            }
        }
        int lastActor = -1;
        int actors = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("- {actor:")) {
                lastActor = i;
                actors++;
            }
        }
        if (actors > 1) {
            lines.remove(lastActor);
        }
        Files.write(facts, lines, StandardCharsets.UTF_8);
        return copy;
    }

    private static Set<Triple> resolveGraph(Path storeDir) {
        IriScheme iris = IriScheme.defaults();
        Node graph = iris.linkSetGraph("resolve");
        try (EtkgStore s = EtkgStore.openExisting(storeDir)) {
            return s.read(dsg -> {
                Set<Triple> out = new HashSet<>();
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.getPredicate().equals(Vocab.Prov.generatedAtTime)) {
                        out.add(q.asTriple());
                    }
                });
                return out;
            });
        }
    }

    private static String first(Set<Triple> triples) {
        return triples.size() + (triples.isEmpty() ? "" : " (" + triples.stream().map(Object::toString).sorted().limit(3).toList() + ")");
    }
}
