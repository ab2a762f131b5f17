package org.etkg.placing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.etkg.model.PlacedBy;

/**
 * Where events stand in time: the timeline's ordering rules, apart from how the facts were
 * collected (from the store for a view, from one article's graphs for the index). An event
 * is placed by its resolved date, else by a date its article writes in full, else by its
 * bounds, else by the event it is related to (after, before, the same time, part of), and
 * what nothing places goes last, in the order its article tells it.
 */
public final class Placing {
    private Placing() {
    }

    /** How one event's time relates to another's: before, after or coincidesWith, with the least gap written ("P15M"). */
    public record Relation(String kind, String other, String gap) {
    }

    /** What the rules read of an event, and what they decide ({@link #anchor} and the rest). */
    public static class Item {
        public String iri;
        public LocalDate date;
        public LocalDate begin;
        public LocalDate end;
        public LocalDate earliestBegin;
        public LocalDate latestEnd;
        public Integer year;
        public Integer month;
        public Integer day;
        public final List<Relation> relations = new ArrayList<>();
        public String partOf;
        /** The article whose words describe it first, and where. */
        public String article;
        public int quoteStart = Integer.MAX_VALUE;

        /** The date it is placed at, or null. */
        public LocalDate anchor;
        /** How it was placed. */
        public PlacedBy placedBy = PlacedBy.NONE;
        /** Order among events placed at the same date: before (-1), with (0) or after (1 and more) what placed them. */
        public int tie;
        public LocalDate earliest;
        public LocalDate latest;

        /** Whether it has an exact resolved date or interval, rather than bounds. */
        public boolean exact() {
            return date != null || begin != null;
        }

        /** The first day it may overlap, for date filters; null when undated. */
        public LocalDate firstDay() {
            return anchor == null ? null : exact() ? anchor : earliest != null ? earliest : anchor;
        }

        /** The last day it may overlap, for date filters; null when undated. */
        public LocalDate lastDay() {
            return anchor == null ? null : exact() ? (end != null ? end : anchor) : latest != null ? latest : anchor;
        }
    }

    /** Time order: placed before undated, by date, then tie, then article and the position of its words. */
    public static final Comparator<Item> ORDER = Comparator.comparing((Item b) -> b.anchor == null)
            .thenComparing(b -> b.anchor, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(b -> b.anchor == null ? 0 : b.tie)
            .thenComparing(b -> b.article == null ? "" : b.article)
            .thenComparingInt(b -> b.quoteStart)
            .thenComparing(b -> b.iri);

    /**
     * A date the article writes stands for itself: written in full ("April 16, 2025") it places
     * the event as firmly as a resolved one; a year or a month alone ("in 2024") bounds it.
     */
    public static void writtenDates(Item b) {
        if (b.date == null && b.begin == null && b.year != null && b.month != null && b.day != null) {
            try {
                b.date = LocalDate.of(b.year, b.month, b.day);
            } catch (DateTimeException e) {
                // The loader refuses impossible dates; nothing to place here.
            }
        } else if (b.date == null && b.begin == null && b.year != null && b.day == null
                && b.earliestBegin == null && b.latestEnd == null) {
            LocalDate start = LocalDate.of(b.year, b.month == null ? 1 : b.month, 1);
            b.earliestBegin = start;
            b.latestEnd = b.month == null ? start.withDayOfYear(start.lengthOfYear()) : start.withDayOfMonth(start.lengthOfMonth());
        }
    }

    /** Decides each item's anchor, tie and bounds; related items are looked up among {@code items} by IRI. */
    public static void place(Map<String, ? extends Item> items) {
        for (Item b : items.values()) {
            if (b.date != null) {
                set(b, b.date, PlacedBy.DATE, 0);
            } else if (b.begin != null) {
                set(b, b.begin, PlacedBy.DATE, 0);
            }
            b.earliest = b.begin != null ? b.begin : b.earliestBegin;
            b.latest = b.end != null ? b.end : b.latestEnd;
        }
        // Each round places the events one more step from a dated one: a chain of n relations needs n rounds.
        for (int round = 0; round <= items.size(); round++) {
            boolean changed = false;
            for (Item b : items.values()) {
                for (Relation r : b.relations) {
                    Item other = items.get(r.other());
                    if (other == null || other.anchor == null) {
                        continue;
                    }
                    if (r.kind().equals("after") && b.earliest == null) {
                        b.earliest = other.anchor;
                        changed = true;
                    } else if (r.kind().equals("before") && b.latest == null) {
                        b.latest = other.anchor;
                        changed = true;
                    }
                }
                if (b.anchor != null) {
                    continue;
                }
                if (b.earliestBegin != null || b.latestEnd != null) {
                    set(b, b.earliestBegin != null ? b.earliestBegin : b.latestEnd, PlacedBy.BOUNDS, b.earliestBegin != null ? 2 : -1);
                    changed = true;
                    continue;
                }
                for (Relation r : b.relations) {
                    Item other = items.get(r.other());
                    if (other != null && other.anchor != null) {
                        // Relative to the other's own tie, so that a chain (A before B before C, all
                        // placed at C's date) keeps its order; after leaves room for C's parts (tie + 1).
                        int tie = switch (r.kind()) {
                            case "after" -> other.tie + 3;
                            case "before" -> other.tie - 1;
                            default -> other.tie;
                        };
                        set(b, other.anchor, PlacedBy.RELATION, tie);
                        changed = true;
                        break;
                    }
                }
                Item whole = b.partOf == null ? null : items.get(b.partOf);
                if (b.anchor == null && whole != null && whole.anchor != null) {
                    set(b, whole.anchor, PlacedBy.RELATION, whole.tie + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    /** The items in time order, each part after its whole when both fall on the same day. */
    public static <T extends Item> List<T> ordered(Map<String, T> items) {
        List<T> out = new ArrayList<>(items.values());
        out.sort(ORDER);
        partsAfterWholes(out, b -> b.partOf == null ? Set.of() : Set.of(b.partOf), b -> b.iri,
                (part, whole) -> Objects.equals(part.anchor, whole.anchor));
        return out;
    }

    /**
     * Moves each part that comes before its whole on the same day to just after it. The list
     * is in time order otherwise; {@code wholesOf} names a part's wholes as {@code idOf} names
     * the entries (a cluster's representative, where several reports are one entry).
     */
    public static <T> void partsAfterWholes(List<T> list, Function<T, Set<String>> wholesOf, Function<T, String> idOf,
                                            BiPredicate<T, T> sameDay) {
        // Linear in the list: parts are few, a store's timeline may hold a million entries.
        for (int pass = 0; pass < 3; pass++) {
            Map<String, Integer> position = null;
            Map<Integer, List<Integer>> followers = new HashMap<>();
            Set<Integer> moved = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Set<String> wholes = wholesOf.apply(list.get(i));
                if (wholes.isEmpty()) {
                    continue;
                }
                if (position == null) {
                    position = new HashMap<>();
                    for (int k = 0; k < list.size(); k++) {
                        position.putIfAbsent(idOf.apply(list.get(k)), k);
                    }
                }
                int to = -1;
                for (String whole : wholes) {
                    Integer j = position.get(whole);
                    if (j != null && j > i && j > to && sameDay.test(list.get(i), list.get(j))) {
                        to = j;
                    }
                }
                if (to >= 0) {
                    moved.add(i);
                    followers.computeIfAbsent(to, k -> new ArrayList<>()).add(i);
                }
            }
            if (moved.isEmpty()) {
                return;
            }
            // Each part goes just after its whole, with the parts that follow it; parts keep their order.
            List<T> out = new ArrayList<>(list.size());
            for (int k = 0; k < list.size(); k++) {
                if (!moved.contains(k)) {
                    emit(k, list, followers, out);
                }
            }
            list.clear();
            list.addAll(out);
        }
    }

    private static <T> void emit(int k, List<T> list, Map<Integer, List<Integer>> followers, List<T> out) {
        out.add(list.get(k));
        for (int f : followers.getOrDefault(k, List.of())) {
            emit(f, list, followers, out);
        }
    }

    /**
     * The sort key: undated last; then the date, the tie, the article, and the position in the
     * article's own order. A space sorts before every character of an IRI, so an article whose
     * IRI begins another's sorts first, as in {@link #ORDER}.
     */
    public static String sortKey(Placing.Item b, int position) {
        String article = b.article == null ? "" : b.article;
        if (b.anchor == null) {
            return String.format(Locale.ROOT, "1 %s %06d", article, position);
        }
        return String.format(Locale.ROOT, "0 %s %05d %s %06d", b.anchor, b.tie + 10_000, article, position);
    }

    private static void set(Item b, LocalDate anchor, PlacedBy how, int tie) {
        b.anchor = anchor;
        b.placedBy = how;
        b.tie = tie;
    }
}
