package org.etkg.timeline;

/** The timeline's output formats, each with its writer. */
public enum TimelineFormat {
    TABLE((entries, o, out) -> TableWriter.write(entries, out, o.width(), o.colour())),
    CSV((entries, o, out) -> CsvWriter.write(entries, out)),
    JSON((entries, o, out) -> JsonWriter.write(entries, out)),
    TIMELINEJS((entries, o, out) -> TimelineJsWriter.write(entries, o.title(), out)),
    HTML((entries, o, out) -> HtmlWriter.write(entries, o.title(), out));

    private final TimelineWriter writer;

    TimelineFormat(TimelineWriter writer) {
        this.writer = writer;
    }

    public TimelineWriter writer() {
        return writer;
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
