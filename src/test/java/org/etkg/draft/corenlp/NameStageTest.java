package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names and acronyms (issue 25): one sentence each, tagged by hand. */
class NameStageTest {

    @Test
    void anAcronymInParenthesesBelongsToTheNameBeforeIt() {
        // dev: sadiq-kabul-wire
        TaggedSentence s = TaggedSentence.of("the/DT Joint/NNP Coordination/NNP Committee/NNP (/-LRB- JCC/NNP )/-RRB- would/MD meet/VB");
        assertEquals("JCC", NameStage.acronymAfter(s.tokens(), s.indexOf("Committee")));
        assertNull(NameStage.acronymAfter(s.tokens(), s.indexOf("Coordination")));
        TaggedSentence lower = TaggedSentence.of("the/DT Committee/NNP (/-LRB- which/WDT met/VBD )/-RRB-");
        assertNull(NameStage.acronymAfter(lower.tokens(), lower.indexOf("Committee")));
    }

    @Test
    void holidaysMonthsAndSeasonsAreNeverActors() {
        // dev: sadiq-kabul-wire, "will consult before Eid-ul-Fitr"
        assertTrue(Words.isTimeName("Eid-ul-Fitr"));
        assertTrue(Words.isTimeName("Eid"));
        assertTrue(Words.isTimeName("Ramadan"));
        assertTrue(Words.isTimeName("April"));
        assertTrue(Words.isTimeName("Winter"));
        assertFalse(Words.isTimeName("Joint Coordination Committee"));
        assertFalse(Words.isTimeName("Theresa May"));
    }

    @Test
    void aNameCutByAHyphenIsTheNameAsWritten() {
        // dev: doha-three-pakistan-attends, "Pakistan to join United Nations-convened Afghanistan talks"
        String text = "Pakistan to join United Nations-convened Afghanistan talks";
        int united = text.indexOf("United");
        int nations = text.indexOf("-convened");
        assertEquals(nations, Words.nameEnd(text, united, united + "United".length()));
        assertEquals(nations, Words.nameEnd(text, united, nations + "-convened".length()));
        String border = "the Pakistan-Afghanistan border";
        int pakistan = border.indexOf("Pakistan");
        assertEquals(pakistan + 8, Words.nameEnd(border, pakistan, pakistan + 8));
        String group = "Tehreek-e-Taliban Pakistan";
        assertEquals(group.length(), Words.nameEnd(group, 0, group.length()));
    }
}
