package org.etkg.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.rdf.IriScheme;
import org.etkg.store.Backup;
import org.etkg.store.EtkgStore;

/**
 * The text index as a whole against the store: built again from the store's articles
 * ({@code etkg reindex}, and after a restore), and compared with them ({@code etkg validate}).
 */
public final class StoreText {
    private StoreText() {
    }

    /** What the index should hold: every article graph's entries, recomputed from the store. */
    static List<TextDocuments.Entry> expected(DatasetGraph dsg, IriScheme iris) {
        String prefix = iris.articleGraphPrefix();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        List<TextDocuments.Entry> out = new ArrayList<>();
        for (Node name : names) {
            if (name.isURI() && name.getURI().startsWith(prefix)) {
                String id = name.getURI().substring(prefix.length());
                Graph timeline = dsg.getGraph(iris.timelineGraph(id));
                out.addAll(TextDocuments.of(iris, name, dsg.getGraph(name), timeline));
            }
        }
        return out;
    }

    /** Builds the store's text index anew from its articles; returns the number of entries. */
    public static long reindex(EtkgStore store, IriScheme iris) {
        return rebuild(store, iris, TextIndex.open(store));
    }

    /** Builds {@code index} anew from the store's articles (also when a writer died between the two commits). */
    static long rebuild(EtkgStore store, IriScheme iris, TextIndex index) {
        try {
            long n = store.read(dsg -> {
                index.clear();
                List<TextDocuments.Entry> entries = expected(dsg, iris);
                index.add(entries);
                return (long) entries.size();
            });
            index.commit();
            return n;
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /**
     * How the index and the store disagree: entries the store's articles give that the index
     * lacks (by article), and entries the index has that no article gives.
     */
    public record Check(boolean present, Map<String, Integer> missing, int extra, long entries) {
        public boolean agrees() {
            return present && missing.isEmpty() && extra == 0;
        }
    }

    public static Check check(EtkgStore store, IriScheme iris) {
        if (!TextIndex.exists(store.dir())) {
            return new Check(false, Map.of(), 0, 0);
        }
        TextIndex index = TextIndex.open(store);
        List<TextDocuments.Entry> expected = store.read(dsg -> expected(dsg, iris));
        Set<String> stored = index.uids();
        Map<String, Integer> missing = new java.util.TreeMap<>();
        Set<String> wanted = new HashSet<>();
        for (TextDocuments.Entry e : expected) {
            wanted.add(e.uid());
            if (!stored.contains(e.uid())) {
                missing.merge(e.article(), 1, Integer::sum);
            }
        }
        int extra = (int) stored.stream().filter(u -> !wanted.contains(u)).count();
        return new Check(true, missing, extra, stored.size());
    }

    /** Restores a backup into a new store and builds its text index before the store is moved into place. */
    public static Backup.Manifest restore(Path backup, Path target) {
        return Backup.restore(backup, target, store -> reindex(store, EtkgStore.irisFor(store.dir(), null)));
    }

    /** Compacts the store (TDB2) and its text index. */
    public static void compact(EtkgStore store) {
        Backup.compact(store);
        TextIndex.of(store).ifPresent(TextIndex::compact);
    }
}
