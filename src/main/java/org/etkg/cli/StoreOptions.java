package org.etkg.cli;

import java.nio.file.Path;

import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Option;

/** Options shared by every command that touches the store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of the project's resources and terms (default: the one the store was loaded with, else "
                    + IriScheme.DEFAULT_BASE + ")")
    String base;

    private IriScheme iris;

    public Path store() {
        return store;
    }

    /** The store's own base IRI, or --base for a new store (see {@link EtkgStore#irisFor}). */
    public IriScheme iris() {
        if (iris == null) {
            iris = EtkgStore.irisFor(store, base);
        }
        return iris;
    }
}
