package org.etkg.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.etkg.EtkgException;
import org.etkg.IoProblem;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;

/**
 * The store's text index: jena-text's Lucene index in {@code <store>/text/}, opened once per
 * store and process and closed with the store. Loads add an article's {@link TextDocuments}
 * in their write transaction and commit the index right after the store's; a reload removes
 * the article's old entries first. {@code text:query} finds it in the store's context.
 */
public final class TextIndex implements AutoCloseable {
    /**
     * For the benchmark only (src/bench/benchmark.sh --daily), which measures what the index adds
     * to a load by loading the same corpus with and without it: {@code -Detkg.bench.withoutTextIndex=true}.
     */
    private static final boolean WITHOUT_INDEX = Boolean.getBoolean("etkg.bench.withoutTextIndex");

    /** The folder beside the store's own files. */
    public static final String FOLDER = "text";
    /** The file that says a write is under way (see {@link #changing}). */
    private static final String UNDER_WAY = "write-under-way";
    private boolean changesUnderWay;

    private final Path dir;
    private final TextIndexLucene lucene;

    private TextIndex(Path dir, TextIndexLucene lucene) {
        this.dir = dir;
        this.lucene = lucene;
    }

    /** What jena-text knows of the fields: entity, graph, language, uid, and the property each text field indexes. */
    static EntityDefinition definition() {
        EntityDefinition d = new EntityDefinition(TextDocuments.URI, TextDocuments.ALL, TextDocuments.GRAPH);
        TextDocuments.FIELDS.forEach((field, properties) -> properties.forEach(p -> d.set(field, p)));
        d.setLangField(TextDocuments.LANG);
        d.setUidField(TextDocuments.UID);
        // A served store changes under the endpoint (serve --update): no answers kept across queries.
        d.setCacheQueries(false);
        return d;
    }

    /** Whether the store in {@code storeDir} has a text index. */
    public static boolean exists(Path storeDir) {
        return Files.isDirectory(storeDir.resolve(FOLDER));
    }

    /** The store's text index, when it has one. */
    public static Optional<TextIndex> of(EtkgStore store) {
        return exists(store.dir()) ? Optional.of(open(store)) : Optional.empty();
    }

    /** The store's text index; a store without one (loaded before etkg had it) is told what to do. */
    public static TextIndex required(EtkgStore store) {
        return of(store).orElseThrow(() -> new EtkgException(missingMessage(store.dir())));
    }

    /** What to do about a store loaded before the text index. */
    public static String missingMessage(Path storeDir) {
        return "store " + storeDir + " has no text index (it was loaded before etkg kept one): build it with etkg reindex --store "
                + storeDir;
    }

    /**
     * The index a load writes to: the store's own, a new one for a store with nothing in it yet,
     * and none for a store loaded before the index (a load alone would index only its own
     * articles; {@code etkg reindex} builds it whole).
     */
    public static Optional<TextIndex> forLoad(EtkgStore store) {
        if (WITHOUT_INDEX) {
            return Optional.empty();
        }
        if (exists(store.dir())) {
            return Optional.of(open(store));
        }
        boolean empty = store.read(dsg -> !dsg.listGraphNodes().hasNext());
        return empty ? Optional.of(open(store)) : Optional.empty();
    }

    /** Opens (creating it when needed) the index of {@code store}; shared with every other use of the store in this process. */
    static TextIndex open(EtkgStore store) {
        return store.companion(TextIndex.class, s -> {
            Path dir = s.dir().resolve(FOLDER);
            try {
                Files.createDirectories(dir);
                TextIndexConfig config = new TextIndexConfig(definition());
                config.setValueStored(true);
                TextIndex index = new TextIndex(dir, new TextIndexLucene(FSDirectory.open(dir), config));
                // From now on text:query over the store finds it, also on a served store whose first load made it.
                index.attach(s.dataset());
                recoverIfInterrupted(s, index);
                return index;
            } catch (IOException e) {
                throw new EtkgException("cannot open the text index " + dir + ": " + IoProblem.describe(e), e);
            }
        });
    }

    /** Makes {@code text:query} over {@code dsg} (the store's dataset) use this index. */
    public void attach(DatasetGraph dsg) {
        dsg.getContext().set(TextQuery.textIndex, lucene);
    }

    /** Adds the entries of the article graphs among {@code graphs} (with their timeline graphs beside them); uncommitted. */
    public long add(IriScheme iris, Map<Node, Graph> graphs) {
        String prefix = iris.articleGraphPrefix();
        long added = 0;
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            Node name = e.getKey();
            if (name.isURI() && name.getURI().startsWith(prefix)) {
                String id = name.getURI().substring(prefix.length());
                Graph timeline = graphs.get(iris.timelineGraph(id));
                List<TextDocuments.Entry> entries = TextDocuments.of(iris, name, e.getValue(),
                        timeline != null ? timeline : org.apache.jena.graph.Graph.emptyGraph);
                add(entries);
                added += entries.size();
            }
        }
        return added;
    }

    void add(List<TextDocuments.Entry> entries) {
        changing();
        IndexWriter w = lucene.getIndexWriter();
        try {
            for (TextDocuments.Entry entry : entries) {
                w.addDocument(entry.document());
            }
        } catch (IOException e) {
            throw new EtkgException("cannot write the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    /** Removes every entry of the graphs {@code names} (an article's, when it is loaded again); uncommitted. */
    public void remove(Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        changing();
        try {
            lucene.getIndexWriter().deleteDocuments(names.stream().map(n -> new Term(TextDocuments.GRAPH, n)).toArray(Term[]::new));
        } catch (IOException e) {
            throw new EtkgException("cannot write the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    /** Removes every entry. */
    void clear() {
        changing();
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new EtkgException("cannot write the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    public void commit() {
        lucene.commit();
        settled();
    }

    /** Forgets what was added or removed since the last commit. */
    public void rollback() {
        lucene.rollback();
        settled();
    }

    /**
     * The index is committed just after the store, so a process killed between the two commits
     * leaves a store whose last load the index lacks. A file beside the index says that changes
     * are under way from the first uncommitted change until the index commits or rolls back; found
     * when the store is opened again, it means a writer died there, and the index is rebuilt from
     * the store (see {@link #recoverIfInterrupted}).
     */
    private synchronized void changing() {
        if (!changesUnderWay) {
            try {
                Files.writeString(dir.resolve(UNDER_WAY), "a write to the store and this index was under way\n");
            } catch (IOException e) {
                throw new EtkgException("cannot write " + dir.resolve(UNDER_WAY) + ": " + IoProblem.describe(e), e);
            }
            changesUnderWay = true;
        }
    }

    private synchronized void settled() {
        try {
            Files.deleteIfExists(dir.resolve(UNDER_WAY));
        } catch (IOException e) {
            throw new EtkgException("cannot remove " + dir.resolve(UNDER_WAY) + ": " + IoProblem.describe(e), e);
        }
        changesUnderWay = false;
    }

    /** Whether a writer of the store in {@code storeDir} stopped between the store's commit and the index's. */
    static boolean interrupted(Path storeDir) {
        return Files.exists(storeDir.resolve(FOLDER).resolve(UNDER_WAY));
    }

    /** Rebuilds the index from the store when its last writer died between the two commits. */
    private static void recoverIfInterrupted(EtkgStore store, TextIndex index) {
        if (interrupted(store.dir())) {
            StoreText.rebuild(store, EtkgStore.irisFor(store.dir(), null), index);
        }
    }

    /** Merges away what removed entries still take on disk (with the store's compaction). */
    public void compact() {
        try {
            lucene.getIndexWriter().forceMergeDeletes(true);
            lucene.commit();
        } catch (IOException e) {
            throw new EtkgException("cannot compact the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    /**
     * Reads the last committed index of the store in {@code storeDir} without opening the store
     * or a writer: a cold {@code etkg search} opens Lucene only, and may run beside a load or a server.
     */
    public static <T> T readCommitted(Path storeDir, java.util.function.Function<IndexSearcher, T> action) {
        EtkgStore.requireExisting(storeDir);
        if (!exists(storeDir)) {
            throw new EtkgException(missingMessage(storeDir));
        }
        if (interrupted(storeDir)) {
            // A write under way in another process, or one that died: opening the store tells them
            // apart (a live writer holds it), and rebuilds the index after a dead one.
            try (EtkgStore store = EtkgStore.openExisting(storeDir)) {
                open(store);
            } catch (EtkgException heldByAnotherProcess) {
                // A live writer: its changes are not committed yet, and the last committed index is what a search reads.
            }
        }
        Path dir = storeDir.resolve(FOLDER);
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return action.apply(new IndexSearcher(reader));
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new EtkgException(missingMessage(storeDir), e);
        } catch (IOException e) {
            throw new EtkgException("cannot read the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    /** Reads the committed index. */
    public <T> T read(java.util.function.Function<IndexSearcher, T> action) {
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            return action.apply(new IndexSearcher(reader));
        } catch (IOException e) {
            throw new EtkgException("cannot read the text index " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    /** The uid of every committed entry. */
    public Set<String> uids() {
        return read(searcher -> {
            Set<String> out = new HashSet<>();
            try {
                StoredFields fields = searcher.storedFields();
                var reader = searcher.getIndexReader();
                var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
                for (int i = 0; i < reader.maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        out.add(fields.document(i, Set.of(TextDocuments.UID)).get(TextDocuments.UID));
                    }
                }
            } catch (IOException e) {
                throw new EtkgException("cannot read the text index " + dir + ": " + IoProblem.describe(e), e);
            }
            return out;
        });
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        lucene.close();
    }

    @Override
    public String toString() {
        return "text index " + dir;
    }
}
