package org.etkg.timeline;

/** The timeline's output formats. */
public enum TimelineFormat {
    TABLE, CSV, JSON, TIMELINEJS, HTML;

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
