package org.etkg.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of a timeline: an event or statement with its time as written and as
 * resolved, its bounds, place, participants, source and evidence. Optional parts are null.
 *
 * @param writtenYear  the year the article writes (null when it writes none)
 * @param anchor       the date the entry is placed at: its resolved date, else a bound, else
 *                     the date of an event it is related to; null when nothing places it
 * @param placedBy     how the anchor was found: "date", "bounds", "relation" or "none"
 * @param earliest     earliest possible date (resolved begin, or derived from "after")
 * @param latest       latest possible date (resolved end, or derived from "before")
 * @param source       who the article says reports it; "the article" when the article itself does
 */
public record TimelineEntry(String iri, String label, boolean statement, String type,
                            String asWritten, Integer writtenYear, Integer writtenMonth, Integer writtenDay,
                            LocalDate date, LocalDate begin, LocalDate end,
                            LocalDate earliest, LocalDate latest, List<String> relations,
                            String resolvedBy, LocalDate anchor, String placedBy,
                            String placeIri, String place, List<Participant> participants,
                            String sourceIri, String source, String modality, String text,
                            String quote, int quoteStart, String partOf, String partOfLabel, String article) {
    public TimelineEntry {
        relations = List.copyOf(relations);
        participants = List.copyOf(participants);
    }

    /** An actor and the role it plays. */
    public record Participant(String iri, String label, String role) {
        @Override
        public String toString() {
            return label + " (" + role + ")";
        }
    }

    public Optional<LocalDate> anchorDate() {
        return Optional.ofNullable(anchor);
    }

    /** Whether the entry has an exact resolved date or interval, rather than bounds. */
    public boolean exact() {
        return date != null || begin != null;
    }
}
