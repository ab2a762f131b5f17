package org.etkg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date with only the parts a text gives: "--04-16" (April 16, no year),
 * "2025-04", "2025". The precision is the smallest part given.
 */
public final class PartialDate {
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile(
            "(?<y>\\d{4})(?:-(?<ym>\\d{2})(?:-(?<yd>\\d{2}))?)?|--(?<m>\\d{2})(?:-(?<d>\\d{2}))?");

    private final Integer year;
    private final Integer month;
    private final Integer day;

    private PartialDate(Integer year, Integer month, Integer day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * Parses YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD and rejects dates that do not
     * exist (--02-30, 2025-02-29). Without a year, February 29 is allowed.
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD (no year) or --MM");
        }
        Integer y = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        String mo = m.group("y") != null ? m.group("ym") : m.group("m");
        String d = m.group("y") != null ? m.group("yd") : m.group("d");
        Integer month = mo == null ? null : Integer.valueOf(mo);
        Integer day = d == null ? null : Integer.valueOf(d);
        try {
            if (month != null && day != null) {
                if (y != null) {
                    LocalDate.of(y, month, day);
                } else {
                    MonthDay.of(month, day);
                }
            } else if (month != null) {
                YearMonth.of(y == null ? 2000 : y, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + whyNot(y, month, day));
        }
        return new PartialDate(y, month, day);
    }

    private static String whyNot(Integer year, int month, Integer day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (year != null && month == 2 && day != null && day == 29) {
            return year + " is not a leap year";
        }
        return name + " has no day " + day;
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    public Optional<Integer> month() {
        return Optional.ofNullable(month);
    }

    public Optional<Integer> day() {
        return Optional.ofNullable(day);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The full date when the year, month and day are all known. */
    public Optional<LocalDate> toLocalDate() {
        return year != null && month != null && day != null
                ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (year != null) {
            sb.append(String.format("%04d", year));
        } else {
            sb.append('-');
        }
        if (month != null) {
            sb.append(String.format("-%02d", month));
        }
        if (day != null) {
            sb.append(String.format("-%02d", day));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
