package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "the envoy" is the person who holds an envoy's post (issue 25): which title nouns name which posts. */
class NominalMentionsTest {

    @Test
    void theEnvoyIsTheSpecialRepresentative() {
        // dev: sadiq-kabul-wire, "The envoy also held a separate meeting with Nooruddin Azizi"
        assertTrue(NominalMentions.names("envoy", "Special Representative for Afghanistan"));
        assertTrue(NominalMentions.names("minister", "acting minister of commerce"));
        assertFalse(NominalMentions.names("envoy", "acting minister of commerce"));
        assertFalse(NominalMentions.names("delegation", "Special Representative for Afghanistan"));
    }
}
