package org.etkg.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.etkg.index.TimelineEntry;

/**
 * A format's writer of one page, taking its entries as they are read: CSV and JSON write each
 * row at once; a table, TimelineJS and a page need every entry first (a table's widths, a
 * document around them) and write them when the page ends.
 */
public interface RowWriter extends PageSink {
    /** Ends the output (a closing bracket, a flush) after the last entry. */
    void finish();

    /** A writer that holds the entries and gives them all to {@code write} at the end. */
    static RowWriter collecting(Consumer<List<TimelineEntry>> write) {
        List<TimelineEntry> entries = new ArrayList<>();
        return new RowWriter() {
            @Override
            public void entry(TimelineEntry entry) {
                entries.add(entry);
            }

            @Override
            public void finish() {
                write.accept(entries);
            }
        };
    }

    /** Writes a list through a row writer: a format's whole-list writer and its stream are one code. */
    static void writeAll(RowWriter rows, List<TimelineEntry> entries) {
        rows.start(new Bounds(entries.size(), 0, entries.size(), null));
        entries.forEach(rows::entry);
        rows.finish();
    }
}
