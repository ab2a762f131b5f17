package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Plans and the future are expected, not held (issue 25): one sentence each, tagged by hand. */
class PlanStageTest {

    private static String plan(String tagged, String verb) {
        TaggedSentence s = TaggedSentence.of(tagged);
        return PlanStage.planWords(s.tokens(), s.indexOf(verb));
    }

    @Test
    void futureTenseIsAPlan() {
        // dev: sadiq-kabul-march-2025
        assertEquals("would", plan("the/DT Joint/NNP Coordination/NNP Committee/NNP would/MD meet/VB in/IN Kabul/NNP before/IN 15/CD April/NNP", "meet"));
        // dev: dar-kabul-trip-announced
        assertEquals("will", plan("Dar/NNP will/MD spend/VB a/DT day/NN in/IN Kabul/NNP", "spend"));
        assertEquals("will", plan("Commanders/NNS will/MD also/RB meet/VB on/IN July/NNP 29/CD", "meet"));
    }

    @Test
    void wordsOfPlanningBeforeToArePlans() {
        // dev: sadiq-kabul-march-2025, sadiq-kabul-wire
        assertEquals("expected to", plan("Azizi/NNP is/VBZ expected/VBN to/TO travel/VB to/IN Pakistan/NNP after/IN Eid/NNP", "travel"));
        assertEquals("set to", plan("Azizi/NNP is/VBZ set/VBN to/TO visit/VB Pakistan/NNP after/IN Eid/NNP", "visit"));
        assertEquals("due to", plan("The/DT envoy/NN is/VBZ due/JJ to/TO arrive/VB on/IN Monday/NNP", "arrive"));
        assertEquals("plans to", plan("The/DT minister/NN plans/VBZ to/TO visit/VB Kabul/NNP", "visit"));
        assertEquals("is to", plan("Sadiq/NNP is/VBZ to/TO attend/VB the/DT JCC/NNP session/NN", "attend"));
    }

    @Test
    void pastAndPresentAreNotPlans() {
        assertNull(plan("Sadiq/NNP met/VBD Muttaqi/NNP in/IN Kabul/NNP", "met"));
        assertNull(plan("The/DT delegation/NN arrived/VBD to/TO hold/VB talks/NNS", "hold"));
        assertNull(plan("He/PRP went/VBD to/TO visit/VB Kabul/NNP", "visit"));
    }
}
