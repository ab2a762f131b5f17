package org.etkg.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.etkg.model.EntityKind;
import org.etkg.model.Modality;
import org.etkg.model.NameKey;
import org.etkg.model.RoleType;
import org.etkg.resolve.Mentions.Entity;
import org.etkg.resolve.Mentions.Event;

/**
 * Finds what several articles describe as the same: first entities (countries and places,
 * then organisations and committees, people, posts and delegations, each kind using the
 * identities found before it), then events and statements, then once more with what the
 * events showed. Candidates come only from blocks (shared name keys, the same day, the same
 * speaker), never from all pairs. A clear conflict (another ordinal, dates that cannot
 * overlap, another visitor, a planned event against a past one) never merges: the pair goes
 * to review.
 */
final class Resolver {
    /** Blocks larger than this are too crowded to be evidence (a day with hundreds of events somewhere). */
    static final int MAX_BLOCK = 500;
    /** Blocks of one shared word of a name: larger ones are a common word, and partial names need context anyway. */
    static final int MAX_WORD_BLOCK = 100;
    /** Members of a crowded whole-name block each are compared with. */
    private static final int ANCHORS = 50;
    /** Days an event's interval may span and still be blocked by its days. */
    static final int MAX_SPAN_DAYS = 31;

    enum Status { ACCEPTED, REVIEW }

    /** A proposed identity between two mentions, with the evidence for and against it. */
    record Pair(String a, String b, String kind, double score, Status status, List<String> features,
                List<String> conflicts, String labelA, String labelB) {
        String key() {
            return a + " " + b;
        }
    }

    private final Mentions m;
    private final double accept;
    private final double review;
    private final Set<String> rejected;
    private final Set<String> analystAccepted;
    final Clusters entityClusters;
    /** Blocks left out for being too large to be evidence (a very common name, a crowded day). */
    int skippedBlocks;
    final Clusters eventClusters;
    private final Map<String, Pair> pairs = new TreeMap<>();

    Resolver(Mentions m, double accept, double review, Set<String> rejected, Set<String> analystAccepted) {
        this.m = m;
        this.accept = accept;
        this.review = review;
        this.rejected = rejected;
        this.analystAccepted = analystAccepted;
        this.entityClusters = new Clusters(this::entityArticles);
        this.eventClusters = new Clusters(this::eventArticles);
    }

    static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
    }

    List<Pair> run() {
        for (String p : analystAccepted) {
            String[] ends = p.split(" ");
            (m.events.containsKey(ends[0]) ? eventClusters : entityClusters).union(ends[0], ends[1]);
        }
        for (int round = 0; round < 2; round++) {
            for (EntityKind k : List.of(EntityKind.COUNTRY, EntityKind.CITY, EntityKind.REGION, EntityKind.ORGANIZATION,
                    EntityKind.COMMITTEE, EntityKind.PERSON, EntityKind.POST, EntityKind.DELEGATION)) {
                entities(k);
            }
            events();
        }
        // A pair for review whose ends are the same through other links needs no one's time.
        pairs.values().removeIf(p -> p.status() == Status.REVIEW && p.conflicts().isEmpty()
                && (m.events.containsKey(p.a()) ? eventClusters : entityClusters).same(p.a(), p.b()));
        return new ArrayList<>(pairs.values());
    }

    /**
     * Settles the pairs of one phase, best first: an accepted pair joins its clusters unless
     * that would put two different mentions of one article together (the article tells them
     * apart), in which case it goes to review.
     */
    private void settle(List<Pair> found, Clusters clusters) {
        found.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparing(Pair::a).thenComparing(Pair::b));
        for (Pair p : found) {
            if (rejected.contains(p.key()) || analystAccepted.contains(p.key())) {
                continue;
            }
            if (p.status() == Status.ACCEPTED && clusters.same(p.a(), p.b()) && !pairs.containsKey(p.key())) {
                continue; // already the same through stronger links: a cluster keeps a spanning set of its best links
            }
            if (p.status() == Status.ACCEPTED && !clusters.same(p.a(), p.b())) {
                Set<String> left = clusters.articles(p.a());
                Set<String> right = clusters.articles(p.b());
                if (!java.util.Collections.disjoint(left, right)) {
                    continue; // an article describes both as two things: it tells them apart
                }
                clusters.union(p.a(), p.b());
            }
            pairs.put(p.key(), p);
        }
    }

    private Set<String> entityArticles(String iri) {
        Entity e = m.entities.get(iri);
        return e == null ? Set.of() : e.articles;
    }

    private Set<String> eventArticles(String iri) {
        Event e = m.events.get(iri);
        return e == null ? Set.of() : Set.of(e.article);
    }

    private Pair decide(String a, String b, String kind, double score, List<String> features, List<String> conflicts,
                        String la, String lb) {
        score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
        if (score < review) {
            return null;
        }
        Status status = score >= accept && conflicts.isEmpty() ? Status.ACCEPTED : Status.REVIEW;
        String x = a.compareTo(b) < 0 ? a : b;
        boolean swap = !x.equals(a);
        return new Pair(x, swap ? a : b, kind, score, status, List.copyOf(features), List.copyOf(conflicts),
                swap ? lb : la, swap ? la : lb);
    }

    // ------------------------------------------------------------------ entities

    private void entities(EntityKind kind) {
        rootsOfContext.clear();
        List<Entity> ofKind = m.entities.values().stream().filter(e -> e.kind == kind).toList();
        Map<String, List<Entity>> blocks = new LinkedHashMap<>();
        for (Entity e : ofKind) {
            Set<String> blocksOf = new LinkedHashSet<>();
            switch (kind) {
                case POST -> e.holders.forEach(h -> blocksOf.add("holder " + entityClusters.find(h)));
                case DELEGATION -> e.heads.forEach(h -> blocksOf.add("head " + entityClusters.find(h)));
                default -> e.labels.forEach(l -> {
                    // The whole name's key: spelling variants of one name always meet, however common its words.
                    blocksOf.add("full " + keys(l).phonetic());
                    keys(l).phoneticWords().stream().filter(w -> w.length() > 2).forEach(w -> blocksOf.add("name " + w));
                });
            }
            blocksOf.forEach(k -> blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
        }
        Set<String> seen = new java.util.HashSet<>();
        List<Pair> found = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> entry : blocks.entrySet()) {
            List<Entity> block = entry.getValue();
            boolean word = entry.getKey().startsWith("name ");
            if (word && block.size() > MAX_WORD_BLOCK) {
                skippedBlocks++;
                continue;
            }
            // A crowded block of one whole name (a much-cited person's spellings) is compared as a
            // star: each member with the first ANCHORS, enough to join what is the same, in linear time.
            int anchors = block.size() > MAX_BLOCK ? ANCHORS : block.size();
            for (int i = 0; i < Math.min(anchors, block.size()); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Entity a = block.get(i);
                    Entity b = block.get(j);
                    if (!seen.add(pairKey(a.iri, b.iri))) {
                        continue;
                    }
                    if (!java.util.Collections.disjoint(a.articles, b.articles)) {
                        continue; // two ids of one article are two things
                    }
                    Pair p = score(a, b);
                    if (p != null) {
                        found.add(p);
                    }
                }
            }
        }
        settle(found, entityClusters);
    }

    private record Name(double score, String method, String a, String b) {
    }

    /** A label's keys, computed once: matching compares them many times. */
    private record Keys(String fold, String normalized, String phonetic, Set<String> phoneticWords, int words) {
        static Keys of(String label) {
            return new Keys(NameKey.fold(label), NameKey.normalized(label), NameKey.phonetic(label),
                    new LinkedHashSet<>(NameKey.phoneticWords(label)), NameKey.words(label).size());
        }

        double overlap(Keys other) {
            if (phoneticWords.isEmpty() || other.phoneticWords.isEmpty()) {
                return 0;
            }
            Set<String> both = new LinkedHashSet<>(phoneticWords);
            both.retainAll(other.phoneticWords);
            return both.size() / (double) (phoneticWords.size() + other.phoneticWords.size() - both.size());
        }
    }

    private final Map<String, Keys> nameKeys = new HashMap<>();

    private Keys keys(String label) {
        return nameKeys.computeIfAbsent(label, Keys::of);
    }

    private Name name(Entity a, Entity b, boolean capSingleWords) {
        Name best = null;
        for (String x : a.labels) {
            Keys kx = keys(x);
            for (String y : b.labels) {
                Keys ky = keys(y);
                double s;
                String method;
                if (kx.fold().equals(ky.fold())) {
                    s = 0.9;
                    method = "same name";
                } else if (!kx.normalized().isEmpty() && kx.normalized().equals(ky.normalized())) {
                    s = 0.88;
                    method = "same name without honorific";
                } else if (!kx.phonetic().isEmpty() && kx.phonetic().equals(ky.phonetic())) {
                    s = 0.85;
                    method = "transliteration variant";
                } else {
                    double j = kx.overlap(ky);
                    if (j < 0.5) {
                        continue;
                    }
                    s = 0.5 + 0.3 * j;
                    method = String.format(Locale.ROOT, "shared name parts (%.0f%%)", j * 100);
                }
                if (capSingleWords && Math.min(kx.words(), ky.words()) < 2) {
                    s = Math.min(s, 0.6);
                    method += ", one word only";
                }
                // The two names in a fixed order, and ties broken by them, so that the same entities
                // give the same words however the store happens to list their labels.
                Name here = x.compareTo(y) <= 0 ? new Name(s, method, x, y) : new Name(s, method, y, x);
                if (best == null || s > best.score()
                        || (s == best.score() && (here.a() + "\u0000" + here.b()).compareTo(best.a() + "\u0000" + best.b()) < 0)) {
                    best = here;
                }
            }
        }
        return best;
    }

    /** Share of the smaller set's words found in the other: "commerce minister" is in "minister of industry and commerce". */
    static double containment(String x, String y) {
        Set<String> a = new LinkedHashSet<>(NameKey.phoneticWords(x));
        Set<String> b = new LinkedHashSet<>(NameKey.phoneticWords(y));
        a.removeIf(w -> w.length() < 3);
        b.removeIf(w -> w.length() < 3);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) Math.min(a.size(), b.size());
    }

    private Set<String> roots(Collection<String> iris, Clusters clusters) {
        Set<String> out = new LinkedHashSet<>();
        iris.forEach(i -> out.add(clusters.find(i)));
        return out;
    }

    /** Both sides name a country and no country of one is a country of the other. */
    private boolean countriesDiffer(Collection<String> a, Collection<String> b) {
        Set<String> ca = new LinkedHashSet<>();
        Set<String> cb = new LinkedHashSet<>();
        a.stream().filter(i -> m.entities.containsKey(i) && m.entities.get(i).kind == EntityKind.COUNTRY).forEach(ca::add);
        b.stream().filter(i -> m.entities.containsKey(i) && m.entities.get(i).kind == EntityKind.COUNTRY).forEach(cb::add);
        return !ca.isEmpty() && !cb.isEmpty() && java.util.Collections.disjoint(roots(ca, entityClusters), roots(cb, entityClusters));
    }

    /*
     * Clusters change only when a phase settles its pairs, so while a phase scores, the roots of
     * each mention's context (a much-cited person's thousands of events) are computed once.
     */
    private final Map<Object, Set<String>> rootsOfContext = new java.util.IdentityHashMap<>();

    private Set<String> cachedRoots(Collection<String> iris, Clusters clusters) {
        return rootsOfContext.computeIfAbsent(iris, k -> roots(iris, clusters));
    }

    private Set<String> actorRoots(Event e) {
        return rootsOfContext.computeIfAbsent(e, k -> roots(e.actors(), entityClusters));
    }

    private boolean shareCluster(Collection<String> a, Collection<String> b, Clusters clusters) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> ra = cachedRoots(a, clusters);
        Set<String> rb = cachedRoots(b, clusters);
        Set<String> small = ra.size() <= rb.size() ? ra : rb;
        Set<String> large = small == ra ? rb : ra;
        for (String r : small) {
            if (large.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private Pair score(Entity a, Entity b) {
        List<String> features = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        double s;
        String kind = a.kind.name().toLowerCase(Locale.ROOT);
        switch (a.kind) {
            case POST -> {
                if (!shareCluster(a.holders, b.holders, entityClusters)) {
                    return null;
                }
                double c = containment(a.label(), b.label());
                if (c < 0.5) {
                    return null;
                }
                s = 0.8 + 0.15 * c;
                features.add("held by the same person");
                features.add("post as written: “" + a.label() + "” ~ “" + b.label() + "”");
                if (countriesDiffer(a.within, b.within)) {
                    conflicts.add("a post in another country");
                }
                return decide(a.iri, b.iri, kind, s, features, conflicts, a.label(), b.label());
            }
            case DELEGATION -> {
                if (!shareCluster(a.heads, b.heads, entityClusters) || !shareCluster(a.events, b.events, eventClusters)) {
                    return null;
                }
                s = 0.9;
                features.add("led by the same person");
                features.add("takes part in the same event");
                if (!a.delegationOf.isEmpty() && shareCluster(a.delegationOf, b.delegationOf, entityClusters)) {
                    s += 0.05;
                    features.add("sent by the same state");
                } else if (countriesDiffer(a.delegationOf, b.delegationOf)) {
                    conflicts.add("sent by another state");
                }
                return decide(a.iri, b.iri, kind, s, features, conflicts, a.label(), b.label());
            }
            default -> {
            }
        }
        Name n = name(a, b, a.kind == EntityKind.PERSON);
        if (n == null) {
            return null;
        }
        s = n.score();
        features.add(n.method() + ": “" + n.a() + "” ~ “" + n.b() + "”");
        switch (a.kind) {
            case COUNTRY -> {
                s += 0.06;
                features.add("both are countries");
            }
            case CITY, REGION -> {
                if (!a.within.isEmpty() && shareCluster(a.within, b.within, entityClusters)) {
                    s += 0.06;
                    features.add("in the same country");
                } else if (countriesDiffer(a.within, b.within)) {
                    conflicts.add("in another country");
                }
            }
            case COMMITTEE -> {
                if (shareCluster(a.seriesOf, b.seriesOf, eventClusters)) {
                    s += 0.2;
                    features.add("rounds of both are the same events");
                }
            }
            case PERSON -> {
                NameKey.BestPair post = NameKey.bestPair(a.posts, b.posts, Resolver::containment);
                if (post.score() >= 0.5) {
                    s += 0.06;
                    features.add("post agrees: " + post.shown());
                }
                if (!a.postCountries.isEmpty() && shareCluster(a.postCountries, b.postCountries, entityClusters)) {
                    s += 0.03;
                    features.add("serves the same government");
                } else if (countriesDiffer(a.postCountries, b.postCountries)) {
                    conflicts.add("serves another country");
                }
                if (shareCluster(a.events, b.events, eventClusters)) {
                    s += 0.05;
                    features.add("takes part in the same event");
                }
            }
            default -> {
            }
        }
        if (n.method().startsWith("shared name parts") && features.size() == 1) {
            return null; // part of a name and nothing else in common: not worth an analyst's time
        }
        return decide(a.iri, b.iri, kind, s, features, conflicts, a.label(), b.label());
    }

    // -------------------------------------------------------------------- events

    private final Map<String, List<Event>> extra = new LinkedHashMap<>();

    private void events() {
        containment = null; // the place clusters may have grown since the last pass
        rootsOfContext.clear();
        Map<String, List<Event>> blocks = new LinkedHashMap<>();
        for (Event e : m.events.values()) {
            for (String key : blockKeys(e)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        // An event without a place meets the events of its days wherever they were held.
        Map<String, List<Event>> unplacedDays = new LinkedHashMap<>();
        blocks.forEach((key, list) -> {
            if (key.startsWith("event ? ")) {
                unplacedDays.put(key.substring("event ? ".length()), list);
            }
        });
        if (!unplacedDays.isEmpty()) {
            blocks.forEach((key, list) -> {
                if (key.startsWith("event ") && !key.startsWith("event ? ")) {
                    String day = key.substring(key.lastIndexOf(' ') + 1);
                    List<Event> unplaced = unplacedDays.get(day);
                    if (unplaced != null) {
                        List<Event> meeting = new ArrayList<>(unplaced);
                        meeting.addAll(list);
                        extra.put("meet " + key, meeting);
                    }
                }
            });
        }
        blocks.putAll(extra);
        extra.clear();
        Set<String> seen = new java.util.HashSet<>();
        List<Pair> found = new ArrayList<>();
        for (Map.Entry<String, List<Event>> block : blocks.entrySet()) {
            List<Event> list = block.getValue();
            if (list.size() > MAX_BLOCK) {
                skippedBlocks++;
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Event a = list.get(i);
                    Event b = list.get(j);
                    if (a.article.equals(b.article) || a.statement != b.statement || !seen.add(pairKey(a.iri, b.iri))) {
                        continue;
                    }
                    Pair p = score(a, b);
                    if (p != null) {
                        found.add(p);
                    }
                }
            }
        }
        settle(found, eventClusters);
    }

    /**
     * An event's blocks: its days (and days of the year, to meet year-less dates), within its
     * place when it has one; a statement's are its speaker's, by day. A statement with no time
     * at all meets its speaker's other statements.
     */
    private List<String> blockKeys(Event e) {
        List<String> keys = new ArrayList<>();
        if (e.statement && e.speaker == null) {
            return keys;
        }
        String prefix = e.statement ? "said " + entityClusters.find(e.speaker) + " "
                : "event " + (e.place == null ? "?" : placeRoot(e.place)) + " ";
        if (e.earliest != null && e.latest != null && ChronoUnit.DAYS.between(e.earliest, e.latest) <= MAX_SPAN_DAYS) {
            for (LocalDate d = e.earliest; !d.isAfter(e.latest); d = d.plusDays(1)) {
                keys.add(prefix + d);
                keys.add(prefix + d.toString().substring(4));
            }
        } else if (e.monthDay != null) {
            keys.add(prefix + e.monthDay.substring(1));
        }
        if (e.statement && keys.isEmpty()) {
            keys.add(prefix + "?");
        }
        return keys;
    }

    /** The country or city a place lies in at the top, so that "Kabul" and "a district of Kabul" share a block. */
    private String placeRoot(String place) {
        String root = entityClusters.find(place);
        Entity e = m.entities.get(place);
        if (e != null && e.kind == EntityKind.REGION && !e.within.isEmpty()) {
            root = entityClusters.find(e.within.iterator().next());
        }
        return root;
    }

    private Pair score(Event a, Event b) {
        List<String> features = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        double s = 0;
        String typeName = a.type == null ? "" : a.type.substring(a.type.lastIndexOf('/') + 1);
        boolean sameType = a.type != null && a.type.equals(b.type);
        if (sameType) {
            s += 0.3;
            features.add("same event type (" + typeName + ")");
        } else if (a.type != null && b.type != null && (m.broader.getOrDefault(a.type, Set.of()).contains(b.type)
                || m.broader.getOrDefault(b.type, Set.of()).contains(a.type))) {
            s += 0.2;
            features.add("compatible event types");
        } else if (a.statement && b.statement) {
            s += 0.1;
            features.add("both statements");
        } else {
            return null;
        }
        // Time
        boolean yearUnknown = false;
        if (a.earliest != null || a.latest != null) {
            if (b.earliest != null || b.latest != null) {
                if (overlaps(a, b)) {
                    if (a.exactTime() && b.exactTime() && a.earliest.equals(b.earliest) && a.latest.equals(b.latest)) {
                        s += 0.3;
                        features.add("same day" + (a.earliest.equals(a.latest) ? " " + a.earliest : "s " + a.earliest + "–" + a.latest));
                    } else {
                        s += 0.2;
                        features.add("times overlap");
                    }
                } else {
                    conflicts.add("dates cannot overlap: " + span(a) + " against " + span(b));
                }
            } else if (b.monthDay != null) {
                monthDay(a, b.monthDay, features, conflicts);
                s += features.get(features.size() - 1).startsWith("same day") ? 0.2 : 0;
                yearUnknown = true;
            }
        } else if (a.monthDay != null && (b.earliest != null || b.monthDay != null)) {
            if (b.monthDay != null) {
                if (a.monthDay.equals(b.monthDay)) {
                    s += 0.2;
                    features.add("same day of the year " + a.monthDay);
                } else {
                    conflicts.add("another day: " + a.monthDay + " against " + b.monthDay);
                }
            } else {
                monthDay(b, a.monthDay, features, conflicts);
                s += features.get(features.size() - 1).startsWith("same day") ? 0.2 : 0;
            }
            yearUnknown = true;
        }
        // Place
        if (a.place != null && b.place != null) {
            if (entityClusters.same(a.place, b.place)) {
                s += 0.2;
                features.add("same place");
            } else if (within(a.place, b.place) || within(b.place, a.place)) {
                s += 0.1;
                features.add("one place lies within the other");
            } else {
                return null;
            }
        }
        // Participants
        Set<String> shared = new LinkedHashSet<>(actorRoots(a));
        shared.retainAll(actorRoots(b));
        if (!shared.isEmpty()) {
            s += Math.min(0.3, 0.1 * shared.size());
            List<String> names = new ArrayList<>();
            shared.forEach(r -> names.add(label(r)));
            // Sorted: the order in which the store lists participants is no fact.
            java.util.Collections.sort(names);
            features.add("shared participants: " + String.join(", ", names));
        }
        if (sameType && !a.statement) {
            // One much-cited person in common is not enough: where both name several people,
            // at least half of the shorter list must be the same people.
            int fewer = Math.min(actorRoots(a).size(), actorRoots(b).size());
            if (fewer >= 2 && shared.size() * 2 < fewer) {
                s = Math.min(s, accept - 0.01);
                features.add("few of its participants shared: for review");
            }
        }
        if (!sameType && !a.statement) {
            // A round of a series and a meeting the same day in the same city are often two events;
            // told as one, two reports name mostly the same people.
            Set<String> all = new LinkedHashSet<>(actorRoots(a));
            all.addAll(actorRoots(b));
            if (all.isEmpty() || shared.size() * 2 < all.size()) {
                s = Math.min(s, accept - 0.01);
                features.add("another type of event and few of its participants shared: for review");
            }
        }
        Set<String> va = principals(a);
        Set<String> vb = principals(b);
        if (!va.isEmpty() && !vb.isEmpty() && java.util.Collections.disjoint(va, vb)) {
            conflicts.add("another visitor or leader: " + labels(va) + " against " + labels(vb));
        }
        // Rounds of a series
        if (a.ordinal != null && b.ordinal != null) {
            if (a.ordinal.equals(b.ordinal)) {
                s += 0.2;
                features.add("same round (" + a.ordinal + ")");
            } else {
                conflicts.add("another ordinal: " + a.ordinal + " against " + b.ordinal);
            }
        }
        if (a.partOf != null && b.partOf != null && eventClusters.same(a.partOf, b.partOf)) {
            s += 0.1;
            features.add("parts of the same event");
        }
        boolean aPlanned = Modality.EXPECTED.names(a.modality);
        boolean bPlanned = Modality.EXPECTED.names(b.modality);
        if (aPlanned != bPlanned) {
            conflicts.add("a planned event against one reported as held");
        }
        if (a.statement) {
            if (a.speaker == null || b.speaker == null || !entityClusters.same(a.speaker, b.speaker)) {
                return null;
            }
            if (!a.aboutEvents.isEmpty() && !b.aboutEvents.isEmpty() && !shareCluster(a.aboutEvents, b.aboutEvents, eventClusters)) {
                return null; // said of two events that are not the same
            }
            s += 0.2;
            features.add("same speaker: " + label(entityClusters.find(a.speaker)));
            double words = words(a.text, b.text);
            if (words < 0.3) {
                return null;
            }
            s += 0.4 * Math.min(1, words * 1.5);
            features.add(String.format(Locale.ROOT, "the shorter text's words found in the other (%.0f%%)", words * 100));
        }
        if (yearUnknown && !a.statement) {
            // The same day of another year is another event: without a year, an analyst decides, and
            // only where the same people take part; otherwise a date alike is a coincidence.
            if (shared.size() < 2) {
                return null;
            }
            features.add("year unknown: for review");
            s = Math.min(s, accept - 0.01);
        }
        return decide(a.iri, b.iri, a.statement ? "statement" : "event", s, features, conflicts, a.label, b.label);
    }

    private void monthDay(Event dated, String monthDay, List<String> features, List<String> conflicts) {
        if (dated.exactTime() && dated.earliest.equals(dated.latest)) {
            if (dated.earliest.toString().substring(4).equals(monthDay.substring(1))) {
                features.add("same day of the year " + monthDay);
            } else {
                conflicts.add("another day: " + dated.earliest + " against " + monthDay);
            }
        } else {
            features.add("a day without its year");
        }
    }

    private static boolean overlaps(Event a, Event b) {
        LocalDate aStart = a.earliest == null ? LocalDate.MIN : a.earliest;
        LocalDate aEnd = a.latest == null ? LocalDate.MAX : a.latest;
        LocalDate bStart = b.earliest == null ? LocalDate.MIN : b.earliest;
        LocalDate bEnd = b.latest == null ? LocalDate.MAX : b.latest;
        return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
    }

    private static String span(Event e) {
        if (e.earliest != null && e.earliest.equals(e.latest)) {
            return e.earliest.toString();
        }
        return (e.earliest == null ? "…" : e.earliest.toString()) + "–" + (e.latest == null ? "…" : e.latest.toString());
    }

    /**
     * Who visits or leads: those in the visitor and leader roles (people, organisations,
     * delegations) and the heads of visiting delegations, by cluster.
     */
    private Set<String> principals(Event e) {
        Set<String> principals = new LinkedHashSet<>();
        for (RoleType role : List.of(RoleType.VISITOR, RoleType.LEADER)) {
            for (String actor : e.roles.getOrDefault(role.id(), Set.of())) {
                Entity x = m.entities.get(actor);
                if (x == null) {
                    continue;
                }
                principals.add(entityClusters.find(actor));
                x.heads.forEach(h -> principals.add(entityClusters.find(h)));
            }
        }
        return principals;
    }

    /** Places each place cluster lies within, by cluster, transitively; made once per pass over the events. */
    private Map<String, Set<String>> containment;

    private boolean within(String inner, String outer) {
        if (containment == null) {
            Map<String, Set<String>> direct = new HashMap<>();
            for (Entity e : m.entities.values()) {
                if (!e.within.isEmpty()) {
                    Set<String> into = direct.computeIfAbsent(entityClusters.find(e.iri), k -> new LinkedHashSet<>());
                    e.within.forEach(w -> into.add(entityClusters.find(w)));
                }
            }
            containment = new HashMap<>();
            for (String root : direct.keySet()) {
                Set<String> all = new LinkedHashSet<>();
                List<String> todo = new ArrayList<>(direct.get(root));
                while (!todo.isEmpty()) {
                    String w = todo.remove(todo.size() - 1);
                    if (all.add(w)) {
                        todo.addAll(direct.getOrDefault(w, Set.of()));
                    }
                }
                containment.put(root, all);
            }
        }
        return containment.getOrDefault(entityClusters.find(inner), Set.of()).contains(entityClusters.find(outer));
    }

    private String label(String iri) {
        Entity e = m.entities.get(iri);
        return e == null ? iri : e.label();
    }

    private String labels(Set<String> iris) {
        List<String> out = new ArrayList<>();
        iris.forEach(i -> out.add(label(i)));
        return String.join(", ", out);
    }

    /**
     * Share of the shorter text's content words (four letters or more) found in the other,
     * zero unless two or more are shared: one report often paraphrases part of another.
     */
    static double words(String x, String y) {
        Function<String, Set<String>> content = t -> {
            Set<String> out = new LinkedHashSet<>();
            if (t != null) {
                for (String w : NameKey.fold(t).split(" ")) {
                    if (w.length() >= 4) {
                        out.add(w);
                    }
                }
            }
            return out;
        };
        Set<String> a = content.apply(x);
        Set<String> b = content.apply(y);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both.size() < 2 ? 0 : both.size() / (double) Math.min(a.size(), b.size());
    }

    /** Union-find over IRIs, keeping each cluster's members and the articles that describe them. */
    static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, List<String>> members = new HashMap<>();
        /** The articles of each cluster of two or more, kept as clusters join: a much-cited cluster is asked often. */
        private final Map<String, Set<String>> articles = new HashMap<>();
        private final Function<String, Set<String>> articlesOf;

        Clusters(Function<String, Set<String>> articlesOf) {
            this.articlesOf = articlesOf;
        }

        String find(String x) {
            String p = parent.get(x);
            if (p == null || p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            // The smaller IRI becomes the root, so roots do not depend on the order of unions.
            String root = ra.compareTo(rb) < 0 ? ra : rb;
            String other = root.equals(ra) ? rb : ra;
            Set<String> rootArticles = articles(root);
            Set<String> otherArticles = articles(other);
            parent.put(other, root);
            parent.putIfAbsent(root, root);
            List<String> into = members.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
            into.addAll(members.getOrDefault(other, List.of(other)));
            members.remove(other);
            // Grow the larger set of articles, which this class owns once a cluster has two members.
            boolean rootOwned = articles.containsKey(root);
            boolean otherOwned = articles.remove(other) != null;
            Set<String> merged;
            if (otherOwned && (!rootOwned || otherArticles.size() > rootArticles.size())) {
                merged = otherArticles;
                merged.addAll(rootArticles);
            } else if (rootOwned) {
                merged = rootArticles;
                merged.addAll(otherArticles);
            } else {
                merged = new java.util.HashSet<>(rootArticles);
                merged.addAll(otherArticles);
            }
            articles.put(root, merged);
        }

        boolean same(String a, String b) {
            return find(a).equals(find(b));
        }

        List<String> members(String x) {
            return members.getOrDefault(find(x), List.of(x));
        }

        Set<String> articles(String x) {
            String root = find(x);
            Set<String> kept = articles.get(root);
            return kept != null ? kept : articlesOf.apply(root);
        }

        /** Every cluster of two or more members, by root, members sorted. */
        Map<String, List<String>> groups() {
            Map<String, List<String>> out = new TreeMap<>();
            members.forEach((root, list) -> {
                List<String> sorted = new ArrayList<>(new LinkedHashSet<>(list));
                sorted.sort(Comparator.naturalOrder());
                out.put(root, sorted);
            });
            return out;
        }
    }
}
