package org.etkg.timeline;

/** The timeline's output formats, each with its writer. */
public enum TimelineFormat {
    TABLE((entries, o, out) -> TableWriter.write(entries, out, o.width(), o.colour()), null),
    CSV((entries, o, out) -> RowWriter.writeAll(CsvWriter.rows(out), entries), (o, out) -> CsvWriter.rows(out)),
    JSON((entries, o, out) -> RowWriter.writeAll(JsonWriter.rows(out), entries), (o, out) -> JsonWriter.rows(out)),
    TIMELINEJS((entries, o, out) -> TimelineJsWriter.write(entries, o.title(), out), null),
    HTML((entries, o, out) -> HtmlWriter.write(entries, o.title(), out), null);

    private final TimelineWriter writer;
    /** The writer of rows as they come, for the formats that write each row at once; null for the others. */
    private final java.util.function.BiFunction<TimelineWriter.Options, java.io.PrintWriter, RowWriter> rows;

    TimelineFormat(TimelineWriter writer, java.util.function.BiFunction<TimelineWriter.Options, java.io.PrintWriter, RowWriter> rows) {
        this.writer = writer;
        this.rows = rows;
    }

    public TimelineWriter writer() {
        return writer;
    }

    /**
     * A writer of one page in this format that takes its entries as {@link
     * TimelineService#stream} reads them: row by row for CSV and JSON, all at the end for the others.
     */
    public RowWriter rows(TimelineWriter.Options options, java.io.PrintWriter out) {
        return rows != null ? rows.apply(options, out) : RowWriter.collecting(entries -> writer.write(entries, options, out));
    }

    /** The format a file's name asks for: .html (or .htm), .csv, .json; empty for any other name. */
    public static java.util.Optional<TimelineFormat> forFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        TimelineFormat f = n.endsWith(".html") || n.endsWith(".htm") ? HTML : n.endsWith(".csv") ? CSV
                : n.endsWith(".json") ? JSON : null;
        return java.util.Optional.ofNullable(f);
    }

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
