package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A deadline or bound is never the day (issue 25): one sentence each, tagged by hand. */
class TimeStageTest {

    private static String bound(String tagged, String firstWordOfDate) {
        TaggedSentence s = TaggedSentence.of(tagged);
        return TimeStage.boundWord(s.tokens(), s.indexOf(firstWordOfDate));
    }

    @Test
    void deadlinesAndBoundsAreNotTheDay() {
        // dev: sadiq-kabul-march-2025, "would meet in Kabul before 15 April"
        assertEquals("before", bound("the/DT JCC/NNP would/MD meet/VB in/IN Kabul/NNP before/IN 15/CD April/NNP", "15"));
        assertEquals("by", bound("talks/NNS are/VBP to/TO end/VB by/IN mid-April/NNP", "mid-April"));
        assertEquals("within", bound("a/DT ceasefire/NN within/IN two/CD weeks/NNS", "two"));
        assertEquals("since", bound("the/DT first/JJ visit/NN since/IN 2021/CD", "2021"));
    }

    @Test
    void aDayIsADay() {
        assertNull(bound("Sadiq/NNP met/VBD Muttaqi/NNP on/IN 16/CD April/NNP", "16"));
        assertNull(bound("Sadiq/NNP met/VBD Muttaqi/NNP on/IN Thursday/NNP", "Thursday"));
        assertNull(bound("April/NNP 16/CD was/VBD the/DT day/NN", "April"));
    }

    @Test
    void partialDatesKeepWhatTheTextGives() {
        assertEquals("2025-04-16", TimeStage.partialDate("2025-04-16"));
        assertEquals("--04-16", TimeStage.partialDate("XXXX-04-16"));
        assertNull(TimeStage.partialDate("XXXX-04"));
    }

    @Test
    void theDatelineIsNotTheDayOfTheEvents() {
        // dev: sadiq-kabul-wire, "ISLAMABAD, March 25 — ... has completed a three-day trip to Kabul"
        TaggedSentence s = TaggedSentence.of("ISLAMABAD/NNP ,/, March/NNP 25/CD —/: Sadiq/NNP has/VBZ completed/VBN a/DT trip/NN");
        assertTrue(TimeStage.isDateline(s.tokens(), s.indexOf("March"), s.indexOf("25")));
        TaggedSentence day = TaggedSentence.of("On/IN Thursday/NNP ,/, March/NNP 25/CD ,/, Sadiq/NNP met/VBD Muttaqi/NNP");
        assertFalse(TimeStage.isDateline(day.tokens(), day.indexOf("March"), day.indexOf("25")));
    }

    @Test
    void aThreeDayTripIsAnInterval() {
        // dev: sadiq-kabul-wire, "has completed a three-day trip to Kabul" (the tokenizer cuts "three-day")
        TaggedSentence s = TaggedSentence.of("Sadiq/NNP has/VBZ completed/VBN a/DT three/CD -/HYPH day/NN trip/NN to/IN Kabul/NNP");
        assertEquals("three-day", TimeStage.lasting(s.tokens(), s.indexOf("trip")));
        TaggedSentence one = TaggedSentence.of("the/DT two-day/JJ meeting/NN");
        assertEquals("two-day", TimeStage.lasting(one.tokens(), one.indexOf("meeting")));
        TaggedSentence none = TaggedSentence.of("a/DT separate/JJ meeting/NN with/IN Azizi/NNP");
        assertNull(TimeStage.lasting(none.tokens(), none.indexOf("meeting")));
    }

    @Test
    void aWeekdayOfAPlanIsCountedForwards() {
        // dev: cyprus-new-york-meeting-preview, published Wednesday 16 July 2025: "On Thursday Guterres will see each delegation"
        LocalDate wednesday = LocalDate.of(2025, 7, 16);
        assertEquals(LocalDate.of(2025, 7, 17), TimeStage.weekday(wednesday, DayOfWeek.THURSDAY, true));
        assertEquals(LocalDate.of(2025, 7, 10), TimeStage.weekday(wednesday, DayOfWeek.THURSDAY, false));
        assertEquals(wednesday, TimeStage.weekday(wednesday, DayOfWeek.WEDNESDAY, true));
    }
}
