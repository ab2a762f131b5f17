package org.etkg.cli;

import java.nio.file.Path;

import org.etkg.rdf.IriScheme;

import picocli.CommandLine.Option;

/** Options shared by every command that touches the store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of the project's resources and terms (default: ${DEFAULT-VALUE})")
    String base;

    public Path store() {
        return store;
    }

    public IriScheme iris() {
        return IriScheme.of(base);
    }
}
