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
    void aNameCutByAHyphenGoesOnIntoTheNextToken() {
        // dev: doha-three-pakistan-attends, "the United Nations-convened meeting"
        TaggedSentence s = TaggedSentence.of("the/DT United/NNP Nations-convened/JJ meeting/NN");
        Integer end = Words.nameEndInside(s.tokens().get(s.indexOf("Nations-convened")));
        assertEquals("the United Nations", s.text().substring(0, end));
        TaggedSentence border = TaggedSentence.of("the/DT Pakistan-Afghanistan/NNP border/NN");
        assertNull(Words.nameEndInside(border.tokens().get(1)));
        TaggedSentence plain = TaggedSentence.of("United/NNP Nations/NNPS envoys/NNS");
        assertNull(Words.nameEndInside(plain.tokens().get(1)));
    }
}
