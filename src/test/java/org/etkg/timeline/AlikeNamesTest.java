package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The names offered for a name that names no one: the ones a typo meant, best first. */
class AlikeNamesTest {
    private static final List<String> NAMES = List.of("Farid Rahimi", "Farid Rahimi no. 2", "Huma Rahimi", "Farid Khan",
            "Ghazni", "Kabul", "Ali Jan");

    @Test
    void aNameWithMoreOfTheWordsTypedComesFirstThenTheFewestEditsThenTheShortest() {
        assertEquals(List.of("Farid Rahimi", "Farid Rahimi no. 2", "Farid Khan", "Huma Rahimi"), AlikeNames.of("Farid Rahimy", NAMES));
    }

    @Test
    void aWordTypedMatchesTheStartOfAWordOrAFewEditsOfIt() {
        assertEquals(List.of("Ghazni"), AlikeNames.of("Gazni", NAMES), "one edit in a word of five letters");
        assertEquals(List.of("Huma Rahimi", "Farid Rahimi", "Farid Rahimi no. 2"), AlikeNames.of("rahim", NAMES), "a start, the shortest first");
        assertEquals(List.of("Kabul"), AlikeNames.of("KĀBUL", NAMES), "folded as names are");
    }

    @Test
    void shortWordsMustMatchTheirStartAndFarWordsMatchNothing() {
        assertEquals(List.of(), AlikeNames.of("Alx", NAMES), "three letters: no edits allowed");
        assertEquals(List.of("Ali Jan"), AlikeNames.of("Ali", NAMES));
        assertEquals(List.of(), AlikeNames.of("Qqqq Zzzz", NAMES));
        assertEquals(List.of(), AlikeNames.of("  ", NAMES));
    }
}
