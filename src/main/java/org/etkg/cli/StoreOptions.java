package org.etkg.cli;

import java.nio.file.Path;

import org.etkg.EtkgException;
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

    /**
     * The store's own base IRI: a store loaded with --base X is read with X, and another --base
     * for it is refused, so that its terms are never read, or written, under a second base.
     */
    public IriScheme iris() {
        if (iris == null) {
            String stored = EtkgStore.baseOf(store, base != null ? base : IriScheme.DEFAULT_BASE).orElse(null);
            if (base != null && stored != null && !stored.equals(base)) {
                throw EtkgException.usage("store " + store + " was loaded with --base " + stored + ", not " + base
                        + ": give --base " + stored + ", or none");
            }
            iris = IriScheme.of(base != null ? base : stored != null ? stored : IriScheme.DEFAULT_BASE);
        }
        return iris;
    }
}
