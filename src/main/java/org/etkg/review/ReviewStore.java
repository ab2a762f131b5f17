package org.etkg.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.EtkgException;
import org.etkg.load.BulkLoader;
import org.etkg.load.LoadService;
import org.etkg.rdf.Ontology;
import org.etkg.resolve.LoadAndResolve;
import org.etkg.store.EtkgStore;

/**
 * The store behind a review page: whose entities the page suggests, and where Load loads a
 * saved draft. Either a folder that review opens for each use ({@code etkg review --store}), or
 * the store {@code etkg serve} has open, which Load writes to only when serve was started with
 * --update (one write at a time with serve's own POST /load).
 */
abstract class ReviewStore {
    final Ontology ontology;

    private ReviewStore(Ontology ontology) {
        this.ontology = ontology;
    }

    /** The store's entities (id, label, kind, other names). */
    abstract StoreEntities entities();

    /** Why Load is not offered, or null when it is. */
    abstract String noLoad();

    /** Loads and resolves one draft's folder. */
    abstract void load(Path folder);

    /** The draft's events and statements that other reports in the store describe too. */
    abstract JsonArray heldElsewhere(JsonObject facts);

    /** A store folder of etkg review --store: read once for its entities, opened again by each Load. */
    static ReviewStore folder(Path dir, Ontology ontology) {
        StoreEntities known;
        try (EtkgStore store = EtkgStore.openExisting(dir)) {
            known = StoreEntities.read(store, ontology);
        }
        return new ReviewStore(ontology) {
            private volatile StoreEntities entities = known;

            @Override
            StoreEntities entities() {
                return entities;
            }

            @Override
            String noLoad() {
                return null;
            }

            @Override
            void load(Path folder) {
                new LoadAndResolve(ontology, Clock.systemUTC()).load(dir, List.of(folder),
                        new LoadService.Options(false, false, 1), p -> { }, true);
                try (EtkgStore store = EtkgStore.openExisting(dir)) {
                    entities = StoreEntities.read(store, ontology);
                }
            }

            @Override
            JsonArray heldElsewhere(JsonObject facts) {
                try (EtkgStore store = EtkgStore.openExisting(dir)) {
                    return StoreEntities.heldElsewhere(store, ontology, facts);
                }
            }
        };
    }

    /**
     * The store etkg serve answers from. Its entities are read again when the store has changed
     * since (a load, with --update), else kept.
     *
     * @param writeLock the lock serve's own writes hold, so that writes run one at a time
     */
    static ReviewStore served(EtkgStore store, Ontology ontology, boolean update, Object writeLock) {
        return new ReviewStore(ontology) {
            private volatile StoreEntities once;

            @Override
            StoreEntities entities() {
                StoreEntities e = once;
                if (e == null || update && e.staleIn(store)) {
                    e = StoreEntities.read(store, ontology);
                    once = e;
                }
                return e;
            }

            @Override
            String noLoad() {
                return update ? null : "this server serves its store read-only: Load needs etkg serve --update";
            }

            @Override
            void load(Path folder) {
                if (!update) {
                    throw EtkgException.usage(noLoad());
                }
                synchronized (writeLock) {
                    new LoadAndResolve(ontology, Clock.systemUTC()).load(store, List.of(folder),
                            new LoadService.Options(null, false, BulkLoader.defaultWorkers()), true);
                }
            }

            @Override
            JsonArray heldElsewhere(JsonObject facts) {
                return StoreEntities.heldElsewhere(store, ontology, facts);
            }
        };
    }
}
