package org.etkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.etkg.resolve.ResolveService;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        header = "Find the same people and events across articles.",
        description = {
            "Compare every article's people, places, organisations, posts, delegations, events and",
            "statements with the other articles', and record what is the same as owl:sameAs (and what",
            "needs an analyst as skos:closeMatch) in the link-set graph <base>graph/links/resolve, with",
            "score, features and method. Article graphs are not touched; running it again gives the",
            "same store. 'etkg load' runs it after every load unless --no-resolve.",
            "--apply REVIEWED.csv records accept and reject decisions (a rejected pair is never proposed",
            "again) and resolves again."
        })
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--accept", paramLabel = "SCORE", defaultValue = "0.8",
            description = "owl:sameAs from this score, when nothing conflicts (default: ${DEFAULT-VALUE})")
    double accept;

    @Option(names = "--review", paramLabel = "SCORE", defaultValue = "0.5",
            description = "skos:closeMatch, for review, from this score (default: ${DEFAULT-VALUE})")
    double review;

    @Option(names = "--apply", paramLabel = "REVIEWED.csv", description = "record the accept/reject decisions of a reviewed candidates file first")
    Path apply;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the candidates as CSV, with a decision column to fill in")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
        ResolveService.Options options = new ResolveService.Options(accept, review);
        ResolveService service = new ResolveService(storeOptions.iris(), Clock.systemUTC());
        ResolveService.Result result;
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            result = apply != null ? service.apply(store, apply, options) : service.resolve(store, options);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            OutputTarget.write(out, stdout, stream -> ResolveService.writeCandidates(result.candidates(),
                    new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        }
        stdout.printf("%d pair(s) the same (owl:sameAs), %d for review (skos:closeMatch); %d cluster(s) of %d resources.%n",
                result.accepted(), result.review(), result.clusters(), result.clusteredMembers());
        stdout.printf("Link set: <%s>%n", result.graph().getURI());
        if (out != null) {
            stdout.printf("Candidates: %s (fill in the decision column, then: etkg resolve --apply %s)%n", out, out);
        }
        stdout.println();
        table(result.candidates(), stdout);
        stdout.flush();
        return 0;
    }

    static void table(List<ResolveService.Candidate> candidates, PrintWriter out) {
        if (candidates.isEmpty()) {
            out.println("Nothing found in two articles.");
            return;
        }
        String format = "%-8s  %5s  %-9s  %s%n";
        out.printf(format, "STATUS", "SCORE", "KIND", "PAIR AND EVIDENCE");
        for (ResolveService.Candidate c : candidates) {
            out.printf(Locale.ROOT, format, c.accepted() ? "same" : "review", String.format(Locale.ROOT, "%.3f", c.score()), c.kind(),
                    c.labelA() + "  ↔  " + c.labelB());
            c.conflicts().forEach(x -> out.printf(format, "", "", "", "  ✗ " + x));
            if (!c.accepted()) {
                // A feature that only caps the score ("...: for review") is a doubt, not evidence.
                c.features().forEach(x -> out.printf(format, "", "", "", (x.endsWith(": for review") ? "  ? " : "  ✓ ") + x));
            }
        }
    }
}
