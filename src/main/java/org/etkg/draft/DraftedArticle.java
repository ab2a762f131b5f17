package org.etkg.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.etkg.model.EntityKind;

/**
 * What a drafter read in one article: entities, events and statements, each with the span of
 * the article's words that supports it and what the drafter was unsure of. Spans are char
 * offsets into the article's text; references between items are by id.
 */
public record DraftedArticle(List<Entity> entities, List<Event> events, List<OutsideDate> outsideDates) {

    public DraftedArticle {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        outsideDates = List.copyOf(outsideDates);
    }

    /** Words of the article: [start, end) in chars. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
            }
        }

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    public record Entity(String id, EntityKind kind, String label, Span quote, List<String> altLabels,
                         List<String> holds, List<String> memberOf, String postIn, String within,
                         String delegationOf, List<String> checks) {
        public Entity {
            Objects.requireNonNull(id);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(label);
            altLabels = List.copyOf(altLabels);
            holds = List.copyOf(holds);
            memberOf = List.copyOf(memberOf);
            checks = List.copyOf(checks);
        }

        Entity renamed(Map<String, String> ids) {
            return new Entity(ids.getOrDefault(id, id), kind, label, quote, altLabels, rename(holds, ids),
                    rename(memberOf, ids), rename(postIn, ids), rename(within, ids), rename(delegationOf, ids), checks);
        }

        Entity without(String gone) {
            return new Entity(id, kind, label, quote, altLabels, holds.stream().filter(h -> !h.equals(gone)).toList(),
                    memberOf.stream().filter(h -> !h.equals(gone)).toList(), gone.equals(postIn) ? null : postIn,
                    gone.equals(within) ? null : within, gone.equals(delegationOf) ? null : delegationOf, checks);
        }
    }

    /**
     * A time as the article writes it; {@code date} is a partial date (YYYY-MM-DD, --MM-DD, YYYY-MM) or null;
     * {@code interval} when the text gives the event a span ("a three-day visit").
     */
    public record Time(String written, String date, boolean interval) {
        public Time(String written, String date) {
            this(written, date, false);
        }

        public Time asInterval() {
            return new Time(written, date, true);
        }
    }

    public record Participant(String actor, String role, Span quote) {
    }

    /** A statement's own parts: its words, whether quoted directly, who said it, who reports it. */
    public record Statement(String text, boolean direct, String speaker, String modality, String accordingTo) {
    }

    public record Event(String id, String type, String label, Span quote, String place, Time time,
                        List<Participant> participants, String series, Integer ordinal, String partOf,
                        Statement statement, List<String> checks, String modality) {
        /** {@code modality} of an event that is not a statement: null when the text tells it as held (asserted). */
        public Event {
            Objects.requireNonNull(id);
            Objects.requireNonNull(type);
            Objects.requireNonNull(quote);
            participants = List.copyOf(participants);
            checks = List.copyOf(checks);
        }

        public Event(String id, String type, String label, Span quote, String place, Time time,
                     List<Participant> participants, String series, Integer ordinal, String partOf,
                     Statement statement, List<String> checks) {
            this(id, type, label, quote, place, time, participants, series, ordinal, partOf, statement, checks, null);
        }

        public Event withModality(String newModality, String check) {
            List<String> more = new java.util.ArrayList<>(checks);
            more.add(check);
            return new Event(id, type, label, quote, place, time, participants, series, ordinal, partOf, statement, more, newModality);
        }

        public boolean isStatement() {
            return statement != null;
        }

        Event renamed(Map<String, String> ids) {
            return new Event(id, type, label, quote, rename(place, ids), time,
                    participants.stream().map(p -> new Participant(ids.getOrDefault(p.actor(), p.actor()), p.role(), p.quote())).toList(),
                    rename(series, ids), ordinal, partOf,
                    statement == null ? null : new Statement(statement.text(), statement.direct(),
                            rename(statement.speaker(), ids), statement.modality(), rename(statement.accordingTo(), ids)),
                    checks, modality);
        }

        Event without(String gone) {
            if (gone.equals(series)) {
                return null;
            }
            List<Participant> kept = participants.stream().filter(p -> !p.actor().equals(gone)).toList();
            Statement s = statement;
            if (s != null && (gone.equals(s.speaker()) || gone.equals(s.accordingTo()))) {
                s = new Statement(s.text(), s.direct(), gone.equals(s.speaker()) ? null : s.speaker(), s.modality(),
                        gone.equals(s.accordingTo()) ? null : s.accordingTo());
            }
            return new Event(id, type, label, quote, gone.equals(place) ? null : place, time, kept, series, ordinal,
                    gone.equals(partOf) ? null : partOf, s, checks, modality);
        }
    }

    /** A date the article does not write in full, resolved against the publication date given to the drafter. */
    public record OutsideDate(String event, String date, String note) {
    }

    /** The same draft with ids replaced (known entities take the store's ids). */
    public DraftedArticle renamed(Map<String, String> ids) {
        return new DraftedArticle(entities.stream().map(e -> e.renamed(ids)).toList(),
                events.stream().map(e -> e.renamed(ids)).toList(), outsideDates);
    }

    /** The draft without one item and every reference to it (an event in a series that is gone goes too). */
    public DraftedArticle without(String id) {
        List<Entity> es = new ArrayList<>();
        for (Entity e : entities) {
            if (!e.id().equals(id)) {
                es.add(e.without(id));
            }
        }
        Map<String, Event> evs = new LinkedHashMap<>();
        for (Event e : events) {
            if (!e.id().equals(id)) {
                Event kept = e.without(id);
                if (kept != null) {
                    evs.put(kept.id(), kept);
                }
            }
        }
        List<OutsideDate> dates = outsideDates.stream().filter(d -> evs.containsKey(d.event())).toList();
        DraftedArticle next = new DraftedArticle(es, List.copyOf(evs.values()), dates);
        // An event dropped with its series leaves references to it behind.
        for (Event e : events) {
            if (!e.id().equals(id) && !evs.containsKey(e.id())) {
                next = next.without(e.id());
            }
        }
        return next;
    }

    private static String rename(String id, Map<String, String> ids) {
        return id == null ? null : ids.getOrDefault(id, id);
    }

    private static List<String> rename(List<String> list, Map<String, String> ids) {
        return list.stream().map(i -> ids.getOrDefault(i, i)).distinct().toList();
    }
}
