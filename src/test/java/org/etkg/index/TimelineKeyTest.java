package org.etkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the index reads back from a sort key: the days an exactly dated event may overlap
 * (the index leaves them out), and the day group the actor positions sort by, which must
 * never order two keys otherwise than the keys themselves.
 */
class TimelineKeyTest {
    @Test
    void anExactlyDatedKeyGivesBackItsDay() {
        TimelineIndex.Key key = new TimelineIndex.Key("0 2025-04-16 10000 shift 000003", null, null);
        assertEquals(LocalDate.of(2025, 4, 16), key.firstDay());
        assertEquals(LocalDate.of(2025, 4, 16), key.lastDay());
        assertTrue(key.onItsDay(), "its days need not be written");
        TimelineIndex.Key bounded = new TimelineIndex.Key("0 2025-04-16 10000 shift 000003", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertFalse(bounded.onItsDay(), "bounds other than the day are written");
        TimelineIndex.Key undated = new TimelineIndex.Key("1 shift 000004", null, null);
        assertNull(undated.firstDay());
        assertEquals(TimelineIndex.UNDATED, undated.dayGroup());
    }

    @Test
    void dayGroupsSortAsTheKeysDo() {
        List<String> keys = new ArrayList<>(List.of("1 b 000001", "0 2025-04-16 10001 a 000002", "0 2025-04-16 09999 z 000001",
                "0 2024-12-31 10000 a 000001", "0 +10000-01-01 10000 a 000001", "0 0999-01-01 10000 a 000001", "1 a 000009"));
        keys.sort(Comparator.naturalOrder());
        for (int i = 1; i < keys.size(); i++) {
            int before = new TimelineIndex.Key(keys.get(i - 1), null, null).dayGroup();
            int after = new TimelineIndex.Key(keys.get(i), null, null).dayGroup();
            assertTrue(before <= after, keys.get(i - 1) + " (" + before + ") sorts before " + keys.get(i) + " (" + after + ")");
        }
        assertEquals(20250416, new TimelineIndex.Key("0 2025-04-16 10000 a 000001", null, null).dayGroup());
        assertEquals(20250416, TimelineIndex.dayGroup(TimelineIndex.actorPosition(
                new TimelineIndex.Key("0 2025-04-16 10000 a 000001", null, null), 3)));
    }
}
