package org.etkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import org.etkg.load.FactsReader;
import org.etkg.model.ArticleFacts;
import org.etkg.model.Event;
import org.etkg.model.OutsideFacts;
import org.etkg.model.Participation;
import org.etkg.model.PartialDate;
import org.etkg.model.Ref;

/**
 * What issue 25 measures beyond matching (DraftQuality matches the items first): events right in
 * type and participants, days, modality, duplicates, and the kinds of error counted one by one.
 *
 * <ul>
 *   <li>events by type and participants: a drafted event matched to a hand event (same type, same
 *       words or same day and place) that names every participant the hand event names;</li>
 *   <li>dates: hand events and statements whose day the text gives with the publication date (a
 *       written time that is no bound, in an article with a publication date or written with its
 *       year, and an outside date or begin), right when the draft gives the same day (its outside
 *       date or begin, or a full date; for an interval, the same first or last day);</li>
 *   <li>modality: matched events and statements, right when both say the same (none is asserted);</li>
 *   <li>duplicate: a drafted event matched to nothing, of the type of a hand event another drafted
 *       event already stands for, with the same place, a participant in common, or its words in the
 *       same sentence as the hand event's ("talks", "discussed" beside "called on");</li>
 *   <li>deadline as day: a hand event whose time is a bound ("before April 15", "by the end of",
 *       "within", only an earliest or latest day outside) that the draft gives a day;</li>
 *   <li>plan as held: a matched event or statement the hand calls expected or promised and the draft
 *       does not;</li>
 *   <li>missing participant: a participant of a matched hand event or statement the draft leaves out.</li>
 * </ul>
 */
public final class DraftErrors {
    private static final Pattern BOUND = Pattern.compile(
            "(?i)^(before|by|within|until|till|no later than|since|after|later|at the end of|in \\w+ or \\w+)\\b.*");
    private static final Set<String> PLANNED = Set.of("expected", "promised");

    /** The figures of one article, or of several added up. */
    public record Counts(int strictEvents, int draftedEvents, int handEvents,
                         int datesRight, int datesCounted, int modalityRight, int modalityCounted,
                         int duplicates, int deadlineAsDay, int planAsHeld, int missingParticipants) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(strictEvents + o.strictEvents, draftedEvents + o.draftedEvents, handEvents + o.handEvents,
                    datesRight + o.datesRight, datesCounted + o.datesCounted, modalityRight + o.modalityRight,
                    modalityCounted + o.modalityCounted, duplicates + o.duplicates, deadlineAsDay + o.deadlineAsDay,
                    planAsHeld + o.planAsHeld, missingParticipants + o.missingParticipants);
        }

        /** F1 of events matched in type and with all their participants. */
        public double eventF1() {
            return DraftErrors.f1(strictEvents, draftedEvents, handEvents);
        }
    }

    private DraftErrors() {
    }

    static double f1(int found, int drafted, int hand) {
        if (drafted == 0 && hand == 0) {
            return 1;
        }
        return drafted + hand == 0 ? 0 : 2.0 * found / (drafted + hand);
    }

    /**
     * @param entityMatch drafted entity id to hand entity id
     * @param matched     drafted event or statement id to hand event or statement id
     */
    static Counts count(Path handFolder, Path draftFolder, ArticleFacts hand, ArticleFacts draft,
                        Map<String, String> entityMatch, Map<String, String> matched, BiPredicate<String, String> sameType,
                        BiPredicate<Event, Event> sameSentence) {
        Map<String, Days> handDays = new HashMap<>();
        Set<String> handBounds = new HashSet<>();
        outsideDays(handFolder, handDays, handBounds);
        Map<String, Days> draftDays = new HashMap<>();
        outsideDays(draftFolder, draftDays, new HashSet<>());
        for (Event e : draft.events()) {
            fullDate(e).ifPresent(d -> draftDays.putIfAbsent(e.id(), new Days(d, d)));
        }
        Map<String, Event> handById = new HashMap<>();
        hand.events().forEach(e -> handById.put(e.id(), e));
        Map<String, String> handToDraft = new HashMap<>();
        matched.forEach((d, h) -> handToDraft.put(h, d));
        Map<String, Event> draftById = new HashMap<>();
        draft.events().forEach(e -> draftById.put(e.id(), e));

        int strict = 0;
        int drafted = (int) draft.events().stream().filter(e -> e.statement().isEmpty()).count();
        int handEvents = (int) hand.events().stream().filter(e -> e.statement().isEmpty()).count();
        int datesRight = 0;
        int datesCounted = 0;
        int modalityRight = 0;
        int modalityCounted = 0;
        int deadlineAsDay = 0;
        int planAsHeld = 0;
        int missing = 0;
        for (Event h : hand.events()) {
            Event d = handToDraft.containsKey(h.id()) ? draftById.get(handToDraft.get(h.id())) : null;
            if (dayGivenByText(hand, h) && handDays.containsKey(h.id())) {
                datesCounted++;
                if (d != null && handDays.get(h.id()).agree(draftDays.get(d.id()))) {
                    datesRight++;
                }
            }
            if (d == null) {
                continue;
            }
            if (isBound(h, handDays, handBounds) && draftDays.containsKey(d.id())) {
                deadlineAsDay++;
            }
            String hm = modality(h);
            String dm = modality(d);
            modalityCounted++;
            if (hm.equals(dm)) {
                modalityRight++;
            } else if (PLANNED.contains(hm) && !PLANNED.contains(dm)) {
                planAsHeld++;
            }
            Set<String> draftActors = new HashSet<>();
            for (Participation p : d.participants()) {
                draftActors.add(entityMatch.getOrDefault(p.actor().id(), "unmatched:" + p.actor().id()));
            }
            if (d.statement().isPresent() && d.statement().get().speaker() != null) {
                draftActors.add(entityMatch.getOrDefault(d.statement().get().speaker().id(), "unmatched"));
            }
            int lost = 0;
            for (Participation p : h.participants()) {
                if (!draftActors.contains(p.actor().id())) {
                    lost++;
                }
            }
            missing += lost;
            if (h.statement().isEmpty() && lost == 0) {
                strict++;
            }
        }
        int duplicates = 0;
        for (Event d : draft.events()) {
            if (d.statement().isPresent() || matched.containsKey(d.id())) {
                continue;
            }
            for (Event h : hand.events()) {
                if (h.statement().isEmpty() && handToDraft.containsKey(h.id()) && sameType.test(d.type().id(), h.type().id())
                        && (samePlace(d, h, entityMatch) || shareActor(d, h, entityMatch) || sameSentence.test(d, h))) {
                    duplicates++;
                    break;
                }
            }
        }
        return new Counts(strict, drafted, handEvents, datesRight, datesCounted, modalityRight, modalityCounted,
                duplicates, deadlineAsDay, planAsHeld, missing);
    }

    /** The text writes a time that is no bound, and gives the day with the publication date or its own year. */
    private static boolean dayGivenByText(ArticleFacts article, Event h) {
        if (h.time() == null || BOUND.matcher(h.time().written().strip()).matches()) {
            return false;
        }
        PartialDate written = h.time().date();
        if (written != null && written.day().isEmpty()) {
            return false;
        }
        return article.datePublished() != null || written != null && written.year().isPresent();
    }

    /** Some words of a and some of b in one sentence: no full stop, question or exclamation mark, or line break between them. */
    static boolean sameSentence(String text, List<int[]> a, List<int[]> b) {
        for (int[] x : a) {
            for (int[] y : b) {
                int from = Math.min(x[1], y[1]);
                int to = Math.max(x[0], y[0]);
                if (from >= to || !text.substring(from, to).matches("(?s).*([.!?]\\s|\\n).*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text writes a time, and it is a bound: by its words, or by the outside facts giving only an earliest or latest day. */
    private static boolean isBound(Event h, Map<String, Days> days, Set<String> bounds) {
        return h.time() != null && (BOUND.matcher(h.time().written().strip()).matches()
                || bounds.contains(h.id()) && !days.containsKey(h.id()));
    }

    private static String modality(Event e) {
        return e.modality() == null ? "asserted" : e.modality().id();
    }

    private static boolean samePlace(Event d, Event h, Map<String, String> entityMatch) {
        return d.place() != null && h.place() != null && h.place().id().equals(entityMatch.get(d.place().id()));
    }

    private static boolean shareActor(Event d, Event h, Map<String, String> entityMatch) {
        Set<String> handActors = new HashSet<>();
        h.participants().forEach(p -> handActors.add(p.actor().id()));
        return d.participants().stream().map(Participation::actor).map(Ref::id).map(entityMatch::get).anyMatch(handActors::contains);
    }

    private static java.util.Optional<LocalDate> fullDate(Event e) {
        if (e.time() == null || e.time().date() == null) {
            return java.util.Optional.empty();
        }
        return e.time().date().toLocalDate();
    }

    /** A day, or the first and last days of an interval. */
    private record Days(LocalDate begin, LocalDate end) {
        /** The same day; for an interval, the same first day, or the same last day. */
        boolean agree(Days drafted) {
            return drafted != null && (begin.equals(drafted.begin) || !end.equals(begin) && end.equals(drafted.end));
        }
    }

    /** The days (date, or begin and end) and the bounds only (earliest begin, latest end) an outside-facts file gives its events. */
    private static void outsideDays(Path folder, Map<String, Days> days, Set<String> bounds) {
        Path file = folder.resolve("outside-facts.yaml");
        if (!Files.exists(file)) {
            return;
        }
        OutsideFacts outside = FactsReader.readOutsideFacts(file);
        for (OutsideFacts.Fact f : outside.facts()) {
            if (f.event() == null) {
                continue;
            }
            String day = f.date() != null ? f.date() : f.begin();
            if (day != null) {
                String last = f.date() != null ? f.date() : f.end() != null ? f.end() : f.begin();
                days.putIfAbsent(f.event().id(), new Days(LocalDate.parse(day), LocalDate.parse(last)));
            } else if (f.earliestBegin() != null || f.latestEnd() != null) {
                bounds.add(f.event().id());
            }
        }
    }
}
