package org.etkg.link;

import java.util.Locale;

/**
 * The types of resource the link step matches (its --types, the candidate file's type column):
 * coarser than the facts' {@link org.etkg.model.EntityKind}, as a target dataset's classes are;
 * a person only matches a human, a place a place, an event an event.
 */
public enum LinkType {
    PERSON, ORGANIZATION, PLACE,
    /** Events, linked to an event dataset's rows (GDELT) by day, CAMEO code, countries and place. */
    EVENT;

    /** The kind of a key such as "person", as the store's queries name them. */
    static LinkType ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
