package org.etkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void dateWithoutYearKeepsOnlyMonthAndDay() {
        PartialDate d = PartialDate.parse("--04-16");
        assertTrue(d.year().isEmpty());
        assertEquals(4, d.month().orElseThrow());
        assertEquals(16, d.day().orElseThrow());
        assertEquals(PartialDate.Precision.DAY, d.precision());
        assertTrue(d.toLocalDate().isEmpty(), "no calendar date without a year");
    }

    @Test
    void impossibleDatesAreRefusedWithTheReason() {
        assertEquals("'--02-30' is not a real date: February has no day 30",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("--02-30")).getMessage());
        assertEquals("'2025-02-29' is not a real date: 2025 is not a leap year",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-29")).getMessage());
        assertEquals("'--13' is not a real date: there is no month 13",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("--13")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("16 April"))
                .getMessage().contains("write YYYY-MM-DD"));
    }

    @Test
    void februaryTwentyNinthWithoutAYearMayExist() {
        assertEquals("--02-29", PartialDate.parse("--02-29").toString());
        assertEquals("2024-02-29", PartialDate.parse("2024-02-29").toString());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2025-04").precision());
    }
}
