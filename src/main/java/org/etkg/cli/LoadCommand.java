package org.etkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import java.time.Clock;

import org.etkg.EtkgException;
import org.etkg.load.ArticleBundle;
import org.etkg.load.BulkLoader;
import org.etkg.load.DatasetFiles;
import org.etkg.load.LoadReport;
import org.etkg.model.DataError;
import org.etkg.load.Loader;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--skip-bad", description = "report bad articles and load the others (bulk loads of new articles)")
    boolean skipBad;

    @Option(names = "--bulk", negatable = true, description = {
        "stream new articles through TDB2's bulk loader (default: on from " + BULK_FROM + " new articles)"})
    Boolean bulk;

    @Option(names = "--threads", paramLabel = "N", hidden = true, description = "worker threads of a bulk load")
    Integer threads;

    static final int BULK_FROM = 200;

    @Override
    public Integer call() {
        Ontology ontology = Ontology.load(storeOptions.iris());
        List<ArticleBundle> bundles = ArticleBundle.discover(paths);
        boolean datasets = !DatasetFiles.discover(paths).isEmpty();
        boolean wantBulk = bulk != null ? bulk : (skipBad || bundles.size() >= BULK_FROM);
        if (wantBulk && datasets) {
            if (bulk != null || skipBad) {
                throw EtkgException.usage("bulk loads take article folders only; load RDF datasets on their own");
            }
            wantBulk = false;
        }
        LoadReport report;
        List<DataError> skipped = List.of();
        if (wantBulk) {
            Path dir = storeOptions.store();
            try (EtkgStore store = EtkgStore.openOrCreate(dir)) {
                if (!BulkLoader.allNew(store, storeOptions.iris(), bundles)) {
                    if (bulk != null || skipBad) {
                        throw EtkgException.usage("some of these articles are already in " + dir
                                + ": a bulk load only adds new ones; load without --bulk/--skip-bad to replace them");
                    }
                } else {
                    Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null);
                    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                    BulkLoader.Result result = new BulkLoader(ontology, Clock.systemUTC(), workers, 128)
                            .load(store, bundles, skipBad, progress::report);
                    progress.done();
                    report = result.report();
                    skipped = result.skipped();
                    return print(report, skipped);
                }
            }
        }
        Loader loader = new Loader(ontology);
        var plan = loader.plan(paths);
        try (EtkgStore store = EtkgStore.openOrCreate(storeOptions.store())) {
            report = loader.write(store, plan);
        }
        return print(report, skipped);
    }

    private int print(LoadReport report, List<DataError> skipped) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Loaded into %s:%n", storeOptions.store());
        out.printf("  articles    %d%s%n", report.articles().size(),
                report.articles().isEmpty() ? "" : " (" + names(report.articles()) + ")");
        if (!report.datasets().isEmpty()) {
            out.printf("  datasets    %d (%s)%n", report.datasets().size(), String.join(", ", report.datasets()));
        }
        out.printf("  events      %d%n", report.events());
        out.printf("  statements  %d%n", report.statements());
        out.printf("  triples     %d%n", report.triples());
        out.printf("  graphs      %d%n", report.graphs());
        if (!skipped.isEmpty()) {
            out.printf("  skipped     %d bad article(s):%n", skipped.size());
            skipped.forEach(e -> out.printf("    %s%n", e.getMessage()));
        }
        out.flush();
        return 0;
    }

    private static String names(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 5)) + ", ... and " + (ids.size() - 5) + " more";
    }
}
