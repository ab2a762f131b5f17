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

/**
 * Deterministic synthetic coverage for benchmarks and scale tests: articles with their facts
 * files in the project's own format. Entities recur across articles with a Zipf-like
 * popularity; events have 2 to 6 participants in roles; statements carry modalities; dates
 * are written with and without years; every quote really occurs in its article.
 */
public final class CorpusGenerator {
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
    private static final String[] ROLES = {"leader", "participant", "member", "host", "visitor"};
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
    private final int people;
    private final int places;
    private final int organizations;
    private final double[] peopleCdf;
    private final double[] placeCdf;
    private final double[] orgCdf;

    public CorpusGenerator(long seed, int articles) {
        this.seed = seed;
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
        for (int i = 1; i <= n; i++) {
            Article a = article(i);
            Path folder = dir.resolve(String.format("%03d", i / 1000)).resolve(a.id);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("article.txt"), a.text, StandardCharsets.UTF_8);
            try (Writer w = Files.newBufferedWriter(folder.resolve("facts.yaml"), StandardCharsets.UTF_8)) {
                w.write(a.facts);
            }
        }
        return n;
    }

    /** One generated article: its id, text and facts file. */
    public record Article(String id, String text, String facts) {
    }

    public Article article(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        String id = String.format("a%07d", index);
        Map<String, String> entities = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder statements = new StringBuilder();
        String headlinePlace = place(pick(r, placeCdf));
        String headline = "Talks in " + headlinePlace + " on " + TOPICS[r.nextInt(TOPICS.length)] + " (report " + index + ")";
        text.append(headline).append("\n\n");
        int eventCount = 1 + (r.nextInt(10) < 3 ? 1 : 0);
        int month = 1 + r.nextInt(12);
        for (int e = 1; e <= eventCount; e++) {
            String[] type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
            int placeIndex = pick(r, placeCdf);
            String placeId = "place-" + placeIndex;
            entities.putIfAbsent(placeId, entity(placeId, "city", place(placeIndex)));
            int day = 1 + r.nextInt(28);
            boolean withYear = r.nextInt(3) == 0;
            int year = 2018 + r.nextInt(8);
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String written = monthName + " " + day + (withYear ? ", " + year : "");
            String date = withYear ? String.format("%04d-%02d-%02d", year, month, day) : String.format("--%02d-%02d", month, day);
            int participants = 2 + r.nextInt(5);
            List<String> names = new ArrayList<>();
            StringBuilder roles = new StringBuilder();
            List<String> used = new ArrayList<>();
            for (int p = 0; p < participants; p++) {
                boolean person = r.nextInt(4) != 0;
                int k = person ? pick(r, peopleCdf) : pick(r, orgCdf);
                String actorId = (person ? "person-" : "org-") + k;
                if (used.contains(actorId)) {
                    continue;
                }
                used.add(actorId);
                String name = person ? person(k) : organization(k);
                entities.putIfAbsent(actorId, entity(actorId, person ? "person" : "organization", name));
                names.add(name);
                String role = p == 0 ? "leader" : ROLES[1 + r.nextInt(ROLES.length - 1)];
                roles.append("      - {actor: ").append(actorId).append(", role: ").append(role).append("}\n");
            }
            String sentence = "On " + written + ", " + String.join(", ", names.subList(0, names.size() - 1))
                    + " and " + names.get(names.size() - 1) + " " + type[1] + " " + place(placeIndex)
                    + " for talks on " + TOPICS[r.nextInt(TOPICS.length)] + " (" + id + "-" + e + ").";
            text.append(sentence).append(' ');
            appendFiller(r, text);
            events.append("  - id: event-").append(e).append('\n')
                    .append("    type: ").append(type[0]).append('\n')
                    .append("    label: ").append(yaml(type[0] + " in " + place(placeIndex) + " on " + written)).append('\n')
                    .append("    quote: ").append(yaml(sentence)).append('\n')
                    .append("    place: ").append(placeId).append('\n')
                    .append("    time: {written: ").append(yaml(written)).append(", date: \"").append(date).append("\"}\n");
            if (type[0].equals("committee-round")) {
                String committee = "org-committee-" + placeIndex;
                entities.putIfAbsent(committee, entity(committee, "committee", "Joint Committee of " + place(placeIndex)));
                events.append("    series: ").append(committee).append('\n')
                        .append("    ordinal: ").append(1 + r.nextInt(12)).append('\n');
            }
            events.append("    participants:\n").append(roles);
            if (r.nextInt(5) < 2) {
                String[] st = STATEMENT_TYPES[r.nextInt(STATEMENT_TYPES.length)];
                String speakerId = used.get(0);
                String words = "the talks on " + TOPICS[r.nextInt(TOPICS.length)] + " would continue (" + id + "-s" + e + ")";
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
        facts.append("# Synthetic article ").append(index).append(" generated by etkg generate (seed ").append(seed).append(")\n")
                .append("format: etkg-facts/1\n")
                .append("article:\n  id: ").append(id).append("\n  text: article.txt\n  headline: ").append(yaml(headline)).append('\n')
                .append("entities:\n");
        entities.values().forEach(facts::append);
        facts.append("events:\n").append(events);
        if (!statements.isEmpty()) {
            facts.append("statements:\n").append(statements);
        }
        return new Article(id, text.toString().stripTrailing() + "\n", facts.toString());
    }

    private void appendFiller(SplittableRandom r, StringBuilder text) {
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            text.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        }
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
