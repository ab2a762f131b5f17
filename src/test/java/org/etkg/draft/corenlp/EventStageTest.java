package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;

/** Which words are events, and which name another event (issue 25): one sentence each, parsed by hand. */
class EventStageTest {

    @Test
    void callingOnSomeoneIsAMeetingCallingOnThemToActIsNot() {
        // dev: sadiq-kabul-wire, "During the trip, Sadiq called on the acting foreign minister, Amir Khan Muttaqi"
        SemanticGraph visit = ParsedSentence.of("[called/VBD-6 nsubj>Sadiq/NNP-5 obl:on>[minister/NN-11 case>on/IN-7 det>the/DT-8]]",
                "called=call");
        assertTrue(EventStage.callsOn(visit, ParsedSentence.word(visit, "called")));
        SemanticGraph appeal = ParsedSentence.of("[called/VBD-2 nsubj>Pakistan/NNP-1 obl:on>[Kabul/NNP-4 case>on/IN-3] xcomp>act/VB-6]",
                "called=call");
        assertFalse(EventStage.callsOn(appeal, ParsedSentence.word(appeal, "called")));
        SemanticGraph phone = ParsedSentence.of("[called/VBD-2 nsubj>Dar/NNP-1 obj>Muttaqi/NNP-3]", "called=call");
        assertFalse(EventStage.callsOn(phone, ParsedSentence.word(phone, "called")));
    }

    @Test
    void thePreviousRoundIsAnotherEventThanTheOneDescribed() {
        // dev: doha-three-pakistan-attends, "It stayed away from the previous round, held in February"
        SemanticGraph g = ParsedSentence.of("[stayed/VBD-2 nsubj>It/PRP-1 obl:away_from>[round/NN-7 det>the/DT-5 amod>previous/JJ-6]]");
        assertEquals("previous round", EventIdentity.namesAnother(g, ParsedSentence.word(g, "round")));
        // dev: tv-kabul-ttp-flexibility, "In a separate session on Saturday" is not the talks named before
        SemanticGraph separate = ParsedSentence.of("[session/NN-4 case>In/IN-1 det>a/DT-2 amod>separate/JJ-3]");
        assertEquals("separate session", EventIdentity.namesAnother(separate, ParsedSentence.word(separate, "session")));
        SemanticGraph same = ParsedSentence.of("[attend/VB-4 nsubj>it/PRP-2 obj>[meeting/NN-8 det>the/DT-5 amod>two-day/JJ-7]]");
        assertNull(EventIdentity.namesAnother(same, ParsedSentence.word(same, "meeting")));
    }
}
