package org.etkg.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Facts about an article's events and entities that come from other sources (reports,
 * registries), each kept in the named graph of its source.
 */
public record OutsideFacts(Path file, String articleId, List<Source> sources, List<Fact> facts) {
    public OutsideFacts {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
    }

    /** A source: a report, a registry of identifiers, a compilation. Optional parts are null. */
    public record Source(String id, String kind, String label, String url, String publisher,
                         String quote, String comment, String linkMethod, boolean unconfirmed,
                         Location location) {
    }

    /**
     * One fact about an event ({@code event}) or an entity ({@code entity}), attested by
     * {@code sources}. Dates are full dates ("2025-04-16"); optional parts are null or empty.
     */
    public record Fact(Ref event, Ref entity, List<Ref> sources,
                       String date, String begin, String end,
                       String earliestBegin, String latestEnd,
                       Ref place, String note, String sameAs, Double lat, Double lon,
                       List<String> altLabels, String datePublished, String headline,
                       Location location) {
        public Fact {
            sources = List.copyOf(sources);
            altLabels = List.copyOf(altLabels);
        }
    }
}
