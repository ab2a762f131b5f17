package org.etkg.timeline;

/** The timeline's output formats. */
public enum TimelineFormat {
    TABLE, CSV, JSON, TIMELINEJS, HTML
}
