package org.etkg.timeline;

/**
 * How much of each entry a timeline page reads: what its view shows, and no more. Each level
 * has everything of the one before it.
 */
public enum PageDetail {
    /** Each participant and place as its identity, by the identity's label: the table, CSV and TimelineJS. */
    LABELS,
    /**
     * Also every spelling of each identity with the articles that use it, and each place's
     * coordinates (the rows as a script or a map reads them).
     */
    SPELLINGS,
    /**
     * Also each quote in its sentence and paragraph, with the article's headline, outlet and
     * date: the served and exported pages and {@code --format json}.
     */
    IN_CONTEXT;

    /** The detail a view in this format shows. */
    public static PageDetail of(TimelineFormat format) {
        return format == TimelineFormat.HTML || format == TimelineFormat.JSON ? IN_CONTEXT : LABELS;
    }
}
