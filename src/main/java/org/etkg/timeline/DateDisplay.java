package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates as an analyst reads them: what the article writes shown plainly and what other
 * sources resolved in brackets ("16 Apr [2025]"), bounds as bounds ("before 2024-01-16").
 */
public final class DateDisplay {
    private DateDisplay() {
    }

    /** The resolved date or interval, with the parts the article does not write in brackets; "" when none. */
    public static String resolved(TimelineEntry e) {
        if (e.date() != null) {
            return day(e.date(), e);
        }
        if (e.begin() != null) {
            String from = day(e.begin(), e);
            return e.end() == null || e.end().equals(e.begin()) ? from : from + " – " + day(e.end(), null);
        }
        return "";
    }

    /**
     * Bounds as dates ("after 2024-01-03; before 2024-01-16"), then what only a relation can
     * say ("≥ 15 months before ...", "during ..."). Relations whose bound is already shown as a
     * date are left out; {@link TimelineEntry#relations()} keeps them all.
     */
    public static String bounds(TimelineEntry e) {
        List<String> parts = new ArrayList<>();
        if (!e.exact()) {
            if (e.earliest() != null) {
                parts.add("after " + e.earliest());
            }
            if (e.latest() != null) {
                parts.add("before " + e.latest());
            }
        } else if (e.latest() != null && e.date() != null && !e.latest().equals(e.date()) && e.end() == null) {
            parts.add("before " + e.latest());
        }
        for (TimelineEntry.Relation r : e.relations()) {
            boolean shownAsDate = (r.kind().equals("after") && e.earliest() != null)
                    || (r.kind().equals("before") && e.latest() != null) || e.exact();
            if (r.kind().equals("before") && r.minimumGap() != null || !shownAsDate) {
                parts.add(shorten(words(r), 60));
            }
        }
        if (e.partOfLabel() != null && !e.exact() && e.earliest() == null && e.latest() == null) {
            parts.add(shorten("during " + e.partOfLabel(), 60));
        }
        return String.join("; ", parts);
    }

    /** A relation in words: "≥ 15 months before the 7th round", "after the visit", "coincides with …". */
    public static String words(TimelineEntry.Relation r) {
        return switch (r.kind()) {
            case "before" -> (r.minimumGap() == null ? "before " : "≥ " + Durations.words(r.minimumGap()) + " before ") + r.otherLabel();
            case "after" -> "after " + r.otherLabel();
            default -> "coincides with " + r.otherLabel();
        };
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** One short phrase for the date: the resolved date, else the bounds, else the words, else "undated". */
    public static String summary(TimelineEntry e) {
        String r = resolved(e);
        if (!r.isEmpty()) {
            return r;
        }
        if (e.earliest() != null && e.latest() != null) {
            return "between " + e.earliest() + " and " + e.latest();
        }
        if (e.latest() != null) {
            return "before " + e.latest();
        }
        if (e.earliest() != null) {
            return "after " + e.earliest();
        }
        if (!e.relations().isEmpty()) {
            return words(e.relations().get(0));
        }
        if (e.partOfLabel() != null && e.anchor() != null) {
            return "during " + e.partOfLabel();
        }
        return e.asWritten() != null ? "“" + e.asWritten() + "”" : "undated";
    }

    /** English month abbreviations, as java.time's SHORT style gives them, without a locale lookup per row. */
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static String day(LocalDate d, TimelineEntry written) {
        boolean dayWritten = written != null && written.writtenDay() != null && written.writtenDay() == d.getDayOfMonth();
        boolean monthWritten = written != null && written.writtenMonth() != null && written.writtenMonth() == d.getMonthValue();
        boolean yearWritten = written != null && written.writtenYear() != null && written.writtenYear() == d.getYear();
        String dd = String.valueOf(d.getDayOfMonth());
        String mm = MONTHS[d.getMonthValue() - 1];
        String yy = String.valueOf(d.getYear());
        if (dayWritten && monthWritten) {
            return dd + " " + mm + " " + (yearWritten ? yy : "[" + yy + "]");
        }
        if (!dayWritten && !monthWritten && !yearWritten) {
            return "[" + dd + " " + mm + " " + yy + "]";
        }
        return (dayWritten ? dd : "[" + dd + "]") + " " + (monthWritten ? mm : "[" + mm + "]") + " "
                + (yearWritten ? yy : "[" + yy + "]");
    }
}
