package org.etkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.io.PrintWriter;

import org.etkg.EtkgException;
import org.etkg.eventdata.EventExport;
import org.etkg.export.ExportFormat;
import org.etkg.rdf.Ontology;
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
        header = "Write the store as RDF, or its events as GDELT or ACLED rows.",
        description = {
            "Write the store as RDF. TriG, N-Quads and JSON-LD keep the named graphs; Turtle",
            "writes their union. --graph writes one graph. -o FILE.gz is gzipped, and without",
            "--format, FILE's name chooses it (.ttl, .trig, .nq, .jsonld).",
            "--format gdelt writes each event (each identity cluster) as a row of the GDELT 2.0 Event",
            "table (61 tab-separated columns, no header); --format acled writes the events ACLED covers",
            "as rows of ACLED's CSV. Events without a CAMEO code or a day are left out and counted."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "one of ${COMPLETION-CANDIDATES} (default: as -o FILE's name says, .ttl, .trig, .nq or .jsonld; else turtle)")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "IRI|NAME", description = "export only this named graph: its IRI, or its name after <base>graph/ (article/ID)")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        // An analyst who writes -o store.nq wants N-Quads, not Turtle under that name.
        ExportFormat exportFormat = format != null ? format
                : output == null ? ExportFormat.TURTLE
                : ExportFormat.forFileName(output.getFileName().toString()).orElse(ExportFormat.TURTLE);
        String graph = this.graph == null ? null : storeOptions.iris().graphIri(this.graph);
        if (graph != null) {
            Iris.checkIri(graph, new Location("--graph", 0, 0));
        }
        if (exportFormat.eventTable()) {
            if (graph != null) {
                throw EtkgException.usage("--graph names an RDF graph; --format " + exportFormat + " writes the events of the whole store");
            }
            EventExport.Report[] report = new EventExport.Report[1];
            try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
                EventExport export = new EventExport(Ontology.load(storeOptions.iris()));
                OutputTarget.writeGzippedAsNamed(output, spec.commandLine().getOut(), stream -> report[0] = export.write(store, exportFormat, stream));
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("Wrote %d event%s as %s rows%s%n", report[0].rows(), report[0].rows() == 1 ? "" : "s", exportFormat,
                    output == null ? "" : " to " + output);
            report[0].leftOut().forEach((why, n) -> err.printf("  left out %d: %s%n", n, why));
            err.flush();
            return 0;
        }
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            Exporter exporter = new Exporter(store, storeOptions.iris());
            OutputTarget.writeGzippedAsNamed(output, spec.commandLine().getOut(), stream -> exporter.export(exportFormat, graph, stream));
        }
        return 0;
    }
}
