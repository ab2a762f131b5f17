package org.etkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.etkg.draft.DraftService;
import org.etkg.draft.Drafter;
import org.etkg.draft.DrafterProvider;
import org.etkg.load.FactsReader;
import org.etkg.model.ArticleFacts;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;

/**
 * etkg draft on the development and test sets of src/bench/draft-split.tsv, side by side (issue 25): every
 * article is drafted as `etkg draft --published DATE` would draft it (DraftService, the date from
 * the hand-written facts when they give one; the models loaded once), scored against its
 * hand-written facts (DraftQuality, DraftErrors), and printed article by article, then the two
 * sets' figures next to each other and to the goals. Used by src/bench/draft-quality.sh:
 *
 *   java -cp target/etkg-draft.jar:target/test-classes org.etkg.bench.SplitQuality [ROOT] [OUT_FOLDER]
 */
public final class SplitQuality {

    public record Result(double modelSeconds, Map<String, DraftQuality.Report> bySet, Map<String, String> styles) {
    }

    private SplitQuality() {
    }

    public static Result run(Path root, Path out) throws IOException {
        DraftSplit split = DraftSplit.read(root);
        Ontology ontology = Ontology.load(IriScheme.defaults());
        DrafterProvider real = DrafterProvider.find();
        long t0 = System.nanoTime();
        Map<String, DraftQuality.Report> bySet = new LinkedHashMap<>();
        Map<String, String> styles = new LinkedHashMap<>();
        try (Drafter shared = real.open()) {
            double modelSeconds = (System.nanoTime() - t0) / 1e9;
            // DraftService opens and closes a drafter per call; this one keeps the loaded models for every call.
            DrafterProvider loaded = new DrafterProvider() {
                @Override
                public String name() {
                    return real.name();
                }

                @Override
                public Drafter open() {
                    return (text, published) -> shared.draft(text, published);
                }
            };
            for (String set : DraftSplit.SETS) {
                List<DraftQuality.ArticleScore> scores = new ArrayList<>();
                for (DraftSplit.Row row : split.of(set)) {
                    Path hand = split.folder(row);
                    String id = hand.getFileName().toString();
                    styles.put(id, row.style());
                    ArticleFacts facts = FactsReader.readArticleFacts(hand.resolve("facts.yaml"));
                    LocalDate published = facts.datePublished() == null ? null : LocalDate.parse(facts.datePublished());
                    Path draftFolder = out.resolve(set).resolve(id);
                    DraftService.Outcome outcome = new DraftService(ontology).draft(new DraftService.Request(
                            List.of(hand.resolve("article.txt")), id, published, draftFolder, true, null), loaded, d -> { });
                    // -Ddetail: what each dev draft misses, written beside the drafts; never the test set's, whose drafts are not read.
                    List<String> notes = new ArrayList<>();
                    scores.add(DraftQuality.score(hand, draftFolder, ontology, outcome.drafts().get(0).seconds(),
                            set.equals("dev") && System.getProperty("detail") != null ? notes::add : note -> { }));
                    if (!notes.isEmpty()) {
                        Files.write(out.resolve("dev-detail.txt"), notes.stream().map(n -> id + ": " + n).toList(),
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    }
                }
                bySet.put(set, new DraftQuality.Report(0, scores));
            }
            return new Result(modelSeconds, bySet, styles);
        }
    }

    /** One line per article, set by set, then the figures of both sets side by side. */
    public static String table(Result result) {
        StringBuilder sb = new StringBuilder();
        String head = String.format("%-36s %-13s %9s %9s %5s %7s %7s %7s %9s %5s | %4s %4s %4s %4s %5s %5s%n",
                "article", "style", "ent P/R", "ev P/R", "evF1", "dates", "modal", "dup", "part P/R", "stF1",
                "ddl", "plan", "dup", "miss", "loads", "s");
        for (Map.Entry<String, DraftQuality.Report> e : result.bySet().entrySet()) {
            sb.append(String.format("%n%s set%n", e.getKey())).append(head);
            for (DraftQuality.ArticleScore a : e.getValue().articles()) {
                sb.append(line(a.article(), result.styles().get(a.article()), a.scores(), a.errors()));
                sb.append(String.format(" %5s %5.1f%n", a.loads() && a.quotesNotInText() == 0 ? "yes" : "NO", a.seconds()));
            }
            sb.append(line("all " + e.getKey(), "", e.getValue().total(), e.getValue().errors())).append(String.format("%n"));
        }
        sb.append(String.format("%n%-44s %14s %14s   %s%n", "measure (micro-averaged)", "dev", "test", "goal on test"));
        DraftQuality.Report dev = result.bySet().get("dev");
        DraftQuality.Report test = result.bySet().get("test");
        row(sb, "entities precision", ratio(dev.total().get("entities"), true), ratio(test.total().get("entities"), true), ">= 0.9");
        row(sb, "entities recall", ratio(dev.total().get("entities"), false), ratio(test.total().get("entities"), false), ">= 0.9");
        row(sb, "events F1, type and words/day+place", f(dev.total().get("events").f1()), f(test.total().get("events").f1()), "");
        row(sb, "events F1, type and participants", f(dev.errors().eventF1()), f(test.errors().eventF1()), ">= 0.8");
        row(sb, "dates: day right", share(dev.errors().datesRight(), dev.errors().datesCounted()),
                share(test.errors().datesRight(), test.errors().datesCounted()), ">= 90 %");
        row(sb, "deadline or bound drafted as a day", "" + dev.errors().deadlineAsDay(), "" + test.errors().deadlineAsDay(), "0");
        row(sb, "modality right", share(dev.errors().modalityRight(), dev.errors().modalityCounted()),
                share(test.errors().modalityRight(), test.errors().modalityCounted()), ">= 90 %");
        row(sb, "plan drafted as held", "" + dev.errors().planAsHeld(), "" + test.errors().planAsHeld(), "");
        row(sb, "duplicate events / drafted events", share(dev.errors().duplicates(), dev.errors().draftedEvents()),
                share(test.errors().duplicates(), test.errors().draftedEvents()), "<= 5 %");
        row(sb, "participants precision", ratio(dev.total().get("participants"), true), ratio(test.total().get("participants"), true), ">= 0.8");
        row(sb, "participants recall", ratio(dev.total().get("participants"), false), ratio(test.total().get("participants"), false), ">= 0.7");
        row(sb, "missing participants", "" + dev.errors().missingParticipants(), "" + test.errors().missingParticipants(), "");
        row(sb, "statements F1", f(dev.total().get("statements").f1()), f(test.total().get("statements").f1()), ">= 0.8");
        row(sb, "posts precision / recall", pr(dev.total().get("posts")), pr(test.total().get("posts")), "");
        row(sb, "articles / drafts that load and quote the text", loads(dev), loads(test), "all");
        sb.append(String.format("models loaded once in %.1f s%n", result.modelSeconds()));
        return sb.toString();
    }

    private static String line(String article, String style, Map<String, DraftQuality.Score> s, DraftErrors.Counts c) {
        return String.format("%-36s %-13s %9s %9s %5s %7s %7s %7s %9s %5s | %4d %4d %4d %4d",
                article, style, pr(s.get("entities")), pr(s.get("events")), f(c.eventF1()),
                c.datesRight() + "/" + c.datesCounted(), c.modalityRight() + "/" + c.modalityCounted(),
                c.duplicates() + "/" + c.draftedEvents(), pr(s.get("participants")), f(s.get("statements").f1()),
                c.deadlineAsDay(), c.planAsHeld(), c.duplicates(), c.missingParticipants());
    }

    private static void row(StringBuilder sb, String measure, String dev, String test, String goal) {
        sb.append(String.format("%-44s %14s %14s   %s%n", measure, dev, test, goal));
    }

    private static String pr(DraftQuality.Score s) {
        return String.format("%.2f/%.2f", s.precision(), s.recall());
    }

    private static String ratio(DraftQuality.Score s, boolean precision) {
        return String.format("%.2f (%d/%d)", precision ? s.precision() : s.recall(), s.found(), precision ? s.drafted() : s.hand());
    }

    private static String f(double v) {
        return String.format("%.2f", v);
    }

    private static String share(int n, int of) {
        return of == 0 ? "-" : String.format("%.0f %% (%d/%d)", 100.0 * n / of, n, of);
    }

    private static String loads(DraftQuality.Report r) {
        long ok = r.articles().stream().filter(a -> a.loads() && a.quotesNotInText() == 0).count();
        return ok + "/" + r.articles().size();
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("etkg-split-quality");
        System.out.print(table(run(root, out)));
        System.out.println("drafts in " + out + " (dev/ID, test/ID)");
    }
}
