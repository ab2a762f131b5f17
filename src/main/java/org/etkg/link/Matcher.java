package org.etkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.etkg.model.NameKey;

/**
 * Finds and scores identity candidates between our entities and a target's, in the manner
 * of Silk and LIMES: block on shared name parts, compare every label pair, then let context
 * (country, post, being a country) confirm or contradict. A name alone never makes an
 * owl:sameAs: without confirming context the score stays below the accept threshold.
 */
public final class Matcher {
    /** At most this many review candidates per entity. */
    private static final int MAX_REVIEW = 5;

    private final double accept;
    private final double review;

    public Matcher(double accept, double review) {
        this.accept = accept;
        this.review = review;
    }

    /** Candidates at or above the review threshold, leaving out pairs already decided. */
    public List<Candidate> match(List<LinkEntity> ours, List<LinkEntity> targets, Set<String> decidedPairs) {
        Map<String, List<LinkEntity>> index = new HashMap<>();
        for (LinkEntity t : targets) {
            Set<String> keys = new LinkedHashSet<>();
            t.labels().forEach(l -> keys.addAll(NameKey.phoneticWords(l)));
            keys.forEach(k -> index.computeIfAbsent(t.kind() + " " + k, x -> new ArrayList<>()).add(t));
        }
        List<Candidate> all = new ArrayList<>();
        for (LinkEntity o : ours) {
            Set<LinkEntity> block = new LinkedHashSet<>();
            o.labels().forEach(l -> NameKey.phoneticWords(l)
                    .forEach(k -> block.addAll(index.getOrDefault(o.kind() + " " + k, List.of()))));
            List<Candidate> mine = new ArrayList<>();
            for (LinkEntity t : block) {
                if (decidedPairs.contains(pair(o.iri(), t.iri()))) {
                    continue;
                }
                Candidate c = score(o, t);
                if (c != null && c.score() >= review) {
                    mine.add(c);
                }
            }
            mine.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.target().iri()));
            all.addAll(settle(mine));
        }
        all.sort(Comparator.comparing((Candidate c) -> c.ours().label()).thenComparing(c -> c.ours().iri())
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()).thenComparing(c -> c.target().iri()));
        return all;
    }

    /** One accepted link per entity at most: two equally good targets both go to review. */
    private List<Candidate> settle(List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        long accepted = sorted.stream().filter(c -> c.status() == Candidate.Status.ACCEPTED).count();
        for (Candidate c : sorted) {
            if (c.status() == Candidate.Status.ACCEPTED && accepted > 1) {
                List<String> context = new ArrayList<>(c.context());
                context.add("another target fits as well: needs review");
                c = new Candidate(c.ours(), c.target(), Math.min(c.score(), accept - 0.01), Candidate.Status.REVIEW,
                        c.ourLabel(), c.targetLabel(), c.labelMethod(), c.labelScore(), context);
            }
            if (c.status() == Candidate.Status.ACCEPTED || out.stream().filter(x -> x.status() == Candidate.Status.REVIEW).count() < MAX_REVIEW) {
                out.add(c);
            }
        }
        return out;
    }

    public static String pair(String ours, String target) {
        return ours + " " + target;
    }

    Candidate score(LinkEntity o, LinkEntity t) {
        if (o.kind() != t.kind()) {
            return null;
        }
        double best = 0;
        String method = null;
        String ourLabel = null;
        String targetLabel = null;
        for (String a : o.labels()) {
            for (String b : t.labels()) {
                double s;
                String m;
                if (NameKey.fold(a).equals(NameKey.fold(b))) {
                    s = 0.92;
                    m = "same label";
                } else if (NameKey.normalized(a).equals(NameKey.normalized(b)) && !NameKey.normalized(a).isEmpty()) {
                    s = 0.90;
                    m = "same name without honorific";
                } else if (NameKey.phonetic(a).equals(NameKey.phonetic(b)) && !NameKey.phonetic(a).isEmpty()) {
                    s = 0.85;
                    m = "transliteration variant";
                } else {
                    double j = NameKey.overlap(a, b);
                    if (j < 0.5) {
                        continue;
                    }
                    s = 0.55 + 0.25 * j;
                    m = String.format("shared name parts (%.0f%%)", j * 100);
                }
                if (s > best) {
                    best = s;
                    method = m;
                    ourLabel = a;
                    targetLabel = b;
                }
            }
        }
        if (method == null) {
            return null;
        }
        List<String> context = new ArrayList<>();
        double score = best;
        boolean confirmed = false;
        if (o.kind() == LinkType.PLACE && o.isCountry() && t.isCountry()) {
            score += 0.06;
            context.add("both are countries");
            confirmed = true;
        } else if (o.kind() == LinkType.PLACE && o.isCountry() != t.isCountry()) {
            score -= 0.2;
            context.add(o.isCountry() ? "ours is a country, the target is not" : "the target is a country, ours is not");
        } else if (!o.country().isEmpty() && !t.country().isEmpty()) {
            Set<String> shared = new LinkedHashSet<>(o.country());
            shared.retainAll(t.country());
            if (shared.isEmpty()) {
                score -= 0.4;
                context.add("country differs (" + shorten(t.country()) + ")");
            } else {
                score += o.kind() == LinkType.PERSON ? 0.04 : 0.08;
                context.add("country agrees (" + shorten(shared) + ")");
                confirmed = o.kind() != LinkType.PERSON;
            }
        }
        if (o.kind() == LinkType.PERSON && !o.positions().isEmpty() && !t.positions().isEmpty()) {
            NameKey.BestPair post = NameKey.bestPair(o.positions(), t.positions(), NameKey::overlap);
            if (post.score() >= 0.5) {
                score += 0.1;
                context.add("post agrees: " + post.shown());
                confirmed = true;
            } else {
                score -= 0.15;
                context.add("post differs: “" + t.positions().get(0) + "”");
                confirmed = false;
            }
        }
        if (!confirmed && score >= accept) {
            score = accept - 0.01;
            context.add("name only: needs review");
        }
        score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
        Candidate.Status status = score >= accept ? Candidate.Status.ACCEPTED : Candidate.Status.REVIEW;
        return new Candidate(o, t, score, status, ourLabel, targetLabel, method, best, context);
    }

    private static String shorten(Set<String> iris) {
        List<String> out = new ArrayList<>();
        for (String i : iris) {
            out.add(i.replace("http://www.wikidata.org/entity/", "wd:").replace("http://sws.geonames.org/", "gn:"));
        }
        out.sort(Comparator.naturalOrder());
        return String.join(", ", out);
    }
}
