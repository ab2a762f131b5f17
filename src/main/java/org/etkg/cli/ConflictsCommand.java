package org.etkg.cli;

import java.util.concurrent.Callable;

import org.etkg.resolve.Conflicts;
import org.etkg.resolve.ConflictsWriter;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        header = "List where reports of the same event or person disagree.",
        description = {
            "For every cluster of the same thing found by resolve, and every pair it kept apart for",
            "review because of a clash, each attribute on which the reports differ (date, place,",
            "ordinal, time since the round before, who led, posts, modality), each value with its",
            "article and its words."
        })
final class ConflictsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ConflictsWriter.Format format;

    @Override
    public Integer call() {
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            ConflictsWriter.write(Conflicts.find(store, storeOptions.iris()), format, spec.commandLine().getOut());
        }
        return 0;
    }
}
