package org.etkg.draft.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import org.etkg.draft.DraftedArticle;
import org.etkg.model.EntityKind;
import org.etkg.model.RoleType;
import org.junit.jupiter.api.Test;

/**
 * Who takes part (issue 25, third rules): parties that agree, "both sides", a name left as "dep" of its
 * title, who "were also present". One sentence each, parsed by hand as CoreNLP parses it.
 */
class PartiesTest {

    private static Map<String, String> roles(List<DraftedArticle.Participant> participants) {
        return participants.stream().collect(Collectors.toMap(DraftedArticle.Participant::actor, DraftedArticle.Participant::role));
    }

    @Test
    void countriesThatAgreeArePartiesToTheAgreement() {
        // dev: putrajaya-ceasefire-wire, "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire"
        SemanticGraph g = ParsedSentence.of("[agreed/VBD-4 nsubj>[Thailand/NNP-1 cc>and/CC-2 conj:and>Cambodia/NNP-3]]", "agreed=agree");
        HandArticle a = HandArticle.of(g);
        String thailand = a.entity(0, EntityKind.COUNTRY, "Thailand", "Thailand");
        String cambodia = a.entity(0, EntityKind.COUNTRY, "Cambodia", "Cambodia");
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "agreed"), "agreement", new ArrayList<>()));
        assertEquals(Map.of(thailand, RoleType.PARTICIPANT.id(), cambodia, RoleType.PARTICIPANT.id()), roles);
    }

    @Test
    void aCountryTalkedWithIsNoParty() {
        SemanticGraph g = ParsedSentence.of("[talked/VBD-2 nsubj>Dar/NNP-1 obl:with>[Pakistan/NNP-4 case>with/IN-3]]", "talked=talk");
        HandArticle a = HandArticle.of(g);
        String dar = a.entity(0, EntityKind.PERSON, "Dar", "Dar");
        a.entity(0, EntityKind.COUNTRY, "Pakistan", "Pakistan");
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "talked"), "meeting", new ArrayList<>()));
        assertEquals(Map.of(dar, RoleType.PARTICIPANT.id()), roles);
    }

    @Test
    void theTwoSidesAreTheTwoSidesNamedMostNotACountryNamedInAPost() {
        // dev: sadiq-kabul-march-2025, "Muhammad Sadiq, Pakistan's special representative for Afghanistan ... held talks
        // with Amir Khan Motaqi, the Taliban's acting foreign minister ... The two sides agreed that ..."
        SemanticGraph first = ParsedSentence.of("[met/VBD-5 nsubj>[representative/NN-2 nmod:poss>Pakistan/NNP-1 "
                + "nmod:for>[Afghanistan/NNP-4 case>for/IN-3]] obl:with>[Taliban/NNP-7 case>with/IN-6]]", "met=meet");
        SemanticGraph second = ParsedSentence.of("[agreed/VBD-4 nsubj>[sides/NNS-3 det>The/DT-1 nummod>two/CD-2]]",
                "agreed=agree", "sides=side");
        ParsedSentence.word(first, "representative").setNER("TITLE");
        HandArticle a = HandArticle.of(first, second);
        String pakistan = a.entity(0, EntityKind.COUNTRY, "Pakistan", "Pakistan");
        a.entity(0, EntityKind.COUNTRY, "Afghanistan", "Afghanistan");
        String taliban = a.entity(0, EntityKind.ORGANIZATION, "Taliban", "Taliban");
        assertEquals(List.of(pakistan, taliban), NominalMentions.sides(a.st, a.graph(1), ParsedSentence.word(a.graph(1), "sides")));
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(1, a.graph(1),
                ParsedSentence.word(a.graph(1), "agreed"), "agreement", new ArrayList<>()));
        assertEquals(Map.of(pakistan, RoleType.PARTICIPANT.id(), taliban, RoleType.PARTICIPANT.id()), roles);
        // "both countries" are countries only; "the sides" alone are no two sides
        SemanticGraph countries = ParsedSentence.of("[leaders/NNS-1 nmod:of>[countries/NNS-4 case>of/IN-2 det>both/DT-3]]",
                "countries=country");
        assertNull(NominalMentions.sides(a.st, countries, ParsedSentence.word(countries, "countries")));
        SemanticGraph theSides = ParsedSentence.of("[agreed/VBD-3 nsubj>[sides/NNS-2 det>The/DT-1]]", "sides=side");
        assertNull(NominalMentions.sides(a.st, theSides, ParsedSentence.word(theSides, "sides")));
    }

    @Test
    void aNameLeftAsDepOfItsTitleIsThePerson() {
        // dev: putrajaya-ceasefire-wire, "Thailand's acting Prime Minister Phumtham Wechayachai attended the talks"
        SemanticGraph g = ParsedSentence.of("[attended/VBD-6 nsubj>[Minister/NNP-3 nmod:poss>[Thailand/NNP-1 case>'s/POS-2] "
                + "dep>[Wechayachai/NNP-5 compound>Phumtham/NNP-4]] obj>talks/NNS-7]", "attended=attend", "talks=talk");
        ParsedSentence.word(g, "Minister").setNER("TITLE");
        HandArticle a = HandArticle.of(g);
        String phumtham = a.entity(0, EntityKind.PERSON, "Phumtham Wechayachai", "Phumtham", "Wechayachai");
        assertEquals(phumtham, a.st.entityAt(0, a.graph(0), ParsedSentence.word(a.graph(0), "Minister")));
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "talks"), "talks", new ArrayList<>()));
        assertEquals(Map.of(phumtham, RoleType.PARTICIPANT.id()), roles);
    }

    @Test
    void whatChairsTheTalksInARelativeClauseDoesNotTakePartInThem() {
        // dev: putrajaya-ceasefire-wire, "attended the talks, which Anwar chaired as the current chair of the
        // Association of Southeast Asian Nations (ASEAN)": CoreNLP makes "talks" the object of "chaired" too
        SemanticGraph g = ParsedSentence.of("[attended/VBD-2 nsubj>Manet/NNP-1 obj>[talks/NNS-3 acl:relcl>[chaired/VBD-5 "
                + "nsubj>Anwar/NNP-4 obl:as>[chair/NN-7 case>as/IN-6 nmod:of>[ASEAN/NNP-9 case>of/IN-8]]]]]",
                "attended=attend", "talks=talk", "chaired=chair");
        g.addEdge(ParsedSentence.word(g, "chaired"), ParsedSentence.word(g, "talks"), GrammaticalRelation.valueOf("obj"), 1.0, false);
        HandArticle a = HandArticle.of(g);
        String manet = a.entity(0, EntityKind.PERSON, "Hun Manet", "Manet");
        String anwar = a.entity(0, EntityKind.PERSON, "Anwar", "Anwar");
        a.entity(0, EntityKind.ORGANIZATION, "ASEAN", "ASEAN");
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "talks"), "talks", new ArrayList<>()));
        assertEquals(Map.of(manet, RoleType.PARTICIPANT.id(), anwar, RoleType.LEADER.id()), roles);
    }

    @Test
    void whoWereAlsoPresentOrRepresentTheCountryJoinTheMeetingDrafted() {
        // dev: putrajaya-ceasefire-wire, "The US ambassador to Malaysia, Edgard Kagan, and the Chinese ambassador,
        // Ouyang Yujing, were also present"; doha-three-pakistan-attends, "... are to represent the country"
        SemanticGraph present = ParsedSentence.of("[present/JJ-6 nsubj>[Kagan/NNP-1 cc>and/CC-2 conj:and>Ouyang/NNP-3] "
                + "cop>were/VBD-4 advmod>also/RB-5]");
        present.addEdge(ParsedSentence.word(present, "present"), ParsedSentence.word(present, "Ouyang"),
                GrammaticalRelation.valueOf("nsubj"), 1.0, false);
        SemanticGraph represent = ParsedSentence.of("[represent/VB-4 nsubj>Durrani/NNP-1 aux>are/VBP-2 mark>to/TO-3 "
                + "obj>[country/NN-6 det>the/DT-5]]");
        SemanticGraph elsewhere = ParsedSentence.of("[present/JJ-3 nsubj>Dar/NNP-1 cop>was/VBD-2]");
        HandArticle a = HandArticle.of(present, represent, elsewhere);
        String kagan = a.entity(0, EntityKind.PERSON, "Edgard Kagan", "Kagan");
        String ouyang = a.entity(0, EntityKind.PERSON, "Ouyang Yujing", "Ouyang");
        String durrani = a.entity(1, EntityKind.PERSON, "Asif Durrani", "Durrani");
        EventIdentity identity = new EventIdentity(a.st, new TimeStage(a.st));
        identity.present(0, a.graph(0)); // no meeting drafted yet: nothing to join
        assertTrue(a.st.events.isEmpty());
        a.st.events.add(new DraftedArticle.Event("meeting", "meeting", "A meeting", new DraftedArticle.Span(0, 1), null, null,
                List.of(), null, null, null, null, List.of()));
        identity.present(0, a.graph(0));
        identity.present(1, a.graph(1));
        assertEquals(List.of(kagan, ouyang, durrani),
                a.st.events.get(0).participants().stream().map(DraftedArticle.Participant::actor).toList());
        assertFalse(a.st.events.get(0).checks().contains("no participants found; add them"));
    }

    @Test
    void hisIsThePersonNamedLastInTheTextNotTheOneMarkedLast() {
        // dev: cyprus-new-york-meeting-preview, "On Thursday Guterres will see each delegation separately; his talks with
        // President Nikos Christodoulides": the delegation is marked after both people, and "his" took Christodoulides
        SemanticGraph g = ParsedSentence.of("[see/VB-3 nsubj>Guterres/NNP-1 aux>will/MD-2 obj>[delegation/NN-5 det>each/DT-4] "
                + "parataxis>[scheduled/VBN-11 nsubj:pass>[talks/NNS-7 nmod:poss>his/PRP$-6 nmod:with>[Christodoulides/NNP-9 "
                + "case>with/IN-8]] aux:pass>are/VBP-10]]", "talks=talk");
        HandArticle a = HandArticle.of(g);
        String guterres = a.entity(0, EntityKind.PERSON, "Guterres", "Guterres");
        String christodoulides = a.entity(0, EntityKind.PERSON, "Nikos Christodoulides", "Christodoulides");
        a.entity(0, EntityKind.DELEGATION, "delegation", "delegation");
        assertEquals(guterres, a.st.entityAt(0, a.graph(0), ParsedSentence.word(a.graph(0), "his")));
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "talks"), "meeting", new ArrayList<>()));
        assertEquals(Map.of(guterres, RoleType.PARTICIPANT.id(), christodoulides, RoleType.PARTICIPANT.id()), roles);
    }

    @Test
    void whoLeadTheOtherDelegationsTakePartInTheMeeting() {
        // dev: cyprus-new-york-meeting-preview, "The other delegations are led by the Turkish Cypriot leader Ersin Tatar,
        // the foreign ministers of Greece and Turkey, Giorgos Gerapetritis and Hakan Fidan"
        SemanticGraph g = ParsedSentence.of("[led/VBN-4 nsubj:pass>[delegations/NNS-2 amod>other/JJ-1] aux:pass>are/VBP-3 "
                + "obl:agent>[leader/NN-6 case>by/IN-5 dep>Tatar/NNP-7 conj:and>[ministers/NNS-9 cc>and/CC-8 "
                + "nmod:of>[Greece/NNP-11 case>of/IN-10 conj:and>Fidan/NNP-12]]]]", "led=lead", "delegations=delegation");
        HandArticle a = HandArticle.of(g);
        String tatar = a.entity(0, EntityKind.PERSON, "Ersin Tatar", "Tatar");
        a.entity(0, EntityKind.COUNTRY, "Greece", "Greece");
        String fidan = a.entity(0, EntityKind.PERSON, "Hakan Fidan", "Fidan");
        a.st.events.add(new DraftedArticle.Event("meeting-new-york", "meeting", "A meeting", new DraftedArticle.Span(0, 1), null, null,
                List.of(), null, null, null, null, List.of()));
        a.st.events.add(new DraftedArticle.Event("meeting-2", "meeting", "Another", new DraftedArticle.Span(0, 1), null, null,
                List.of(), null, null, null, null, List.of()));
        new EventIdentity(a.st, new TimeStage(a.st)).present(0, a.graph(0));
        assertEquals(List.of(tatar, fidan), a.st.events.get(0).participants().stream().map(DraftedArticle.Participant::actor).toList());
        assertTrue(a.st.events.get(1).participants().isEmpty());
    }

    @Test
    void aOneWordNameListedBetweenCountriesIsACountry() {
        // dev: un-cyprus-geneva-note, "the guarantor powers, Greece, Türkiye and the United Kingdom": NER took Türkiye for a person
        List<edu.stanford.nlp.ling.CoreLabel> tokens = TaggedSentence.of("powers/NNS ,/, Greece/NNP ,/, Türkiye/NNP and/CC the/DT United/NNP Kingdom/NNP").tokens();
        for (String country : List.of("Greece", "United", "Kingdom")) {
            tokens.stream().filter(t -> t.word().equals(country)).forEach(t -> t.setNER("COUNTRY"));
        }
        assertTrue(Words.listedWithCountries(tokens, 4));
        List<edu.stanford.nlp.ling.CoreLabel> person = TaggedSentence.of("Greece/NNP and/CC Fidan/NNP said/VBD").tokens();
        person.get(0).setNER("COUNTRY");
        assertFalse(Words.listedWithCountries(person, 2));
    }

    @Test
    void whoConvenesAMeetingByAnAdjectiveHostsIt() {
        // dev: doha-three-pakistan-attends, "Pakistan will take part in the United Nations-convened meeting"
        SemanticGraph g = ParsedSentence.of("[meeting/NN-5 det>the/DT-1 amod>[convened/VBN-4 obl>[Nations/NNP-3 compound>United/NNP-2]]]",
                "convened=convene");
        HandArticle a = HandArticle.of(g);
        String un = a.entity(0, EntityKind.ORGANIZATION, "United Nations", "United", "Nations");
        Map<String, String> roles = roles(new ParticipantStage(a.st).participants(0, a.graph(0),
                ParsedSentence.word(a.graph(0), "meeting"), "meeting", new ArrayList<>()));
        assertEquals(Map.of(un, RoleType.HOST.id()), roles);
        assertTrue(Words.namesNations("United Nations"));
        assertFalse(Words.namesNations("New York"));
    }

    @Test
    void aPlaceNamedOnlyAsThePostsRemitIsNoEntity() {
        // dev: sadiq-kabul-march-2025, "Pakistan's special representative for Afghanistan"; doha-three-pakistan-attends,
        // "Assistant Secretary for West Asia"
        SemanticGraph first = ParsedSentence.of("[representative/NN-3 nmod:poss>[Pakistan/NNP-1 case>'s/POS-2] "
                + "nmod:for>[Asia/NNP-6 case>for/IN-4 compound>West/NNP-5]]");
        SemanticGraph second = ParsedSentence.of("[arrived/VBD-2 nsubj>Sadiq/NNP-1 obl:in>[Pakistan/NNP-4 case>in/IN-3]]");
        ParsedSentence.word(first, "representative").setNER("TITLE");
        HandArticle a = HandArticle.of(first, second);
        String pakistan = a.entity(0, EntityKind.COUNTRY, "Pakistan", "Pakistan");
        a.entity(1, EntityKind.COUNTRY, "Pakistan", "Pakistan");
        a.entity(0, EntityKind.REGION, "West", "West");
        a.entity(0, EntityKind.CITY, "Asia", "Asia");
        new PostStage(a.st).remitsOnly();
        assertEquals(List.of(pakistan), List.copyOf(a.st.entities.keySet()));
    }
}
