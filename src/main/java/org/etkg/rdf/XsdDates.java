package org.etkg.rdf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an xsd:date literal of someone else's data names. {@link LocalDate#parse} refuses
 * what XML Schema allows: a timezone ({@code 2025-04-16Z}, {@code 2025-04-16+05:00}) and a
 * year of five digits without a sign. Datasets loaded beside the articles write both.
 */
public final class XsdDates {
    private static final Pattern DATE = Pattern.compile("\\s*(-?\\d{4,9})-(\\d{2})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?\\s*");

    private XsdDates() {
    }

    /**
     * The calendar day of an xsd:date's lexical form; its timezone does not move the day it
     * names. Null when it names no day (the shapes refuse such a literal at load).
     */
    public static LocalDate day(String lexical) {
        Matcher m = DATE.matcher(lexical);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
