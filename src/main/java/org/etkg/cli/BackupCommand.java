package org.etkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.store.Backup;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Write a checked snapshot of the store to one file.",
        description = {
            "Write every quad of the store as gzip N-Quads, read in one read transaction (the store stays",
            "in use), ended by a manifest: each graph with its number of quads, the total, and the SHA-256",
            "of the quad lines. etkg restore checks all of it before it creates anything."
        })
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the backup file (gzip N-Quads, as FILE.nq.gz)")
    Path output;

    @Override
    public Integer call() throws IOException {
        Backup.Manifest[] manifest = new Backup.Manifest[1];
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            OutputTarget.write(output, spec.commandLine().getOut(), out -> manifest[0] = Backup.write(store, out));
        }
        spec.commandLine().getOut().printf("Backed up %d quads in %d graphs of %s to %s (sha256 %s)%n", manifest[0].quads(),
                manifest[0].graphs().size(), storeOptions.store(), output, manifest[0].sha256());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
