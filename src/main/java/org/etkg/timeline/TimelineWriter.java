package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.PrintWriter;
import java.util.List;

/** One output format of the timeline: a new format is one class and one {@link TimelineFormat}. */
@FunctionalInterface
public interface TimelineWriter {
    /**
     * How entries are written.
     *
     * @param title  the title of a page or a TimelineJS file
     * @param width  the width of a table in characters; 0 for no limit
     * @param colour whether a table may use colour (a terminal that allows it)
     */
    record Options(String title, int width, boolean colour) {
    }

    void write(List<TimelineEntry> entries, Options options, PrintWriter out);
}
