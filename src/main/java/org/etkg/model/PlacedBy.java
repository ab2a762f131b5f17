package org.etkg.model;

import java.util.Locale;

/**
 * How an event's place in the timeline was found: its own date or interval, its bounds, a
 * relation to an event that is placed, or not at all. Written in the timeline's entries as
 * "placedBy" (the key).
 */
public enum PlacedBy {
    DATE, BOUNDS, RELATION, NONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a key as written; null stays null. */
    public static PlacedBy ofKey(String key) {
        return key == null ? null : valueOf(key.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return key();
    }
}
