package org.etkg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.etkg.EtkgException;
import org.etkg.eventdata.EventLinkService;
import org.etkg.link.Candidate;
import org.etkg.rdf.Ontology;
import org.etkg.link.CandidateFiles;
import org.etkg.link.Decisions;
import org.etkg.link.LinkType;
import org.etkg.link.LinkService;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Link people, organisations, places and events to other datasets.",
        description = {
            "Find identity links between the store's people, organisations and places and the entities of",
            "another dataset (an RDF file, gzip too; a TDB2 store; or a SPARQL endpoint URL). Scores at or",
            "above --accept become owl:sameAs, those from --review up skos:closeMatch, in a link-set graph",
            "that records the target, the parameters and the time. Prints a review table and writes the",
            "candidates as CSV (fill in its decision column) and as Reconciliation API JSON.",
            "--apply REVIEWED.csv records accept and reject decisions; a rejected pair is never proposed again.",
            "--types event links the store's events to a GDELT 2.0 event file (*.export.CSV, plain or zipped)",
            "or to the GDELT events loaded into another store: by day (the same, or one apart), CAMEO code,",
            "the actors' countries and the distance between the places; another day, another root category,",
            "another country pair or a place over 50 km away is never linked."
        })
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--target", paramLabel = "SOURCE", description = "RDF file, TDB2 store directory or SPARQL endpoint URL to link to (for events: a GDELT file or a store)")
        String target;

        @Option(names = "--apply", paramLabel = "REVIEWED.csv", description = "record the accept/reject decisions of a reviewed candidates file")
        Path apply;
    }

    @Option(names = "--types", paramLabel = "TYPES", split = ",", defaultValue = "person,organization,place",
            description = "kinds of entity to link, from ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    List<LinkType> types;

    @Option(names = "--accept", paramLabel = "SCORE", defaultValue = "0.9", description = "owl:sameAs from this score (default: ${DEFAULT-VALUE})")
    double accept;

    @Option(names = "--review", paramLabel = "SCORE", defaultValue = "0.6", description = "skos:closeMatch from this score (default: ${DEFAULT-VALUE})")
    double review;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "link-candidates.csv",
            description = "candidates CSV (default: ${DEFAULT-VALUE}); the Reconciliation JSON goes beside it as .json")
    Path out;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "timeout of each request to an endpoint, as 30s, 2m or PT30S (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "1000", description = "rows per endpoint request (default: ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000", description = "stop an endpoint after N pages (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (mode.apply != null) {
            Decisions.Applied applied;
            try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
                applied = Decisions.apply(store, mode.apply, storeOptions.iris(), Clock.systemUTC());
            }
            stdout.printf("Recorded %d accepted and %d rejected link(s) from %s in <%s>.%n", applied.accepted(), applied.rejected(),
                    mode.apply, Decisions.graph(storeOptions.iris()).getURI());
            stdout.flush();
            return 0;
        }
        if (!(0 <= review && review <= accept && accept <= 1)) {
            throw EtkgException.usage("scores must satisfy 0 <= --review <= --accept <= 1");
        }
        if (pageSize < 1 || maxPages < 1) {
            throw EtkgException.usage("--page-size and --max-pages must be at least 1");
        }
        Set<LinkType> kinds = new LinkedHashSet<>(types);
        if (kinds.contains(LinkType.EVENT) && kinds.size() > 1) {
            throw EtkgException.usage("link events on their own (--types event): they are compared with an event dataset, not by name");
        }
        LinkService.Options options = new LinkService.Options(mode.target, kinds, accept, review, timeout, pageSize, maxPages);
        LinkService.Result result;
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            result = kinds.contains(LinkType.EVENT)
                    ? new EventLinkService(Ontology.load(storeOptions.iris()), Clock.systemUTC()).link(store, options)
                    : new LinkService(storeOptions.iris(), Clock.systemUTC()).link(store, options);
        }
        Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.csv$", "") + ".json");
        OutputTarget.write(out, stdout, stream -> CandidateFiles.writeCsv(result.candidates(),
                new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        OutputTarget.write(json, stdout, stream -> {
            var w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write(CandidateFiles.reconciliation(result.candidates()).toString());
            w.write("\n");
            w.flush();
        });
        long review = result.candidates().size() - result.accepted();
        stdout.printf("Compared %d of our " + (kinds.contains(LinkType.EVENT) ? "events" : "entities") + " with %d of %s: %d accepted (owl:sameAs), %d for review (skos:closeMatch).%n",
                result.ours(), result.targets(), mode.target, result.accepted(), review);
        stdout.printf("Link set: <%s>%n", result.graph().getURI());
        stdout.printf("Candidates: %s and %s (fill in the decision column, then: etkg link --apply %s)%n%n", out, json, out);
        table(result.candidates(), stdout);
        stdout.flush();
        return 0;
    }

    private static void table(List<Candidate> candidates, PrintWriter out) {
        if (candidates.isEmpty()) {
            out.println("No candidates at or above the review score.");
            return;
        }
        int ours = Math.max(4, candidates.stream().mapToInt(c -> c.ours().label().length()).max().orElse(4));
        int target = Math.max(6, candidates.stream().mapToInt(c -> shortIri(c.target().iri()).length() + c.target().label().length() + 3).max().orElse(6));
        String format = "%-8s  %5s  %-" + ours + "s  %-" + target + "s  %s%n";
        out.printf(format, "STATUS", "SCORE", "OURS", "TARGET", "EVIDENCE");
        for (Candidate c : candidates) {
            out.printf(Locale.ROOT, format, c.status().key(), String.format(Locale.ROOT, "%.3f", c.score()), c.ours().label(),
                    c.target().label() + " (" + shortIri(c.target().iri()) + ")", c.method());
        }
    }

    private static String shortIri(String iri) {
        return iri.replace("http://www.wikidata.org/entity/", "wd:").replace("http://sws.geonames.org/", "gn:");
    }
}
