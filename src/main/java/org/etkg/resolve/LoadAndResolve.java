package org.etkg.resolve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.etkg.load.BulkLoader;
import org.etkg.load.LoadService;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

/**
 * What {@code etkg load} does: load the articles, then find what they describe in common
 * with the rest of the store, in the load's own write transaction (on the bulk path, in a
 * second one right after). One entry point, so that the command only reads its options.
 */
public final class LoadAndResolve {
    private final LoadService loader;
    private final ResolveService resolver;

    public LoadAndResolve(Ontology ontology, Clock clock) {
        this.loader = new LoadService(ontology, clock);
        this.resolver = new ResolveService(ontology.iris(), clock);
    }

    /** What was loaded, and what resolve found (null when it was not asked for). */
    public record Outcome(LoadService.Outcome load, ResolveService.Result resolved) {
    }

    public Outcome load(Path storeDir, List<Path> paths, LoadService.Options options, Consumer<BulkLoader.Progress> progress,
                        boolean resolve) {
        if (!resolve) {
            return new Outcome(loader.load(storeDir, paths, options, progress, dsg -> { }), null);
        }
        // Opened here, so that the memory of the last resolve is read, and the new one kept, while
        // this process holds the store. A store this load creates goes again when the load fails.
        boolean created = !java.nio.file.Files.exists(storeDir);
        try (EtkgStore store = EtkgStore.openOrCreate(storeDir)) {
            return load(store, paths, options, progress, true);
        } catch (RuntimeException e) {
            if (created) {
                LoadService.removeCreatedStore(storeDir, e);
            }
            throw e;
        }
    }

    /** The same, into a store that is open and stays open (the one etkg serve answers from). */
    public Outcome load(EtkgStore store, List<Path> paths, LoadService.Options options, boolean resolve) {
        return load(store, paths, options, p -> { }, resolve);
    }

    /**
     * Into an open store: with resolve, the mentions of the graphs the load wrote are read again
     * and the others recalled from the last resolve (see {@link ResolveMemory}), then every link
     * is settled as a full resolve settles it.
     */
    private Outcome load(EtkgStore store, List<Path> paths, LoadService.Options options, Consumer<BulkLoader.Progress> progress,
                         boolean resolve) {
        if (!resolve) {
            return new Outcome(loader.load(store, paths, options, progress, dsg -> { }), null);
        }
        ResolveService.InLoad work = resolver.new InLoad(store, ResolveMemory.recall(store), ResolveService.Options.DEFAULTS);
        LoadService.Outcome loaded = loader.load(store, paths, options, progress, work);
        work.keep();
        return new Outcome(loaded, work.result);
    }
}
