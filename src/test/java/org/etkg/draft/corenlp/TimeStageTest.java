package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
