package org.etkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.etkg.draft.DraftService;
import org.etkg.draft.DrafterProvider;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        header = "Draft an article's facts from its text, for an analyst to check.",
        description = {
            "Read an article (a UTF-8 text file, its first line the headline) with Stanford CoreNLP and",
            "draft its facts: people, organisations, places, delegations, committees and agreements;",
            "posts from titles; dates as written; events from their trigger words, typed in the",
            "ontology's event types (CAMEO); statements with speaker and modality. Every quote is the",
            "article's own words, and the draft loads as it stands (etkg load FOLDER); each item says",
            "under \"# check:\" what the drafter was unsure of. With --store, names the store knows take",
            "its ids. A folder drafts each .txt in it, with the models loaded once.",
            "Needs the drafting module (target/etkg-draft.jar, GPL-3.0-or-later): run it as ./etkg draft."
        })
final class DraftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "article text files, or folders of them")
    List<Path> inputs;

    @Option(names = "--store", paramLabel = "DIR", description = "reuse the ids of the people, places and organisations this store knows")
    Path store;

    @Option(names = "--id", paramLabel = "ID", description = "the article's id (default: from the file name)")
    String id;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date: weekdays and year-less dates are counted from it (into outside-facts.yaml)")
    LocalDate published;

    @Option(names = {"-o", "--out"}, paramLabel = "FOLDER",
            description = "where the draft goes (default: drafts/ID; for several articles, FOLDER/ID)")
    Path out;

    @Option(names = "--force", description = "replace an existing output folder")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // First: without the drafting module (etkg-draft.jar) on the class path, say how to get it.
        DrafterProvider drafter = DrafterProvider.find();
        DraftService service = new DraftService(Ontology.load(IriScheme.defaults()));
        DraftService.Outcome outcome = service.draft(
                new DraftService.Request(inputs, id, published, this.out, force, store),
                drafter,
                d -> {
                    out.printf("  %s -> %s: %d entities%s, %d events, %d statements (%.1f s)%n", d.id(), d.folder(),
                            d.entities(), d.known() > 0 ? " (" + d.known() + " known to the store)" : "",
                            d.events(), d.statements(), d.seconds());
                    d.leftOut().forEach(l -> out.printf("    left out, as it did not load: %s%n", l));
                    out.flush();
                });
        out.printf("Drafted %d article%s with %s (models loaded in %.1f s%s).%n", outcome.drafts().size(),
                outcome.drafts().size() == 1 ? "" : "s", outcome.drafter(), outcome.modelSeconds(),
                store == null ? "" : "; " + outcome.knownNames() + " names known to " + store);
        out.printf("Correct each \"# check:\" item, then: etkg load %s%n",
                outcome.drafts().size() == 1 ? outcome.drafts().get(0).folder() : "FOLDER");
        out.flush();
        return 0;
    }
}
