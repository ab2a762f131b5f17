package org.etkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.etkg.model.NameKey;
import org.junit.jupiter.api.Test;

/** Name folding and the link step's score thresholds, on small hand-made entities. */
class NameMatchingTest {
    static final String PK = "http://www.wikidata.org/entity/Q843";
    static final String AF = "http://www.wikidata.org/entity/Q889";

    static LinkEntity person(String iri, String label, Set<String> country, List<String> posts) {
        return new LinkEntity(iri, LinkType.PERSON, List.of(label), country, false, posts, !posts.isEmpty(), null);
    }

    static LinkEntity city(String iri, String label, Set<String> country) {
        return new LinkEntity(iri, LinkType.PLACE, List.of(label), country, false, List.of(), false, null);
    }

    @Test
    void foldingDropsCaseDiacriticsApostrophesAndPunctuation() {
        assertEquals("kabul", NameKey.fold("Kābul"));
        assertEquals("noor ud din azizi", NameKey.fold("Noor-ud-Din  Azizi"));
        assertEquals("khyber pakhtunkhwa", NameKey.fold("Khyber–Pakhtunkhwa"));
        assertEquals("daesh", NameKey.fold("Dā’esh"));
    }

    @Test
    void honorificsAreNotPartOfTheName() {
        assertEquals("amir khan muttaqi", NameKey.normalized("Mawlawi Amir Khan Muttaqi"));
        assertEquals(NameKey.normalized("Mullah Abdul Qayyum Zakir"), NameKey.normalized("Abdul Qayyum Zakir"));
    }

    @Test
    void transliterationVariantsShareAPhoneticKeyAndOtherNamesDoNot() {
        assertEquals(NameKey.phonetic("Noor-ud-Din Azizi"), NameKey.phonetic("Nooruddin Azizi"));
        assertEquals(NameKey.phonetic("Mohammad Sadiq"), NameKey.phonetic("Muhammad Sadiq"));
        assertNotEquals(NameKey.phonetic("Ishaq Dar"), NameKey.phonetic("Ishaq Khan"));
    }

    @Test
    void overlapIsTheShareOfNameParts() {
        assertEquals(1.0, NameKey.overlap("Amir Khan Muttaqi", "Muttaqi Amir Khan"));
        assertEquals(0.5, NameKey.overlap("Mohammad Sadiq", "Mohammad Sadiq Khan Achakzai"));
        assertEquals(0.0, NameKey.overlap("Kabul", "Islamabad"));
    }

    @Test
    void aPersonByNameAloneGoesToReviewNeverToSameAs() {
        Matcher m = new Matcher(0.9, 0.6);
        Candidate c = m.score(person("a:dar", "Ishaq Dar", Set.of(), List.of()), person("b:dar", "Ishaq Dar", Set.of(), List.of()));
        assertEquals(Candidate.Status.REVIEW, c.status(), c.toString());
        assertTrue(c.score() < 0.9 && c.score() >= 0.6, "just under the accept threshold: " + c.score());
    }

    @Test
    void aMatchingPostConfirmsAPerson() {
        Matcher m = new Matcher(0.9, 0.6);
        Candidate c = m.score(person("a:dar", "Ishaq Dar", Set.of(PK), List.of("Foreign Minister")),
                person("b:dar", "Ishaq Dar", Set.of(PK), List.of("Minister of Foreign Affairs")));
        assertEquals(Candidate.Status.ACCEPTED, c.status(), c.toString());
        assertTrue(c.context().stream().anyMatch(x -> x.startsWith("post agrees")), c.context().toString());
    }

    @Test
    void anotherCountryPullsAPlaceBelowReview() {
        Matcher m = new Matcher(0.9, 0.6);
        Candidate same = m.score(city("a:hyd", "Hyderabad", Set.of(PK)), city("b:hyd", "Hyderabad", Set.of(PK)));
        assertEquals(Candidate.Status.ACCEPTED, same.status(), same.toString());
        Candidate other = m.score(city("a:hyd", "Hyderabad", Set.of(PK)), city("c:hyd", "Hyderabad", Set.of("http://www.wikidata.org/entity/Q668")));
        assertTrue(other.score() < 0.6, "a Hyderabad in India is not proposed: " + other.score());
    }

    @Test
    void differentKindsAndUnrelatedNamesAreNeverCandidates() {
        Matcher m = new Matcher(0.9, 0.6);
        assertNull(m.score(city("a:kabul", "Kabul", Set.of(AF)), person("b:kabul", "Kabul", Set.of(), List.of())));
        assertNull(m.score(city("a:kabul", "Kabul", Set.of(AF)), city("b:herat", "Herat", Set.of(AF))));
    }

    @Test
    void twoEquallyGoodTargetsBothGoToReview() {
        Matcher m = new Matcher(0.9, 0.6);
        LinkEntity ours = city("a:hyd", "Hyderabad", Set.of(PK));
        List<Candidate> found = m.match(List.of(ours), List.of(city("b:h1", "Hyderabad", Set.of(PK)), city("b:h2", "Hyderabad", Set.of(PK))), Set.of());
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(c -> c.status() == Candidate.Status.REVIEW), found.toString());
    }

    @Test
    void aDecidedPairIsNotProposedAgain() {
        Matcher m = new Matcher(0.9, 0.6);
        LinkEntity ours = city("a:hyd", "Hyderabad", Set.of(PK));
        List<Candidate> found = m.match(List.of(ours), List.of(city("b:h1", "Hyderabad", Set.of(PK))), Set.of(Matcher.pair("a:hyd", "b:h1")));
        assertTrue(found.isEmpty(), found.toString());
    }
}
