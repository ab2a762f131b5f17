package org.etkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import java.time.Clock;

import org.etkg.load.GdeltFilter;
import org.etkg.load.LoadReport;
import org.etkg.load.LoadService;
import org.etkg.resolve.LoadAndResolve;
import org.etkg.model.DataError;
import org.etkg.rdf.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load articles and RDF datasets: all of them, or nothing.",
        description = {
            "Load articles: each folder holding a facts.yaml (and its outside-facts.yaml) becomes",
            "the article's named graph plus one graph per outside source; an RDF file (any syntax, gzip",
            "too) becomes a dataset graph of its own. Quotes are checked against",
            "the article, the result against the SHACL shapes; then all of it is written in one",
            "transaction, or nothing is. Loading an article again replaces its graphs.",
            "GDELT 2.0 event files (*.export.CSV) and their mentions (*.mentions.CSV: the articles that",
            "reported each event), plain or zipped, load on their own, a file at a time.",
            "A large load (200 articles, 64 MiB of datasets) started in a JVM with no collector or heap size",
            "named runs in a child JVM with the throughput collector, which loads it a fifth faster."
        })
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "data",
            description = "facts files or folders holding them (default: ${DEFAULT-VALUE})")
    List<Path> paths;

    @Option(names = "--skip-bad", description = "report bad articles and load the others (bulk loads of new articles), or the bad rows of GDELT files")
    boolean skipBad;

    @Option(names = "--bulk", negatable = true, description = {
        "stream new articles through TDB2's bulk loader (default: on from " + LoadService.BULK_FROM + " new articles)"})
    Boolean bulk;

    @Option(names = "--threads", paramLabel = "N", hidden = true, description = "worker threads of a bulk load")
    Integer threads;

    @Option(names = "--gdelt-country", paramLabel = "CODES", description = {
        "keep the GDELT rows whose Actor1 or Actor2 country, or action place's country, is one of these",
        "(ISO 3166-1 alpha-3 or alpha-2, comma-separated: AFG,PAK)"})
    String gdeltCountry;

    @Option(names = "--gdelt-code", paramLabel = "CODES", description = "keep the GDELT rows of these CAMEO codes or their roots (04,19,042)")
    String gdeltCode;

    @Option(names = "--gdelt-from", paramLabel = "YYYY-MM-DD", description = "keep the GDELT rows of this day (SQLDATE) or later")
    String gdeltFrom;

    @Option(names = "--gdelt-to", paramLabel = "YYYY-MM-DD", description = "keep the GDELT rows of this day (SQLDATE) or earlier")
    String gdeltTo;

    @Option(names = "--gdelt-bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "keep the GDELT rows whose action place lies in this box (degrees)")
    String gdeltBbox;

    @Option(names = "--no-resolve", description = "do not look for the same people and events across articles after loading (see: etkg resolve)")
    boolean noResolve;

    @Override
    public Integer call() {
        GdeltFilter filter = GdeltFilter.of(gdeltCountry, gdeltCode, gdeltFrom, gdeltTo, gdeltBbox);
        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null);
        LoadService.Options options = new LoadService.Options(bulk, skipBad,
                threads != null ? threads : org.etkg.load.BulkLoader.defaultWorkers(), filter);
        LoadAndResolve.Outcome outcome = new LoadAndResolve(Ontology.load(storeOptions.iris()), Clock.systemUTC())
                .load(storeOptions.store(), paths, options, progress::report, !noResolve);
        progress.done();
        int code = print(outcome.load().report(), outcome.load().skipped());
        code = printBatch(outcome.load(), code);
        if (outcome.resolved() != null) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("  resolved    %d the same, %d for review (etkg resolve shows them)%n",
                    outcome.resolved().accepted(), outcome.resolved().review());
            out.flush();
        }
        return code;
    }

    private int print(LoadReport report, List<DataError> skipped) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Loaded into %s:%n", storeOptions.store());
        out.printf("  articles    %d%s%n", report.articles().size(),
                report.articles().isEmpty() ? "" : " (" + names(report.articles()) + ")");
        if (!report.datasets().isEmpty()) {
            out.printf("  datasets    %d (%s)%n", report.datasets().size(), names(report.datasets()));
        }
        if (report.gdeltRows() != null) {
            out.printf("  rows        %d read, %d kept, %d refused by the filter%n", report.gdeltRows().read(),
                    report.gdeltRows().kept(), report.gdeltRows().refused());
            if (report.gdeltRows().mentions()) {
                out.printf("  mentions    %d read, %d kept, %d passed over (their event is not in the store)%n",
                        report.gdeltRows().mentionsRead(), report.gdeltRows().mentionsKept(), report.gdeltRows().mentionsPassedOver());
            }
        }
        out.printf("  events      %d%n", report.events());
        out.printf("  statements  %d%n", report.statements());
        out.printf("  triples     %d%n", report.triples());
        out.printf("  graphs      %d%n", report.graphs());
        if (!skipped.isEmpty()) {
            boolean rows = skipped.stream().allMatch(e -> e.location() != null && e.location().file() != null
                    && e.location().file().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(export|mentions)\\.csv(\\.zip)?"));
            out.printf("  skipped     %d bad %s:%n", skipped.size(), rows ? "row(s)" : "article(s)");
            skipped.forEach(e -> out.printf("    %s%n", e.getMessage()));
        }
        out.flush();
        return 0;
    }

    /** The GDELT files passed over (already loaded) and those that failed, each leaving the store as before it. */
    private int printBatch(LoadService.Outcome outcome, int code) {
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.gdeltEvents() != null) {
            var e = outcome.gdeltEvents();
            out.printf("  gdelt       %d rows in the store are %d events (%d rows in %d cluster(s) of the same event)%n", e.rows(), e.events(),
                    e.clusteredRows(), e.clusters());
        }
        if (!outcome.passedOver().isEmpty()) {
            out.printf("  passed over %d file(s) already loaded with the same content (%s)%n", outcome.passedOver().size(),
                    names(outcome.passedOver()));
        }
        out.flush();
        if (outcome.failed().isEmpty()) {
            return code;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("etkg: %d file(s) failed and were not loaded (the store is as it was before each; the others are loaded):%n",
                outcome.failed().size());
        outcome.failed().forEach(e -> err.printf("  %s%n", e.getMessage()));
        err.flush();
        return org.etkg.ExitCode.BAD_DATA.code();
    }

    private static String names(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 5)) + ", ... and " + (ids.size() - 5) + " more";
    }
}
