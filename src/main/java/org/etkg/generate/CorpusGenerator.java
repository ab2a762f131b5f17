package org.etkg.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.etkg.model.RoleType;

/**
 * Deterministic synthetic coverage for benchmarks and scale tests: articles with their facts
 * files in the project's own format. Entities recur across articles with a Zipf-like
 * popularity; events have 2 to 6 participants in roles; statements carry modalities; dates
 * are written with and without years; every quote really occurs in its article.
 */
public final class CorpusGenerator {
    /** The true clusters of re-reported events, written beside the corpus. */
    public static final String CLUSTERS_FILE = "true-clusters.txt";
    /** Re-reports that look alike but are other events. */
    public static final String DECOYS_FILE = "decoys.txt";
    private static final String[] GIVEN = {"Ahmad", "Farid", "Hamid", "Nadia", "Sara", "Omar", "Zainab", "Bilal",
        "Amina", "Tariq", "Layla", "Karim", "Fatima", "Yusuf", "Mariam", "Rashid", "Samira", "Imran", "Huma", "Javed"};
    private static final String[] FAMILY = {"Rahimi", "Qureshi", "Haidari", "Lodhi", "Durrani", "Baig", "Niazi", "Sultani",
        "Karzai", "Malik", "Wardak", "Siddiqui", "Popal", "Chaudhry", "Nazari", "Abbasi", "Mohmand", "Yousafzai"};
    private static final String[] PLACE_ROOT = {"Kandahar", "Herat", "Peshawar", "Quetta", "Lahore", "Jalalabad", "Karachi",
        "Mazar", "Kunduz", "Multan", "Gilgit", "Chaman", "Torkham", "Khost", "Ghazni", "Sialkot", "Bamyan", "Zaranj"};
    private static final String[] ORG_KIND = {"Ministry of Commerce", "Border Commission", "Chamber of Trade",
        "Refugee Council", "Security Directorate", "Water Authority", "Railway Board", "Transit Office"};
    private static final String[] TOPICS = {"trade", "border security", "refugee returns", "water sharing", "transit fees",
        "energy imports", "customs rules", "visa policy"};
    private static final String[][] EVENT_TYPES = {
        {"visit", "visited"}, {"meeting", "met in"}, {"committee-round", "held a committee round in"}};
    private static final String[][] STATEMENT_TYPES = {
        {"statement", "said", "asserted"}, {"promise", "promised", "promised"}, {"allegation", "alleged", "alleged"},
        {"observation", "observed", "observed"}, {"assessment", "assessed", "assessed"}, {"appeal", "urged", "reported"}};
    private static final RoleType[] ROLES = {RoleType.LEADER, RoleType.PARTICIPANT, RoleType.MEMBER, RoleType.HOST, RoleType.VISITOR};
    private static final String[] FILLER = {
        "The talks came after weeks of quiet contacts between officials.",
        "Analysts said the outcome would depend on the follow-up in the coming months.",
        "Markets in the border towns reacted cautiously to the news.",
        "Observers noted that earlier rounds had produced few concrete results.",
        "Local traders welcomed the renewed attention to the crossing points.",
        "Several diplomats declined to comment on the details of the discussions.",
        "The region has seen repeated disruptions to trade over the past year.",
        "Civil society groups called for more transparency about the agreements."};

    private final long seed;
    private final double overlap;
    private final int people;
    private final int places;
    private final int organizations;
    private final double[] peopleCdf;
    private final double[] placeCdf;
    private final double[] orgCdf;

    public CorpusGenerator(long seed, int articles) {
        this(seed, articles, 0);
    }

    /** @param overlap the share of articles that report again an earlier article's event (some as decoys) */
    public CorpusGenerator(long seed, int articles, double overlap) {
        this.seed = seed;
        this.overlap = overlap;
        // The pools grow with the corpus, as coverage of more events brings in more names.
        this.people = Math.max(50, Math.min(200_000, articles / 2));
        this.places = Math.max(20, Math.min(20_000, articles / 20));
        this.organizations = Math.max(10, Math.min(20_000, articles / 20));
        this.peopleCdf = zipf(people, 1.1);
        this.placeCdf = zipf(places, 1.1);
        this.orgCdf = zipf(organizations, 1.1);
    }

    /** Writes articles 1..n as DIR/aNNNNNNN/{article.txt,facts.yaml}; returns the number written. */
    public int write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        List<String> decoys = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Article a = article(i);
            if (a.truth() != null) {
                String[] t = a.truth().split("\t");
                String event = a.id() + "/event-1";
                if (t[0].equals("same")) {
                    clusters.computeIfAbsent(t[1], k -> new ArrayList<>(List.of(k))).add(event);
                } else {
                    // Decoys of one event made the same way tell of one (other) event: they are the same.
                    clusters.computeIfAbsent(t[0] + " " + t[1], k -> new ArrayList<>()).add(event);
                    decoys.add(event + "\t" + t[0] + "\t" + t[1]);
                }
            }
            Path folder = dir.resolve(String.format("%03d", i / 1000)).resolve(a.id);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("article.txt"), a.text, StandardCharsets.UTF_8);
            try (Writer w = Files.newBufferedWriter(folder.resolve("facts.yaml"), StandardCharsets.UTF_8)) {
                w.write(a.facts);
            }
        }
        if (overlap > 0) {
            // The truth beside the corpus: events (ARTICLE/EVENT) that are one event, a line each; and the decoys.
            List<String> lines = new ArrayList<>();
            clusters.values().stream().filter(c -> c.size() > 1).forEach(c -> lines.add(String.join("\t", c)));
            Files.write(dir.resolve(CLUSTERS_FILE), lines, StandardCharsets.UTF_8);
            Files.write(dir.resolve(DECOYS_FILE), decoys, StandardCharsets.UTF_8);
        }
        return n;
    }

    /**
     * One generated article: its id, text and facts file, and for a re-report of an earlier
     * article's event, what it truly is ("same", "decoy-year" or "decoy-round", a tab, and
     * the earlier event as ARTICLE/EVENT); null for an original report.
     */
    public record Article(String id, String text, String facts, String truth) {
    }

    /** One event as drawn: what the article says happened, before it is written out. */
    private record EventSpec(String[] type, int placeIndex, int month, int day, boolean withYear, int year,
                             List<String> actorIds, List<String> names, List<String> roles, String topic,
                             List<String> fillers, Integer ordinal, String[] statementType, String statementTopic) {
        String written() {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return monthName + " " + day + (withYear ? ", " + year : "");
        }

        String date() {
            return withYear ? String.format("%04d-%02d-%02d", year, month, day) : String.format("--%02d-%02d", month, day);
        }
    }

    private record Header(String place, String topic, int eventCount, int month) {
    }

    private Header drawHeader(SplittableRandom r) {
        String place = place(pick(r, placeCdf));
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        int eventCount = 1 + (r.nextInt(10) < 3 ? 1 : 0);
        return new Header(place, topic, eventCount, 1 + r.nextInt(12));
    }

    /** The draws of one event, in the order the generator has always made them. */
    private EventSpec drawEvent(SplittableRandom r, int month) {
        String[] type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
        int placeIndex = pick(r, placeCdf);
        int day = 1 + r.nextInt(28);
        boolean withYear = r.nextInt(3) == 0;
        int year = 2018 + r.nextInt(8);
        int participants = 2 + r.nextInt(5);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            boolean person = r.nextInt(4) != 0;
            int k = person ? pick(r, peopleCdf) : pick(r, orgCdf);
            String actorId = (person ? "person-" : "org-") + k;
            if (ids.contains(actorId)) {
                continue;
            }
            ids.add(actorId);
            names.add(person ? person(k) : organization(k));
            roles.add((p == 0 ? RoleType.LEADER : ROLES[1 + r.nextInt(ROLES.length - 1)]).id());
        }
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        List<String> fillers = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            fillers.add(FILLER[r.nextInt(FILLER.length)]);
        }
        Integer ordinal = type[0].equals("committee-round") ? 1 + r.nextInt(12) : null;
        String[] st = null;
        String stTopic = null;
        if (r.nextInt(5) < 2) {
            st = STATEMENT_TYPES[r.nextInt(STATEMENT_TYPES.length)];
            stTopic = TOPICS[r.nextInt(TOPICS.length)];
        }
        return new EventSpec(type, placeIndex, month, day, withYear, year, ids, names, roles, topic, fillers, ordinal, st, stTopic);
    }

    public Article article(int index) {
        if (overlap > 0 && index > 1) {
            SplittableRandom o = new SplittableRandom(seed * 7_919L + index * 31L);
            if (o.nextDouble() < overlap) {
                Article again = rereport(index, o);
                if (again != null) {
                    return again;
                }
            }
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        String id = String.format("a%07d", index);
        Header h = drawHeader(r);
        List<EventSpec> specs = new ArrayList<>();
        for (int e = 1; e <= h.eventCount(); e++) {
            specs.add(drawEvent(r, h.month()));
        }
        String headline = "Talks in " + h.place() + " on " + h.topic() + " (report " + index + ")";
        return render(id, headline, specs, "", Function.identity(), Function.identity());
    }

    /** The first event of an earlier article as its generator drew it, or null. */
    private EventSpec firstEvent(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        Header h = drawHeader(r);
        return drawEvent(r, h.month());
    }

    /**
     * Another outlet's report of an earlier article's first event: its own ids and spellings of
     * the same people and place, the year written. Some are decoys that must stay apart: the
     * same meeting a year earlier, or the next round of the same committee on the same day.
     */
    private Article rereport(int index, SplittableRandom o) {
        for (int tries = 0; tries < 10; tries++) {
            int j = 1 + o.nextInt(index - 1);
            if (overlapping(j)) {
                continue; // re-reports of re-reports would hide what the original said
            }
            EventSpec e = firstEvent(j);
            if (!e.withYear()) {
                continue; // only a report with its year can be known to be the same
            }
            String id = String.format("a%07d", index);
            String original = String.format("a%07d", j) + "/event-1";
            int kind = o.nextInt(10);
            EventSpec told = e;
            String truth;
            if (kind == 0) {
                told = new EventSpec(e.type(), e.placeIndex(), e.month(), e.day(), true, e.year() - 1, e.actorIds(), e.names(), e.roles(),
                        e.topic(), List.of(), e.ordinal(), null, null);
                truth = "decoy-year";
            } else if (kind == 1 && e.ordinal() != null) {
                told = new EventSpec(e.type(), e.placeIndex(), e.month(), e.day(), true, e.year(), e.actorIds(), e.names(), e.roles(),
                        e.topic(), List.of(), e.ordinal() + 1, null, null);
                truth = "decoy-round";
            } else {
                told = new EventSpec(e.type(), e.placeIndex(), e.month(), e.day(), true, e.year(), e.actorIds(), e.names(), e.roles(),
                        e.topic(), List.of(), e.ordinal(), null, null);
                truth = "same";
            }
            String headline = "Report of talks in " + variant(place(e.placeIndex())) + " (report " + index + ")";
            Article a = render(id, headline, List.of(told), "r" + index + "-", CorpusGenerator::variant, CorpusGenerator::variant);
            return new Article(a.id(), a.text(), a.facts(), truth + "\t" + original);
        }
        return null;
    }

    /** Whether article {@code index} is itself a re-report (its first draw decides it). */
    private boolean overlapping(int index) {
        return overlap > 0 && index > 1 && new SplittableRandom(seed * 7_919L + index * 31L).nextDouble() < overlap;
    }

    /** A transliteration variant: "Yusuf" as "Yosuf", "Rahimi" as "Rahemi", else a doubled consonant. */
    static String variant(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            String v = w;
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                int u = w.indexOf('u', 1);
                int i = w.indexOf('i', 1);
                if (u > 0) {
                    v = w.substring(0, u) + 'o' + w.substring(u + 1);
                } else if (i > 0) {
                    v = w.substring(0, i) + 'e' + w.substring(i + 1);
                } else {
                    v = w.substring(0, w.length() - 1) + w.charAt(w.length() - 2) + w.charAt(w.length() - 1);
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(v);
        }
        return out.toString();
    }

    private Article render(String id, String headline, List<EventSpec> specs, String idPrefix,
                           Function<String, String> actorName, Function<String, String> placeName) {
        Map<String, String> entities = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        StringBuilder events = new StringBuilder();
        StringBuilder statements = new StringBuilder();
        int e = 0;
        for (EventSpec spec : specs) {
            e++;
            String placeId = idPrefix + "place-" + spec.placeIndex();
            String placeLabel = placeName.apply(place(spec.placeIndex()));
            entities.putIfAbsent(placeId, entity(placeId, "city", placeLabel));
            List<String> names = new ArrayList<>();
            StringBuilder roles = new StringBuilder();
            for (int p = 0; p < spec.actorIds().size(); p++) {
                String actorId = idPrefix + spec.actorIds().get(p);
                String name = actorName.apply(spec.names().get(p));
                entities.putIfAbsent(actorId, entity(actorId, spec.actorIds().get(p).startsWith("person-") ? "person" : "organization", name));
                names.add(name);
                roles.append("      - {actor: ").append(actorId).append(", role: ").append(spec.roles().get(p)).append("}\n");
            }
            String written = spec.written();
            String sentence = "On " + written + ", " + String.join(", ", names.subList(0, names.size() - 1))
                    + " and " + names.get(names.size() - 1) + " " + spec.type()[1] + " " + placeLabel
                    + " for talks on " + spec.topic() + " (" + id + "-" + e + ").";
            text.append(sentence).append(' ');
            spec.fillers().forEach(f -> text.append(f).append(' '));
            events.append("  - id: event-").append(e).append('\n')
                    .append("    type: ").append(spec.type()[0]).append('\n')
                    .append("    label: ").append(yaml(spec.type()[0] + " in " + placeLabel + " on " + written)).append('\n')
                    .append("    quote: ").append(yaml(sentence)).append('\n')
                    .append("    place: ").append(placeId).append('\n')
                    .append("    time: {written: ").append(yaml(written)).append(", date: \"").append(spec.date()).append("\"}\n");
            if (spec.ordinal() != null) {
                String committee = idPrefix + "org-committee-" + spec.placeIndex();
                entities.putIfAbsent(committee, entity(committee, "committee", "Joint Committee of " + placeLabel));
                events.append("    series: ").append(committee).append('\n')
                        .append("    ordinal: ").append(spec.ordinal()).append('\n');
            }
            events.append("    participants:\n").append(roles);
            if (spec.statementType() != null) {
                String[] st = spec.statementType();
                String speakerId = idPrefix + spec.actorIds().get(0);
                String words = "the talks on " + spec.statementTopic() + " would continue (" + id + "-s" + e + ")";
                String said = names.get(0) + " " + st[1] + " that " + words + ".";
                text.append(said).append(' ');
                statements.append("  - id: statement-").append(e).append('\n')
                        .append("    type: ").append(st[0]).append('\n')
                        .append("    label: ").append(yaml(names.get(0) + " " + st[1] + " that " + words)).append('\n')
                        .append("    text: ").append(yaml(words)).append('\n')
                        .append("    quote: ").append(yaml(said)).append('\n')
                        .append("    speaker: ").append(speakerId).append('\n')
                        .append("    modality: ").append(st[2]).append('\n')
                        .append("    about: [event-").append(e).append("]\n");
            }
            text.append("\n\n");
        }
        StringBuilder facts = new StringBuilder();
        facts.append("# Synthetic article ").append(Integer.parseInt(id.substring(1))).append(" generated by etkg generate (seed ").append(seed).append(")\n")
                .append("format: etkg-facts/1\n")
                .append("article:\n  id: ").append(id).append("\n  text: article.txt\n  headline: ").append(yaml(headline)).append('\n')
                .append("entities:\n");
        entities.values().forEach(facts::append);
        facts.append("events:\n").append(events);
        if (!statements.isEmpty()) {
            facts.append("statements:\n").append(statements);
        }
        return new Article(id, text.toString().stripTrailing() + "\n", facts.toString(), null);
    }

    private static String entity(String id, String kind, String label) {
        return "  - {id: " + id + ", kind: " + kind + ", label: " + yaml(label) + "}\n";
    }

    static String person(int k) {
        return GIVEN[k % GIVEN.length] + " " + FAMILY[(k / GIVEN.length) % FAMILY.length]
                + (k >= GIVEN.length * FAMILY.length ? " " + roman(k / (GIVEN.length * FAMILY.length)) : "");
    }

    static String place(int k) {
        return PLACE_ROOT[k % PLACE_ROOT.length] + (k >= PLACE_ROOT.length ? " " + (k / PLACE_ROOT.length + 1) : "");
    }

    static String organization(int k) {
        return ORG_KIND[k % ORG_KIND.length] + " of " + place(k / ORG_KIND.length);
    }

    private static String roman(int n) {
        return "no. " + (n + 1);
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int pick(SplittableRandom r, double[] cdf) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }
}
