package org.etkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.etkg.generate.CorpusGenerator;
import org.etkg.rdf.IriScheme;
import org.etkg.resolve.Identity;
import org.etkg.store.EtkgStore;

/**
 * How well resolve found the same events in a corpus written by {@code etkg generate
 * --overlap}: pairwise precision and recall of its event clusters against the true clusters
 * beside the corpus, and how many decoys it merged with the event they imitate. Prints
 * "precision P recall R true_pairs T found_pairs F decoys_merged D". Run by
 * src/bench/benchmark.sh.
 */
public final class ResolveQuality {
    private ResolveQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        IriScheme iris = IriScheme.defaults();
        String events = iris.event("x", "y").getURI().replace("x/y", "");
        Set<String> truePairs = new HashSet<>();
        for (String line : Files.readAllLines(corpus.resolve(CorpusGenerator.CLUSTERS_FILE))) {
            String[] members = line.split("\t");
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    truePairs.add(pair(events + members[i], events + members[j]));
                }
            }
        }
        List<String> decoys = Files.readAllLines(corpus.resolve(CorpusGenerator.DECOYS_FILE));
        Identity identity;
        Set<String> found = new HashSet<>();
        try (EtkgStore s = EtkgStore.openExisting(store)) {
            identity = s.read(dsg -> Identity.read(dsg, iris));
            Set<String> seen = new HashSet<>();
            s.read(dsg -> {
                dsg.find(iris.linkSetGraph("resolve"), org.apache.jena.graph.Node.ANY, iris.terms().representative,
                        org.apache.jena.graph.Node.ANY).forEachRemaining(q -> seen.add(q.getObject().getURI()));
                return null;
            });
            for (String rep : seen) {
                List<String> members = identity.members(rep).stream().filter(m -> m.startsWith(events)).toList();
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        found.add(pair(members.get(i), members.get(j)));
                    }
                }
            }
        }
        Set<String> right = new HashSet<>(found);
        right.retainAll(truePairs);
        int decoysMerged = 0;
        for (String d : decoys) {
            String[] t = d.split("\t");
            if (identity.representative(events + t[0]).equals(identity.representative(events + t[2]))) {
                decoysMerged++;
            }
        }
        if (System.getProperty("etkg.wrong") != null) {
            found.stream().filter(f -> !truePairs.contains(f)).sorted().limit(20).forEach(f -> System.out.println("wrong: " + f));
            truePairs.stream().filter(f -> !found.contains(f)).sorted().limit(20).forEach(f -> System.out.println("missed: " + f));
        }
        double precision = found.isEmpty() ? 1 : right.size() / (double) found.size();
        double recall = truePairs.isEmpty() ? 1 : right.size() / (double) truePairs.size();
        System.out.printf(java.util.Locale.ROOT, "precision %.4f recall %.4f true_pairs %d found_pairs %d decoys_merged %d of %d%n",
                precision, recall, truePairs.size(), found.size(), decoysMerged, decoys.size());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
