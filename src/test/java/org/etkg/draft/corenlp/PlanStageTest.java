package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;

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

    @Test
    void talksScheduledForTheMorningArePlanned() {
        // dev: cyprus-new-york-meeting-preview, "his talks with President Nikos Christodoulides are scheduled for the morning"
        TaggedSentence s = TaggedSentence.of("his/PRP$ talks/NNS with/IN Christodoulides/NNP are/VBP scheduled/VBN for/IN the/DT morning/NN");
        SemanticGraph g = ParsedSentence.of("[scheduled/VBN-6 nsubj:pass>[talks/NNS-2 nmod:poss>his/PRP$-1 nmod:with>Christodoulides/NNP-4]"
                + " aux:pass>are/VBP-5 obl:for>morning/NN-9]", "talks=talk", "scheduled=schedule");
        assertEquals("are scheduled", PlanStage.eventPlan(g, s.tokens(), ParsedSentence.word(g, "talks")));
        SemanticGraph held = ParsedSentence.of("[took/VBD-3 nsubj>[talks/NNS-2 det>The/DT-1] obj>place/NN-4]", "talks=talk", "took=take");
        assertNull(PlanStage.eventPlan(held, TaggedSentence.of("The/DT talks/NNS took/VBD place/NN").tokens(), ParsedSentence.word(held, "talks")));
    }

    @Test
    void agreeingThatSomethingWillHappenIsAPromise() {
        // dev: sadiq-kabul-wire, "both sides agreed that the Joint Coordination Committee (JCC) would meet"
        TaggedSentence s = TaggedSentence.of("both/DT sides/NNS agreed/VBD that/IN the/DT JCC/NNP would/MD meet/VB");
        SemanticGraph g = ParsedSentence.of("[agreed/VBD-3 nsubj>sides/NNS-2 ccomp>[meet/VB-8 mark>that/IN-4 nsubj>JCC/NNP-6 aux>would/MD-7]]",
                "agreed=agree");
        assertTrue(PlanStage.commits(g, s.tokens(), ParsedSentence.word(g, "agreed")));
        // dev: putrajaya-ceasefire-wire, "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire"
        TaggedSentence c = TaggedSentence.of("Thailand/NNP agreed/VBD to/IN a/DT ceasefire/NN");
        SemanticGraph cg = ParsedSentence.of("[agreed/VBD-2 nsubj>Thailand/NNP-1 obl:to>[ceasefire/NN-5 case>to/IN-3 det>a/DT-4]]", "agreed=agree");
        assertFalse(PlanStage.commits(cg, c.tokens(), ParsedSentence.word(cg, "agreed")));
    }
}
