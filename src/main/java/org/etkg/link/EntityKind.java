package org.etkg.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.etkg.EtkgException;

/** The kinds of entity the link step matches; a person only matches a human, a place a place. */
public enum EntityKind {
    PERSON, ORGANIZATION, PLACE;

    public static EntityKind parse(String s) {
        for (EntityKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw EtkgException.usage("unknown type '" + s + "' in --types; choose from: "
                + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
