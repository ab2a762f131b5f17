package org.etkg.timeline;

import java.time.LocalDate;

/**
 * What to show: a date range (inclusive; null for open), an actor and a place, each given
 * as an IRI or as a name that matches a label or an alternative label. All may be null.
 */
public record TimelineFilter(LocalDate from, LocalDate to, String actor, String place) {
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, null);
    }
}
