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

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
