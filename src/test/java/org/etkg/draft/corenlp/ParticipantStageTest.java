package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.etkg.model.RoleType;
import org.junit.jupiter.api.Test;

/** Roles from meeting verbs (issue 25): the relation of a word to the event's word gives its role. */
class ParticipantStageTest {

    @Test
    void whoCallsOnSomeoneVisitsThem() {
        // dev: sadiq-kabul-wire, "Sadiq called on the acting foreign minister, Amir Khan Muttaqi"
        assertEquals(RoleType.VISITOR, ParticipantStage.role("meeting", "call", "nsubj"));
        assertEquals(RoleType.HOST, ParticipantStage.role("meeting", "call", "obl:on"));
    }

    @Test
    void whoChairsLeadsAndWhoHostsHosts() {
        // dev: mofa-dar-chairs-afghan-review, "Mohammad Ishaq Dar chaired a meeting at the Ministry of Foreign Affairs"
        assertEquals(RoleType.LEADER, ParticipantStage.roleOfVerb("chair"));
        // dev: putrajaya-ceasefire-wire, "Anwar Ibrahim said after hosting the leaders of both countries"
        assertEquals(RoleType.HOST, ParticipantStage.roleOfVerb("host"));
        assertEquals(RoleType.HOST, ParticipantStage.role("meeting", "host", "nsubj"));
        // dev: un-cyprus-geneva-note, "There he convened the two Cypriot leaders and the guarantor powers ... for an informal meeting"
        assertEquals(RoleType.HOST, ParticipantStage.roleOfVerb("convene"));
        assertNull(ParticipantStage.roleOfVerb("attend"));
    }

    @Test
    void theSubjectOfAPlanIsTheSubjectOfWhatIsPlanned() {
        // dev: sadiq-kabul-wire, "Azizi is set to visit Pakistan after Eid": Azizi is nsubj:xsubj of "visit"
        assertEquals(RoleType.VISITOR, ParticipantStage.role("visit", "visit", "nsubj:xsubj"));
        assertEquals(RoleType.HOST, ParticipantStage.role("visit", "visit", "obj"));
    }
}
