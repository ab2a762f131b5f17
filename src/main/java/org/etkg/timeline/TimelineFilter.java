package org.etkg.timeline;

import java.time.LocalDate;

import org.etkg.EtkgException;
import org.etkg.model.PartialDate;

/**
 * What to show: a date range (inclusive; null for open), an actor and a place, each given
 * as an IRI or as a name that matches a label or an alternative label, an event type (its
 * id, label or IRI; narrower types count) and a modality (its id, label or IRI). All may be null.
 */
public record TimelineFilter(LocalDate from, LocalDate to, String actor, String place, String type, String modality) {
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, null, null, null);
    }

    public TimelineFilter(LocalDate from, LocalDate to, String actor, String place) {
        this(from, to, actor, place, null, null);
    }

    /**
     * The filter a user asked for, dates as typed (YYYY-MM-DD, YYYY-MM or YYYY; a month or year
     * runs from its first day to its last), checked; messages name the options with
     * {@code dashes} before them ("--" on the command line, "" for the HTTP parameters).
     */
    public static TimelineFilter of(String from, String to, String actor, String place, String type, String modality,
                                    String dashes) {
        LocalDate start = date(from, dashes + "from", false);
        LocalDate end = date(to, dashes + "to", true);
        if (start != null && end != null && end.isBefore(start)) {
            throw EtkgException.usage(dashes + "to " + to + " is before " + dashes + "from " + from);
        }
        return new TimelineFilter(start, end, blankToNull(actor), blankToNull(place), blankToNull(type), blankToNull(modality));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A day, or the first (or last) day of a month or year. */
    private static LocalDate date(String text, String option, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PartialDate d;
        try {
            d = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw EtkgException.usage(option + ": " + e.getMessage());
        }
        if (d.year().isEmpty()) {
            throw EtkgException.usage(option + " needs a year: " + text);
        }
        int y = d.year().get();
        if (d.day().isPresent()) {
            return d.toLocalDate().orElseThrow();
        }
        if (d.month().isPresent()) {
            LocalDate first = LocalDate.of(y, d.month().get(), 1);
            return end ? first.plusMonths(1).minusDays(1) : first;
        }
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }
}
