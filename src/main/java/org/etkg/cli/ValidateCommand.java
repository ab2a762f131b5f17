package org.etkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.etkg.ExitCode;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;
import org.etkg.validate.ShapeValidator;
import org.etkg.search.StoreText;
import org.etkg.search.TextIndex;
import org.etkg.validate.StoreValidation;
import org.etkg.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check the store against the SHACL shapes; exit 1 on any violation.",
        description = {
            "Check the whole store against the SHACL shapes of ontology/ (the patterns of docs/data-model.md).",
            "Exit 0 only when the store conforms."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the SHACL validation report as Turtle")
    Path report;

    @Option(names = "--max", paramLabel = "N", defaultValue = "20",
            description = "show at most N violations (default: ${DEFAULT-VALUE})")
    int max;

    @Override
    public Integer call() throws IOException {
        ShapeValidator.Outcome outcome;
        long triples;
        java.util.List<Violation> index;
        StoreText.Check text;
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            StoreValidation.Result result = StoreValidation.validate(store, Ontology.load(storeOptions.iris()));
            outcome = result.outcome();
            triples = result.triples();
            index = result.index();
            text = result.text();
        }
        if (report != null) {
            try (OutputStream o = Files.newOutputStream(report)) {
                RDFDataMgr.write(o, outcome.report().getModel(), Lang.TURTLE);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean textAgrees = reportText(text);
        if (!textAgrees && outcome.conforms() && index.isEmpty()) {
            return ExitCode.BAD_DATA.code();
        }
        if (!index.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%s: the timeline index disagrees with the articles and datasets it was derived from at %d event(s)%n", storeOptions.store(), index.size());
            index.stream().limit(max).forEach((Violation v) -> err.printf("  <%s> %s: %s%n", v.focus(), v.path(), v.message()));
            if (index.size() > max) {
                err.printf("  ... and %d more%n", index.size() - max);
            }
            err.flush();
            if (outcome.conforms()) {
                return ExitCode.BAD_DATA.code();
            }
        }
        if (outcome.conforms() && textAgrees) {
            out.printf("%s conforms to the etkg shapes (%d triples checked).%n", storeOptions.store(), triples);
            out.flush();
            return ExitCode.OK.code();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s does not conform: %d violation(s)%n", storeOptions.store(), outcome.violations().size());
        outcome.violations().stream().limit(max).forEach((Violation v) -> err.printf("  <%s>%s: %s%n",
                v.focus(), v.path() == null ? "" : " " + v.path(), v.message()));
        if (outcome.violations().size() > max) {
            err.printf("  ... and %d more (see --report FILE)%n", outcome.violations().size() - max);
        }
        err.flush();
        return ExitCode.BAD_DATA.code();
    }

    /** Tells where the text index and the store disagree; true when they agree. */
    private boolean reportText(StoreText.Check text) {
        if (text.agrees()) {
            return true;
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!text.present()) {
            err.println(TextIndex.missingMessage(storeOptions.store()));
        } else {
            int missing = text.missing().values().stream().mapToInt(Integer::intValue).sum();
            err.printf("%s: the text index disagrees with the store: %d entr%s missing, %d not from any article (rebuild it: etkg reindex --store %s)%n",
                    storeOptions.store(), missing, missing == 1 ? "y" : "ies", text.extra(), storeOptions.store());
            text.missing().entrySet().stream().limit(max).forEach(e -> err.printf("  article %s: %d entr%s missing%n",
                    e.getKey(), e.getValue(), e.getValue() == 1 ? "y" : "ies"));
        }
        err.flush();
        return false;
    }
}
