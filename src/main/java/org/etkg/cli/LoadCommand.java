package org.etkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.etkg.load.LoadReport;
import org.etkg.load.Loader;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Load articles: each folder holding a facts.yaml (and its outside-facts.yaml) becomes",
            "the article's named graph plus one graph per outside source; an RDF file (any syntax, gzip",
            "too) becomes a dataset graph of its own. Quotes are checked against",
            "the article, the result against the SHACL shapes; then all of it is written in one",
            "transaction, or nothing is. Loading an article again replaces its graphs."
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, ExitCodes.BAD_DATA, ExitCodes.USAGE})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "data",
            description = "facts files or folders holding them (default: ${DEFAULT-VALUE})")
    List<Path> paths;

    @Override
    public Integer call() {
        Loader loader = new Loader(Ontology.load(storeOptions.iris()));
        var plan = loader.plan(paths);
        LoadReport report;
        try (EtkgStore store = EtkgStore.openOrCreate(storeOptions.store())) {
            report = loader.write(store, plan);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Loaded into %s:%n", storeOptions.store());
        out.printf("  articles    %d%s%n", report.articles().size(),
                report.articles().isEmpty() ? "" : " (" + String.join(", ", report.articles()) + ")");
        if (!report.datasets().isEmpty()) {
            out.printf("  datasets    %d (%s)%n", report.datasets().size(), String.join(", ", report.datasets()));
        }
        out.printf("  events      %d%n", report.events());
        out.printf("  statements  %d%n", report.statements());
        out.printf("  triples     %d%n", report.triples());
        out.printf("  graphs      %d%n", report.graphs());
        out.flush();
        return 0;
    }
}
