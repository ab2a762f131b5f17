package org.etkg.eventdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.etkg.link.Candidate;
import org.etkg.link.LinkType;
import org.etkg.link.LinkEntity;
import org.etkg.model.NameKey;
import org.etkg.load.GdeltFile;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;

/**
 * Proposes links between our events and an event dataset's (GDELT rows), compared only within a
 * day of each other (blocking by day). A pair is a candidate only when nothing rules it out: the
 * days are at most one apart, the CAMEO root is the same, the actors' countries do not disagree,
 * and the action places are within 50 km of each other (or one is the country of the other). It is
 * then scored by how closely day, code, countries and place agree.
 */
public final class EventLinker {
    static final double MAX_KM = 50;

    /** A target's event: enough of a GDELT row to compare. */
    public record TargetEvent(String iri, String label, LocalDate day, String code, Set<String> countries,
                              String place, String fips, Double lat, Double lon) {
    }

    private final double accept;
    private final double review;

    public EventLinker(double accept, double review) {
        this.accept = accept;
        this.review = review;
    }

    /** The rows of a GDELT 2.0 event file (plain or zipped), read straight from the text. */
    public static List<TargetEvent> readGdelt(Path file, IriScheme iris) {
        List<TargetEvent> events = new ArrayList<>();
        GdeltFile.rows(file, (lineNo, f) -> {
            if (f.length != GdeltFile.COLUMNS) {
                throw new DataError(new Location(file.toString(), lineNo, 1), "not a GDELT 2.0 event row ("
                        + f.length + " columns; " + GdeltFile.COLUMNS + " with an SQLDATE are expected)");
            }
            LocalDate day = GdeltFile.day(file, lineNo, f);
            Set<String> countries = new LinkedHashSet<>();
            for (int c : new int[] {7, 17}) {
                if (!f[c].isEmpty()) {
                    countries.add(f[c]);
                }
            }
            events.add(new TargetEvent(iris.gdelt("event/" + f[0]).getURI(), "GDELT " + f[0] + " " + f[26] + " " + f[52],
                    day, f[26], countries, f[52].isEmpty() ? null : f[52], f[53].isEmpty() ? null : f[53],
                    number(f[56]), number(f[57])));
        });
        return events;
    }

    private static Double number(String s) {
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<Candidate> link(List<EventRow> ours, List<TargetEvent> targets) {
        Map<LocalDate, List<TargetEvent>> byDay = new HashMap<>();
        for (TargetEvent t : targets) {
            byDay.computeIfAbsent(t.day(), k -> new ArrayList<>()).add(t);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (EventRow o : ours) {
            for (int d = -1; d <= 1; d++) {
                for (TargetEvent t : byDay.getOrDefault(o.day().plusDays(d), List.of())) {
                    Candidate c = compare(o, t, d);
                    if (c != null) {
                        candidates.add(c);
                    }
                }
            }
        }
        candidates.sort(java.util.Comparator.comparing((Candidate c) -> c.ours().iri())
                .thenComparing(java.util.Comparator.comparingDouble(Candidate::score).reversed()).thenComparing(c -> c.target().iri()));
        return candidates;
    }

    private Candidate compare(EventRow o, TargetEvent t, int dayOffset) {
        if (!t.code().startsWith(o.rootCode())) {
            return null; // another root category
        }
        List<String> context = new ArrayList<>();
        double day = dayOffset == 0 ? 1.0 : 0.6;
        context.add(dayOffset == 0 ? "same day " + o.day() : "a day apart (" + o.day() + ", " + t.day() + ")");
        double code = t.code().equals(o.cameoCode()) ? 1.0 : t.code().startsWith(o.baseCode()) ? 0.8 : 0.6;
        context.add(code == 1.0 ? "same CAMEO code " + o.cameoCode() : code == 0.8 ? "same base code " + o.baseCode()
                : "same root " + o.rootCode() + " (" + o.cameoCode() + ", " + t.code() + ")");
        Set<String> ourCountries = new LinkedHashSet<>();
        for (EventRow.Actor a : new EventRow.Actor[] {o.actor1(), o.actor2()}) {
            if (a != null && a.countryIso3() != null) {
                ourCountries.add(a.countryIso3());
            }
        }
        double countries;
        if (ourCountries.isEmpty() || t.countries().isEmpty()) {
            countries = 0.5;
            context.add("countries unknown on one side");
        } else {
            Set<String> shared = new LinkedHashSet<>(ourCountries);
            shared.retainAll(t.countries());
            if (shared.isEmpty()) {
                return null; // another country pair
            }
            countries = shared.size() == Math.max(ourCountries.size(), t.countries().size()) ? 1.0 : 0.7;
            context.add("countries " + String.join("+", ourCountries) + " ~ " + String.join("+", t.countries()));
        }
        double place;
        EventRow.Geo g = o.actionGeo();
        if (g != null && g.lat() != null && t.lat() != null && t.lon() != null) {
            double km = km(g.lat(), g.lon(), t.lat(), t.lon());
            if (km > MAX_KM) {
                return null; // another city
            }
            place = 1.0;
            context.add(String.format(Locale.ROOT, "places %.1f km apart", km));
        } else if (g != null && g.countryFips() != null && t.fips() != null) {
            if (!g.countryFips().equals(t.fips())) {
                return null; // another country
            }
            if (g.name() != null && t.place() != null
                    && NameKey.normalized(g.name()).equals(NameKey.normalized(t.place().split(",")[0]))) {
                place = 1.0;
                context.add("the same place by name, " + g.name() + " (" + t.fips() + ")");
                return candidate(o, t, day, code, countries, place, context);
            }
            // Only the country to compare: another city of it cannot be ruled out, so never enough for owl:sameAs.
            place = 0.4;
            context.add("the same country (" + t.fips() + "), one place inside the other or no coordinates to compare");
        } else {
            place = 0.4;
            context.add("no place to compare");
        }
        return candidate(o, t, day, code, countries, place, context);
    }

    private Candidate candidate(EventRow o, TargetEvent t, double day, double code, double countries, double place,
                                List<String> context) {
        double score = 0.3 * day + 0.3 * code + 0.2 * countries + 0.2 * place;
        if (score < review) {
            return null;
        }
        Candidate.Status status = score >= accept ? Candidate.Status.ACCEPTED : Candidate.Status.REVIEW;
        LinkEntity ours = new LinkEntity(o.iri(), LinkType.EVENT, List.of(o.label() == null ? o.iri() : o.label()),
                Set.of(), false, List.of(), false, o.cameoCode() + " " + o.day());
        LinkEntity target = new LinkEntity(t.iri(), LinkType.EVENT, List.of(t.label()), Set.of(), false, List.of(), false,
                t.code() + " " + t.day());
        return new Candidate(ours, target, Math.round(score * 1000) / 1000.0, status, o.cameoCode() + " " + o.day(),
                t.code() + " " + t.day(), "event", code, context);
    }

    /** Great-circle distance in kilometres. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
