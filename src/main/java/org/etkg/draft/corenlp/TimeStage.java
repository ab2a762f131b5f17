// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.etkg.draft.DraftedArticle;

/**
 * Times as the article writes them (SUTime's dates), and with a publication date the year of a
 * year-less date and the day of a weekday, into outside-facts.yaml.
 * Needs: NER's DATE mentions and their normalized values. Gives: an event's time; outside dates.
 */
final class TimeStage {
    private final ArticleState st;

    TimeStage(ArticleState st) {
        this.st = st;
    }

    /** A date in the sentence, else in the one before; written as the article writes it. */
    DraftedArticle.Time timeOf(int s, List<String> checks) {
        DraftedArticle.Time t = dateIn(st.doc.sentences().get(s));
        String bound = t == null ? boundIn(st.doc.sentences().get(s)) : null;
        if (bound != null) {
            // "would meet in Kabul before April 15": the sentence gives a bound, which is no day, and no other
            // date. The bound is kept as the text writes it, without a date (dev: sadiq-kabul-wire).
            checks.add("\"" + bound + "\" is a bound, not the day: written without a date");
            return new DraftedArticle.Time(bound, null);
        }
        if (t == null && s > 1) {
            t = dateIn(st.doc.sentences().get(s - 1));
            if (t != null) {
                checks.add("time \"" + t.written() + "\" from the sentence before");
            }
        }
        return t;
    }

    /**
     * A date among the event's own words ("the General Border Committee (GBC) is to meet on Aug. 4", where the
     * sentence's first date, July 29, is another meeting's; issue 25, dev set: putrajaya-ceasefire-wire), or null.
     */
    DraftedArticle.Time ownDate(int s, java.util.Set<edu.stanford.nlp.ling.IndexedWord> own) {
        java.util.Set<Integer> indices = new java.util.HashSet<>();
        own.forEach(w -> indices.add(w.index()));
        CoreSentence sentence = st.doc.sentences().get(s);
        DraftedArticle.Time t = dateIn(sentence);
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (m.entityType().equals("DATE") && t != null && !m.text().equals(t.written())
                    && m.tokens().stream().anyMatch(k -> indices.contains(k.index()))) {
                DraftedArticle.Time own1 = dateOf(sentence, m);
                if (own1 != null) {
                    return own1;
                }
            }
        }
        return null;
    }

    DraftedArticle.Time dateIn(CoreSentence sentence) {
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (m.entityType().equals("DATE")) {
                DraftedArticle.Time t = dateOf(sentence, m);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A date mention as the day of an event: not a bound, not the dateline, a date or a weekday; else null. */
    private static DraftedArticle.Time dateOf(CoreSentence sentence, CoreEntityMention m) {
        String value = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value == null || boundWord(sentence.tokens(), m.tokens().get(0).index() - 1) != null
                || isDateline(sentence.tokens(), m.tokens().get(0).index() - 1, m.tokens().get(m.tokens().size() - 1).index() - 1)) {
            return null;
        }
        String date = partialDate(value);
        return date != null || value.matches("XXXX-WXX-\\d") ? new DraftedArticle.Time(m.text(), date) : null;
    }

    /** SUTime's value as a partial date: 2025-04-16, --04-16 (no year), 2025-04; null for others. */
    static String partialDate(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}") || value.matches("\\d{4}-\\d{2}")) {
            return value;
        }
        if (value.matches("XXXX-\\d{2}-\\d{2}")) {
            return "-" + value.substring(4);
        }
        return null;
    }

    /** With a publication date: the year of a year-less date, the day of a weekday, into outside-facts.yaml. */
    void resolve(String eventId, DraftedArticle.Time time) {
        resolve(eventId, time, false);
    }

    /**
     * As {@link #resolve(String, DraftedArticle.Time)}; a weekday of an event told as a plan is the next
     * such day on or after the publication date, not the last one before it (issue 25, dev set:
     * cyprus-new-york-meeting-preview, published on Wednesday 16 July, "On Thursday Guterres will see each
     * delegation separately", which counted backwards gave 10 July).
     */
    void resolve(String eventId, DraftedArticle.Time time, boolean planned) {
        String value = null;
        for (CoreSentence sentence : st.doc.sentences()) {
            for (CoreEntityMention m : sentence.entityMentions()) {
                if (m.text().equals(time.written()) && m.entityType().equals("DATE")) {
                    value = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                }
            }
        }
        if (value == null) {
            return;
        }
        LocalDate resolved = null;
        String note = null;
        if (value.matches("XXXX-\\d{2}-\\d{2}")) {
            MonthDay md = MonthDay.parse("--" + value.substring(5));
            resolved = md.atYear(st.published.getYear());
            if (resolved.isAfter(st.published.plusDays(31))) {
                resolved = resolved.minusYears(1);
            }
            note = "\"" + time.written() + "\" taken in the year of publication, " + resolved.getYear();
        } else if (value.matches("XXXX-WXX-\\d")) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(value.substring(value.length() - 1)));
            resolved = weekday(st.published, day, planned);
            note = "\"" + time.written() + "\" taken as the " + (planned ? "next " : "last ") + Words.capital(day.name().toLowerCase(Locale.ROOT))
                    + (planned ? " on or after" : " on or before") + " the publication date, " + st.published
                    + (planned ? " (the event is told as a plan)" : "");
        }
        if (resolved != null) {
            st.outsideDates.add(new DraftedArticle.OutsideDate(eventId, resolved.toString(), note));
        }
    }

    /** The weekday on or before the publication date, or, for a plan, on or after it. */
    static LocalDate weekday(LocalDate published, DayOfWeek day, boolean planned) {
        LocalDate d = published;
        while (d.getDayOfWeek() != day) {
            d = planned ? d.plusDays(1) : d.minusDays(1);
        }
        return d;
    }

    /**
     * The words that give the event at token {@code trigger} (0-based) a span: "a three-day trip",
     * "the two-day meeting", or null (issue 25, dev set: sadiq-kabul-wire "has completed a three-day trip
     * to Kabul", an interval, not a day).
     */
    static String lasting(List<CoreLabel> tokens, int trigger) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - 4); i--) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (DURATION.matcher(w).matches()) {
                return tokens.get(i).word();
            }
            // CoreNLP's tokenizer cuts "three-day" into "three", "-", "day"
            if (UNITS.contains(w) && i >= 2 && tokens.get(i - 1).word().equals("-")
                    && DURATION.matcher(tokens.get(i - 2).word().toLowerCase(Locale.ROOT) + "-" + w).matches()) {
                return tokens.get(i - 2).word() + "-" + tokens.get(i).word();
            }
            if (!tokens.get(i).tag().startsWith("JJ") && !tokens.get(i).tag().startsWith("NN") && !w.equals("-")) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> UNITS = Set.of("day", "week", "month", "hour");
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multi)-(day|week|month|hour)(-long)?");

    /** "before April 15" of a date mention that is a bound, or null when the sentence has none. */
    private String boundIn(CoreSentence sentence) {
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (m.entityType().equals("DATE")) {
                int first = m.tokens().get(0).index() - 1;
                String word = boundWord(sentence.tokens(), first);
                if (word != null) {
                    return word + " " + m.text();
                }
            }
        }
        return null;
    }

    /**
     * The word that makes the date starting at token {@code first} (0-based) a bound ("before April
     * 15", "by mid-April", "until June", "since 2021", "after Eid"), or null: such a date is never
     * the day of the event (issue 25, dev set: sadiq-kabul-march-2025 "would meet in Kabul before 15 April").
     */
    static String boundWord(List<CoreLabel> tokens, int first) {
        if (first <= 0) {
            return null;
        }
        String w = tokens.get(first - 1).word();
        return BOUNDS.contains(w.toLowerCase(Locale.ROOT)) ? w : null;
    }

    private static final Set<String> BOUNDS = Set.of("before", "by", "until", "till", "within", "since", "after", "ahead");

    /**
     * "ISLAMABAD, March 25 — ...": the dateline's date, at the start of the sentence before a dash,
     * says when the report was filed, not when its events were (issue 25, dev set: sadiq-kabul-wire,
     * where the trip of 21-23 March and a meeting agreed for "before April 15" both took March 25).
     */
    static boolean isDateline(List<CoreLabel> tokens, int first, int last) {
        return first >= 1 && first <= 4 && tokens.get(first - 1).word().equals(",") && last + 1 < tokens.size()
                && Set.of("—", "–", "-", "--").contains(tokens.get(last + 1).word());
    }
}
