package org.etkg.cli;

import java.util.concurrent.Callable;

import org.etkg.search.StoreText;
import org.etkg.store.Backup;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Give back the disk space that replaced data still takes.",
        description = {
            "TDB2 keeps what a reload replaces until the store is compacted: this copies the live data",
            "into a new generation of the store's files and deletes the old ones; the text index's",
            "removed entries are merged away too."
        })
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        long before = Backup.diskSize(storeOptions.store());
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            StoreText.compact(store);
        }
        long after = Backup.diskSize(storeOptions.store());
        spec.commandLine().getOut().printf("Compacted %s: its files now come to %.1f MiB, from %.1f MiB%n", storeOptions.store(),
                after / 1048576.0, before / 1048576.0);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
