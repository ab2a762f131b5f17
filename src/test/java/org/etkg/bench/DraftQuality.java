package org.etkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.apache.jena.vocabulary.SKOS;
import org.etkg.draft.DraftService;
import org.etkg.draft.DrafterProvider;
import org.etkg.model.NameKey;
import org.etkg.load.EvidenceLocator;
import org.etkg.load.FactsReader;
import org.etkg.load.Loader;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Participation;
import org.etkg.model.Quote;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;

/**
 * How close `etkg draft` comes to the hand-written facts of each article in data/: precision and
 * recall of entities, posts, events, statements and participants, the quotes not found in the text,
 * and whether each draft loads. Used by DraftQualityTest and by src/bench/draft-quality.sh:
 *
 *   java -cp target/etkg-draft.jar:target/test-classes org.etkg.bench.DraftQuality data [OUT_FOLDER]
 *
 * Matching, one to one, first come first served:
 *  - entities (those the article's words show, not topics, reports or posts): the same kind (organisation,
 *    group, committee, newspaper and platform count as one kind) and the same name after the link step's
 *    folding, or quotes that overlap in the text;
 *  - posts: the same folded label, or overlapping quotes;
 *  - events: the same type (or one directly under the other, "hold talks" under "consult"), and
 *    overlapping quotes or the same date and place;
 *  - statements: overlapping quotes, and the same speaker (by the entity match) when both name one;
 *  - participants: of matched events and statements, the same actor (by the entity match).
 */
public final class DraftQuality {
    public static final List<String> MEASURES = List.of("entities", "posts", "events", "statements", "participants");

    /** Found: drafted items that match a hand item; drafted and hand: how many of each. */
    public record Score(int found, int drafted, int hand) {
        public double precision() {
            return drafted == 0 ? 1 : (double) found / drafted;
        }

        public double recall() {
            return hand == 0 ? 1 : (double) found / hand;
        }

        public double f1() {
            return DraftErrors.f1(found, drafted, hand);
        }

        Score plus(Score o) {
            return new Score(found + o.found, drafted + o.drafted, hand + o.hand);
        }
    }

    /** One article's scores; errors holds the figures of issue 25 (DraftErrors says how each is counted). */
    public record ArticleScore(String article, Map<String, Score> scores, int quotesNotInText, boolean loads, double seconds,
                               DraftErrors.Counts errors) {
    }

    public record Report(double modelSeconds, List<ArticleScore> articles) {
        public Map<String, Score> total() {
            Map<String, Score> total = new LinkedHashMap<>();
            MEASURES.forEach(m -> total.put(m, new Score(0, 0, 0)));
            articles.forEach(a -> a.scores().forEach((m, s) -> total.merge(m, s, Score::plus)));
            return total;
        }

        public DraftErrors.Counts errors() {
            return articles.stream().map(ArticleScore::errors).reduce(DraftErrors.Counts.NONE, DraftErrors.Counts::plus);
        }
    }

    private DraftQuality() {
    }

    /** Drafts the article.txt of every folder under {@code data} into {@code out} and scores each draft. */
    public static Report run(Path data, Path out) throws IOException {
        Ontology ontology = Ontology.load(IriScheme.defaults());
        List<Path> folders;
        try (Stream<Path> s = Files.list(data)) {
            folders = s.filter(f -> Files.exists(f.resolve("article.txt")) && Files.exists(f.resolve("facts.yaml"))).sorted().toList();
        }
        List<Path> texts = folders.stream().map(f -> f.resolve("article.txt")).toList();
        DraftService.Outcome outcome = new DraftService(ontology).draft(
                new DraftService.Request(texts, null, null, out, true, null), DrafterProvider.find(), d -> { });
        List<ArticleScore> scores = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            DraftService.Drafted d = outcome.drafts().get(i);
            scores.add(score(folders.get(i), d.folder(), ontology, d.seconds()));
        }
        return new Report(outcome.modelSeconds(), scores);
    }

    public static ArticleScore score(Path handFolder, Path draftFolder, Ontology ontology, double seconds) throws IOException {
        return score(handFolder, draftFolder, ontology, seconds, note -> { });
    }

    /**
     * As above, and each item left unmatched and each participant left out or added, told to {@code notes}
     * (SplitQuality writes these for the development set only, so that rules are chosen from its errors).
     */
    public static ArticleScore score(Path handFolder, Path draftFolder, Ontology ontology, double seconds,
                                     java.util.function.Consumer<String> notes) throws IOException {
        String text = Files.readString(handFolder.resolve("article.txt"), StandardCharsets.UTF_8);
        EvidenceLocator locator = new EvidenceLocator(text, "article.txt");
        ArticleFacts hand = FactsReader.readArticleFacts(handFolder.resolve("facts.yaml"));
        ArticleFacts draft = FactsReader.readArticleFacts(draftFolder.resolve("facts.yaml"));
        boolean loads;
        try {
            new Loader(ontology).plan(List.of(draftFolder));
            loads = true;
        } catch (DataError e) {
            loads = false;
        }
        int notInText = 0;
        for (Entity e : draft.entities()) {
            notInText += missing(locator, e.evidence());
        }
        for (Event e : draft.events()) {
            notInText += missing(locator, e.evidence());
        }

        Map<String, Score> scores = new LinkedHashMap<>();
        List<Entity> handEntities = hand.entities().stream().filter(e -> inScope(e)).toList();
        List<Entity> draftEntities = draft.entities().stream().filter(e -> inScope(e)).toList();
        Map<String, String> entityMatch = match(draftEntities, handEntities, (d, h) -> family(d.kind()) == family(h.kind())
                && (sameName(d, h) || overlap(spans(locator, d.evidence()), spans(locator, h.evidence()))), Entity::id);
        scores.put("entities", new Score(entityMatch.size(), draftEntities.size(), handEntities.size()));
        draftEntities.stream().filter(e -> !entityMatch.containsKey(e.id()))
                .forEach(e -> notes.accept("entity drafted, not in the facts: " + e.kind().key() + " " + e.label()));
        handEntities.stream().filter(e -> !entityMatch.containsValue(e.id()))
                .forEach(e -> notes.accept("entity of the facts, not drafted: " + e.kind().key() + " " + e.label()));

        List<Entity> handPosts = hand.entities().stream().filter(e -> e.kind() == EntityKind.POST).toList();
        List<Entity> draftPosts = draft.entities().stream().filter(e -> e.kind() == EntityKind.POST).toList();
        Map<String, String> postMatch = match(draftPosts, handPosts, (d, h) -> NameKey.phonetic(d.label()).equals(NameKey.phonetic(h.label()))
                || overlap(spans(locator, d.evidence()), spans(locator, h.evidence())), Entity::id);
        scores.put("posts", new Score(postMatch.size(), draftPosts.size(), handPosts.size()));

        List<Event> handEvents = hand.events().stream().filter(e -> e.statement().isEmpty()).toList();
        List<Event> draftEvents = draft.events().stream().filter(e -> e.statement().isEmpty()).toList();
        BiPredicate<String, String> sameType = (a, b) -> a.equals(b) || broader(ontology, a, b) || broader(ontology, b, a);
        Map<String, String> eventMatch = match(draftEvents, handEvents, (d, h) -> sameType.test(d.type().id(), h.type().id())
                && (overlap(spans(locator, d.evidence()), spans(locator, h.evidence()))
                || sameDate(d, h) && d.place() != null && h.place() != null && h.place().id().equals(entityMatch.get(d.place().id()))),
                Event::id);
        scores.put("events", new Score(eventMatch.size(), draftEvents.size(), handEvents.size()));

        List<Event> handStatements = hand.events().stream().filter(e -> e.statement().isPresent()).toList();
        List<Event> draftStatements = draft.events().stream().filter(e -> e.statement().isPresent()).toList();
        Map<String, String> statementMatch = match(draftStatements, handStatements, (d, h) -> {
            var ds = d.statement().orElseThrow().speaker();
            var hs = h.statement().orElseThrow().speaker();
            // Both name a speaker: the same one. Either names none (an assessment in the article's own voice): the words decide.
            boolean speakers = ds == null || hs == null || hs.id().equals(entityMatch.get(ds.id()));
            return speakers && overlap(spans(locator, d.evidence()), spans(locator, h.evidence()));
        }, Event::id);
        scores.put("statements", new Score(statementMatch.size(), draftStatements.size(), handStatements.size()));

        Map<String, Event> handById = new HashMap<>();
        hand.events().forEach(e -> handById.put(e.id(), e));
        int found = 0;
        int drafted = 0;
        int handCount = 0;
        Map<String, String> matched = new HashMap<>(eventMatch);
        matched.putAll(statementMatch);
        for (Event d : draft.events()) {
            if (!matched.containsKey(d.id())) {
                notes.accept((d.statement().isPresent() ? "statement" : "event") + " drafted, not in the facts: " + d.id()
                        + " \"" + (d.evidence().isEmpty() ? "" : d.evidence().get(0).exact()) + "\"");
            }
        }
        for (Event h : hand.events()) {
            if (!matched.containsValue(h.id())) {
                notes.accept((h.statement().isPresent() ? "statement" : "event") + " of the facts, not drafted: " + h.id()
                        + " \"" + (h.evidence().isEmpty() ? "" : h.evidence().get(0).exact()) + "\"");
            }
        }
        for (Event d : draft.events()) {
            String h = matched.get(d.id());
            if (h == null) {
                continue;
            }
            Set<String> handActors = new HashSet<>();
            handById.get(h).participants().stream().map(p -> p.actor().id()).forEach(handActors::add);
            Set<String> draftActors = new HashSet<>();
            for (Participation p : d.participants()) {
                draftActors.add(entityMatch.getOrDefault(p.actor().id(), "unmatched:" + p.actor().id()));
            }
            for (Participation p : handById.get(h).participants()) {
                if (!draftActors.contains(p.actor().id())) {
                    notes.accept("participant left out of " + d.id() + " (" + h + "): " + p.actor().id() + " as " + p.role().id());
                }
            }
            for (Participation p : d.participants()) {
                if (!handActors.contains(entityMatch.get(p.actor().id()))) {
                    notes.accept("participant added to " + d.id() + " (" + h + "): " + p.actor().id() + " as " + p.role().id());
                }
            }
            drafted += draftActors.size();
            handCount += handActors.size();
            draftActors.retainAll(handActors);
            found += draftActors.size();
        }
        scores.put("participants", new Score(found, drafted, handCount));
        DraftErrors.Counts errors = DraftErrors.count(handFolder, draftFolder, hand, draft, entityMatch, matched, sameType,
                (d, h) -> DraftErrors.sameSentence(text, spans(locator, d.evidence()), spans(locator, h.evidence())));
        return new ArticleScore(handFolder.getFileName().toString(), scores, notInText, loads, seconds, errors);
    }

    /** An event type directly under another ("hold talks" under "consult") counts as the same type. */
    private static boolean broader(Ontology ontology, String narrower, String broader) {
        return ontology.graph().contains(ontology.eventTypeConcept(narrower), SKOS.broader.asNode(), ontology.eventTypeConcept(broader));
    }

    private static boolean inScope(Entity e) {
        return !e.evidence().isEmpty() && switch (e.kind()) {
            case TOPIC, REPORT, POST -> false;
            default -> true;
        };
    }

    private static int family(EntityKind k) {
        return switch (k) {
            case ORGANIZATION, GROUP, COMMITTEE, NEWSPAPER, PLATFORM -> 1;
            default -> 10 + k.ordinal();
        };
    }

    private static boolean sameName(Entity a, Entity b) {
        Set<String> x = new HashSet<>();
        x.add(NameKey.phonetic(a.label()));
        a.altLabels().forEach(l -> x.add(NameKey.phonetic(l)));
        if (x.contains(NameKey.phonetic(b.label()))) {
            return true;
        }
        return b.altLabels().stream().anyMatch(l -> x.contains(NameKey.phonetic(l)));
    }

    private static boolean sameDate(Event a, Event b) {
        return a.time() != null && b.time() != null && a.time().date() != null && a.time().date().equals(b.time().date());
    }

    private static <T> Map<String, String> match(List<T> drafted, List<T> hand, BiPredicate<T, T> same,
                                                 java.util.function.Function<T, String> id) {
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (T d : drafted) {
            for (T h : hand) {
                if (!taken.contains(id.apply(h)) && same.test(d, h)) {
                    matched.put(id.apply(d), id.apply(h));
                    taken.add(id.apply(h));
                    break;
                }
            }
        }
        return matched;
    }

    private static List<int[]> spans(EvidenceLocator locator, List<Quote> quotes) {
        List<int[]> spans = new ArrayList<>();
        for (Quote q : quotes) {
            try {
                EvidenceLocator.Span s = locator.locate(q);
                spans.add(new int[] {s.start(), s.end()});
            } catch (DataError e) {
                // counted by missing()
            }
        }
        return spans;
    }

    private static boolean overlap(List<int[]> a, List<int[]> b) {
        for (int[] x : a) {
            for (int[] y : b) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int missing(EvidenceLocator locator, List<Quote> quotes) {
        int n = 0;
        for (Quote q : quotes) {
            try {
                locator.locate(q);
            } catch (DataError e) {
                n++;
            }
        }
        return n;
    }

    /** The report as a table: one line per article, then all of them together. */
    public static String table(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-36s", "article"));
        for (String m : MEASURES) {
            sb.append(String.format(" %15s", m + " P/R"));
        }
        sb.append(String.format(" %8s %6s %7s%n", "notInText", "loads", "s"));
        for (ArticleScore a : report.articles()) {
            sb.append(String.format("%-36s", a.article()));
            for (String m : MEASURES) {
                Score s = a.scores().get(m);
                sb.append(String.format(" %7.2f/%-7.2f", s.precision(), s.recall()));
            }
            sb.append(String.format(" %8d %6s %7.1f%n", a.quotesNotInText(), a.loads() ? "yes" : "NO", a.seconds()));
        }
        sb.append(String.format("%-36s", "all (micro-averaged)"));
        report.total().forEach((m, s) -> sb.append(String.format(" %7.2f/%-7.2f", s.precision(), s.recall())));
        sb.append(String.format("%n%-36s", "  found / drafted / hand"));
        report.total().forEach((m, s) -> sb.append(String.format(" %15s", s.found() + "/" + s.drafted() + "/" + s.hand())));
        sb.append(String.format("%nmodels loaded in %.1f s%n", report.modelSeconds()));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("etkg-draft-quality");
        Report report = run(data, out);
        System.out.print(table(report));
        System.out.println("drafts in " + out);
    }
}
