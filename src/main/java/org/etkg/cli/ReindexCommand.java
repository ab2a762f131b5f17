package org.etkg.cli;

import java.util.concurrent.Callable;

import org.etkg.search.StoreText;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        header = "Build the store's text index anew from its articles.",
        description = {
            "Index every article's labels, alternative labels, quotes, statement texts and headline in",
            "<store>/text/, replacing what is there: for a store loaded before etkg kept a text index, or",
            "one that etkg validate finds out of step with the store."
        })
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        long entries;
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            entries = StoreText.reindex(store, storeOptions.iris());
        }
        spec.commandLine().getOut().printf("Indexed %d texts of %s in %s%n", entries, storeOptions.store(),
                storeOptions.store().resolve("text"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
