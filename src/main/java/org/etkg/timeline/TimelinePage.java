package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.util.List;

/**
 * One page of a timeline.
 *
 * @param entries the page's entries, in time order
 * @param total   how many entries the whole timeline has with the same filter
 * @param offset  how many entries come before this page
 * @param next    the cursor of the next page, or null when this page is the last
 */
public record TimelinePage(List<TimelineEntry> entries, int total, int offset, String next) {
    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
