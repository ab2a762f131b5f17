package org.etkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.export.ExportFormat;
import org.etkg.export.Exporter;
import org.etkg.load.Iris;
import org.etkg.model.Location;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the store as Turtle, TriG, N-Quads or JSON-LD.",
        description = {
            "Write the store as RDF. TriG, N-Quads and JSON-LD keep the named graphs; Turtle",
            "writes their union. --graph writes one graph."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "IRI", description = "export only this named graph")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = format;
        if (graph != null) {
            Iris.checkIri(graph, new Location("--graph", 0, 0));
        }
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            Exporter exporter = new Exporter(store, storeOptions.iris());
            OutputTarget.write(output, spec.commandLine().getOut(), stream -> exporter.export(exportFormat, graph, stream));
        }
        return 0;
    }
}
