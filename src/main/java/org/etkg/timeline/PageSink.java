package org.etkg.timeline;

import org.etkg.index.TimelineEntry;

/**
 * Takes a page of the timeline as it is read, one entry at a time, inside the store's read
 * transaction: a whole timeline of tens of thousands of entries is written without being held
 * (see {@link TimelineService#stream}).
 */
public interface PageSink {
    /**
     * Where the page is in the whole timeline, given once before its first entry (a filter
     * that names nothing has failed before this).
     *
     * @param total  how many entries the whole timeline has with the same filter
     * @param offset how many entries come before this page
     * @param size   how many entries this page has
     * @param next   the cursor of the next page, or null when this page is the last
     */
    record Bounds(int total, int offset, int size, String next) {
    }

    default void start(Bounds bounds) {
    }

    void entry(TimelineEntry entry);
}
