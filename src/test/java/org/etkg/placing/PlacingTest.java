package org.etkg.placing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.etkg.model.PlacedBy;
import org.junit.jupiter.api.Test;

/** The timeline's ordering rules on their own, without a store. */
class PlacingTest {
    static Placing.Item item(String iri) {
        Placing.Item b = new Placing.Item();
        b.iri = iri;
        return b;
    }

    static Map<String, Placing.Item> placed(Placing.Item... items) {
        Map<String, Placing.Item> map = new LinkedHashMap<>();
        for (Placing.Item b : items) {
            map.put(b.iri, b);
        }
        map.values().forEach(Placing::writtenDates);
        Placing.place(map);
        return map;
    }

    @Test
    void aResolvedDateOrADateWrittenInFullPlacesAnEvent() {
        Placing.Item resolved = item("a");
        resolved.date = LocalDate.of(2025, 4, 16);
        Placing.Item written = item("b");
        written.year = 2025;
        written.month = 4;
        written.day = 17;
        placed(resolved, written);
        assertEquals(LocalDate.of(2025, 4, 16), resolved.anchor);
        assertEquals(PlacedBy.DATE, resolved.placedBy);
        assertEquals(LocalDate.of(2025, 4, 17), written.anchor);
        assertEquals(PlacedBy.DATE, written.placedBy);
    }

    @Test
    void aYearAloneBoundsTheEventToThatYear() {
        Placing.Item b = item("a");
        b.year = 2024;
        placed(b);
        assertEquals(PlacedBy.BOUNDS, b.placedBy);
        assertEquals(LocalDate.of(2024, 1, 1), b.firstDay());
        assertEquals(LocalDate.of(2024, 12, 31), b.lastDay());
    }

    /** Found by TimelineOrderPropertiesTest: a chain used to come out in the article's order. */
    @Test
    void aChainOfBeforesLongerThanTenKeepsItsOrder() {
        List<Placing.Item> chain = new ArrayList<>();
        Placing.Item last = item("e-00");
        last.date = LocalDate.of(2025, 11, 6);
        chain.add(last);
        for (int i = 1; i <= 14; i++) {
            Placing.Item b = item(String.format("e-%02d", i));
            // Told in the article's order, which is the reverse of the time order.
            b.quoteStart = i;
            b.relations.add(new Placing.Relation("before", chain.get(i - 1).iri, null));
            chain.add(b);
        }
        Map<String, Placing.Item> map = placed(chain.toArray(Placing.Item[]::new));
        List<String> order = Placing.ordered(map).stream().map(b -> b.iri).toList();
        List<String> expected = new ArrayList<>(chain.stream().map(b -> b.iri).toList());
        java.util.Collections.reverse(expected);
        assertEquals(expected, order);
    }

    @Test
    void relatedEventsArePlacedByWhatTheyAreRelatedTo() {
        Placing.Item visit = item("visit");
        visit.date = LocalDate.of(2025, 4, 16);
        Placing.Item after = item("after");
        after.relations.add(new Placing.Relation("after", "visit", null));
        Placing.Item before = item("before");
        before.relations.add(new Placing.Relation("before", "visit", "P15M"));
        Placing.Item part = item("part");
        part.partOf = "visit";
        Placing.Item nothing = item("nothing");
        placed(visit, after, before, part, nothing);
        assertEquals(visit.anchor, after.anchor);
        assertEquals(visit.anchor, after.earliest);
        assertEquals(visit.anchor, before.latest);
        assertEquals(visit.anchor, part.anchor);
        assertEquals(visit.tie + 1, part.tie);
        assertNull(nothing.anchor);
        List<String> order = Placing.ordered(placed(nothing, part, after, before, visit)).stream().map(b -> b.iri).toList();
        assertEquals(List.of("before", "visit", "part", "after", "nothing"), order);
    }

    @Test
    void aPartOnTheDayOfItsWholeComesAfterIt() {
        Placing.Item whole = item("whole");
        whole.date = LocalDate.of(2025, 4, 16);
        whole.quoteStart = 500;
        Placing.Item part = item("part");
        part.date = LocalDate.of(2025, 4, 16);
        part.partOf = "whole";
        part.quoteStart = 10; // told first, but it is a part of the visit
        assertEquals(List.of("whole", "part"), Placing.ordered(placed(part, whole)).stream().map(b -> b.iri).toList());
    }

    /** The index's sort keys order events exactly as the rules do, whatever the mix of dates, ties and articles. */
    @Test
    void sortKeysOrderAsTheRulesDo() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Placing.Item> items = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Placing.Item b = item("https://w3id.org/etkg/event/x/e" + i);
                if (random.nextInt(4) > 0) {
                    b.anchor = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(40));
                    b.tie = random.nextInt(6) - 1;
                }
                b.article = "https://w3id.org/etkg/article/" + (random.nextBoolean() ? "a" : "ab");
                b.quoteStart = random.nextInt(1000);
                items.add(b);
            }
            List<Placing.Item> byRules = new ArrayList<>(items);
            byRules.sort(Placing.ORDER);
            Map<Placing.Item, String> keys = new LinkedHashMap<>();
            for (int i = 0; i < byRules.size(); i++) {
                keys.put(byRules.get(i), Placing.sortKey(byRules.get(i), i));
            }
            List<Placing.Item> byKeys = new ArrayList<>(items);
            byKeys.sort((x, y) -> keys.get(x).compareTo(keys.get(y)));
            assertEquals(byRules, byKeys);
        }
    }
}
