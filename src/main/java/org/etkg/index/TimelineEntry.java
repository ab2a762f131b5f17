package org.etkg.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.etkg.model.PlacedBy;

/**
 * One row of a timeline: an event or statement with its time as written and as
 * resolved, its bounds, place, participants, source and evidence. Optional parts are null.
 *
 * @param writtenYear  the year the article writes (null when it writes none)
 * @param anchor       the date the entry is placed at: its resolved date, else a bound, else
 *                     the date of an event it is related to; null when nothing places it
 * @param placedBy     how the anchor was found
 * @param earliest     earliest possible date (resolved begin, or derived from "after")
 * @param latest       latest possible date (resolved end, or derived from "before")
 * @param source       who the article says reports it; "the article" when the article itself does
 * @param placeLane    the place as one identity (its cluster from resolve, every spelling); null until a
 *                     page adds it, as it is not part of the index (resolve may run after a load)
 * @param context      the quote in its sentence and paragraph, with the article's headline; null until a
 *                     page adds it (the index keeps the quote alone, the store the article's text)
 */
public record TimelineEntry(String iri, String label, boolean statement, String type,
                            String asWritten, Integer writtenYear, Integer writtenMonth, Integer writtenDay,
                            LocalDate date, LocalDate begin, LocalDate end,
                            LocalDate earliest, LocalDate latest, List<Relation> relations,
                            String resolvedBy, LocalDate anchor, PlacedBy placedBy,
                            String placeIri, String place, List<Participant> participants,
                            String sourceIri, String source, String modality, String text,
                            String quote, int quoteStart, String partOf, String partOfLabel, String article,
                            Reports reports, Lane placeLane, Context context) {
    public TimelineEntry {
        relations = List.copyOf(relations);
        participants = List.copyOf(participants);
    }

    /** A builder of an entry of the event or statement {@code iri}, its parts set by name. */
    public static TimelineEntryBuilder builder(String iri) {
        return new TimelineEntryBuilder(iri);
    }

    /** A builder holding every part of this entry, to change some. */
    public TimelineEntryBuilder toBuilder() {
        return TimelineEntryBuilder.from(this);
    }

    /**
     * The reports an entry stands for: one, or every member of a cluster of the same event
     * (data model, pattern 10), with what their sources say differently.
     *
     * @param sameAs      the IRIs of the members, the entry's own included
     * @param articles    the articles that report it
     * @param differences where the sources disagree, each value with its source ("date: 16 Apr per A; 17 Apr per B")
     * @param members     each report's own entry, as its article tells it (empty for an entry of one report)
     */
    public record Reports(List<String> sameAs, List<String> articles, List<String> differences, List<TimelineEntry> members) {
        public Reports {
            sameAs = List.copyOf(sameAs);
            articles = List.copyOf(articles);
            differences = List.copyOf(differences);
            members = List.copyOf(members);
        }
    }

    /** The same entry standing for the given reports. */
    public TimelineEntry withReports(Reports r) {
        return toBuilder().reports(r).build();
    }

    /** The same entry with its participants and place as identities (see {@link Lane}). */
    public TimelineEntry withLanes(List<Participant> who, Lane where, Reports r) {
        return toBuilder().participants(who).placeLane(where).reports(r).build();
    }

    /** The same entry with its evidence in context, and its reports'. */
    public TimelineEntry withContext(Context c, Reports r) {
        return toBuilder().context(c).reports(r).build();
    }

    /**
     * The evidence quote where the article has it: the paragraph, the sentence within it and the
     * quote within that (offsets into {@code paragraph}, end exclusive), with the article's
     * headline, outlet and date (each null when the store does not have it).
     */
    public record Context(String headline, String outlet, String published, String paragraph,
                          int sentenceStart, int sentenceEnd, int quoteStart, int quoteEnd) {
    }

    /**
     * One identity as a timeline shows it: the cluster resolve found (or the resource alone),
     * named by its representative's label, with every spelling the articles use.
     *
     * @param iri       the representative's IRI: what a lane is keyed by
     * @param label     the representative's label
     * @param spellings each member's label in each article that gives it
     * @param point     where the identity is, for a place whose cluster has coordinates (a map draws it); else null
     */
    public record Lane(String iri, String label, List<Spelling> spellings, org.etkg.rdf.WktPoint point) {
        public Lane {
            spellings = List.copyOf(spellings);
        }

        /** An identity without coordinates (a person, an organisation, a place nobody located). */
        public Lane(String iri, String label, List<Spelling> spellings) {
            this(iri, label, spellings, null);
        }

        public Lane withPoint(org.etkg.rdf.WktPoint p) {
            return new Lane(iri, label, spellings, p);
        }
    }

    /** A label a member of a cluster has in one article (article and headline null for a dataset). */
    public record Spelling(String iri, String label, String article, String headline) {
    }

    /**
     * How the entry's time relates to another entry's: "before", "after" or "coincidesWith",
     * with the other's label and the least gap written ("P15M"); the writers put it in words.
     */
    public record Relation(String kind, String other, String otherLabel, String minimumGap) {
    }

    /**
     * An actor and the role it plays; {@code label} is the article's spelling, {@code lane} the
     * identity it belongs to (null until a page adds it).
     */
    public record Participant(String iri, String label, String role, Lane lane) {
        public Participant(String iri, String label, String role) {
            this(iri, label, role, null);
        }

        /** The name a view shows: the identity's, else the article's spelling. */
        public String name() {
            return lane == null ? label : lane.label();
        }

        public Participant withLane(Lane l) {
            return new Participant(iri, label, role, l);
        }

        @Override
        public String toString() {
            return name() + " (" + role + ")";
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
