package org.etkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.jena.atlas.json.JSON;
import org.etkg.model.PlacedBy;
import org.junit.jupiter.api.Test;

/** An index entry reads back as it was written, whatever its text holds, and its JSON is JSON. */
class EntryJsonTest {
    static final String HARD = "\"\\/\b\f\n\r\t\u0000\u001f é – 😀 ZWJ\u200d ٍ‎";

    static TimelineEntry entry(String text, Random random) {
        return TimelineEntry.builder("https://w3id.org/etkg/event/a/" + random.nextInt(100)).label(text)
                .statement(random.nextBoolean()).type("make a visit").asWritten(text).writtenYear(2025).writtenMonth(4)
                .writtenDay(random.nextBoolean() ? null : 16).date(LocalDate.of(2025, 4, 16)).earliest(LocalDate.of(2024, 1, 3))
                .relations(List.of(new TimelineEntry.Relation("before", "https://w3id.org/etkg/event/a/x", text, "P15M")))
                .anchor(LocalDate.of(2025, 4, 16)).placedBy(PlacedBy.DATE).placeIri("https://w3id.org/etkg/id/kabul").place(text)
                .participants(List.of(new TimelineEntry.Participant("https://w3id.org/etkg/id/dar", text, "visitor"),
                        new TimelineEntry.Participant("https://w3id.org/etkg/id/x", "X", "host")))
                .source("the article").modality("alleged").text(text).quote(text).quoteStart(random.nextInt(5000))
                .article("https://w3id.org/etkg/article/a")
                .reports(new TimelineEntry.Reports(List.of(), List.of(), List.of(), List.of())).build();
    }

    @Test
    void everyEntryReadsBackAsWritten() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.appendCodePoint(random.nextInt(4) == 0 ? HARD.codePointAt(HARD.offsetByCodePoints(0, random.nextInt(HARD.codePointCount(0, HARD.length()))))
                        : 0x20 + random.nextInt(0x2FFF));
            }
            TimelineEntry e = entry(text.toString(), random);
            String json = EntryJson.encode(e);
            TimelineEntry back = EntryJson.decode(e.iri(), json);
            assertEquals(e.withReports(back.reports()), back, json);
            // Any JSON reader reads it: the value is plain JSON for analysts' tools too.
            assertEquals(e.label(), JSON.parse(json).getString("label"));
        }
    }

    @Test
    void aDamagedEntrySaysWhichEventItBelongsTo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntryJson.decode("https://w3id.org/etkg/event/a/b", "{\"label\":\"x\""));
        assertEquals(true, e.getMessage().contains("https://w3id.org/etkg/event/a/b"), e.getMessage());
    }
}
