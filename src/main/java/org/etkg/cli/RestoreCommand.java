package org.etkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.search.StoreText;
import org.etkg.store.Backup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        header = "Make a new store from a backup, once it is found whole.",
        description = {
            "Check the backup (its gzip stream, its manifest, the checksum and the number of quads), then",
            "load it into --store, which must not exist yet, and build its text index. A truncated or",
            "corrupted backup is refused and nothing is created."
        })
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILE", description = "a backup written by etkg backup")
    Path backup;

    @Override
    public Integer call() {
        Backup.Manifest manifest = StoreText.restore(backup, storeOptions.store());
        spec.commandLine().getOut().printf("Restored %d quads in %d graphs from %s into %s (checksum verified)%n",
                manifest.quads(), manifest.graphs().size(), backup, storeOptions.store());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
