package org.etkg.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.etkg.EtkgException;

/** Case-insensitive format names with a clear message for unknown ones. */
final class Formats {
    private Formats() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw EtkgException.usage("unknown " + option + " '" + value + "'; choose one of: "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
