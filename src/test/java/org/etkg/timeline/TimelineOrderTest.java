package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.etkg.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that order the timeline, each on an event of src/test/resources/ordering made
 * for it: written dates place events; a year alone bounds an event to that year; "before"
 * and "after" another event place an entry on that side of it; a part follows its whole;
 * entries with no time at all come last, in the order the article tells them.
 */
class TimelineOrderTest {
    static final String EVENT = "https://w3id.org/etkg/event/ordering/";

    @TempDir
    static Path dir;
    static List<JsonObject> rows = new ArrayList<>();
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void load() {
        Path store = dir.resolve("store");
        Cli.Result load = Cli.run("load", "--store", store.toString(), Path.of("src/test/resources/ordering").toString());
        assertEquals(0, load.exitCode(), load.toString());
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JSON.parseAny(r.out()).getAsArray().forEach(v -> {
            rows.add(v.getAsObject());
            ids.add(v.getAsObject().getString("iri").replace(EVENT, ""));
        });
    }

    static void before(String earlier, String later) {
        assertTrue(ids.indexOf(earlier) >= 0 && ids.indexOf(earlier) < ids.indexOf(later), earlier + " before " + later + ": " + ids);
    }

    static JsonObject row(String id) {
        return rows.get(ids.indexOf(id));
    }

    @Test
    void aWrittenFullDatePlacesTheEvent() {
        assertEquals("2025-03-03", row("visit").getString("date"));
    }

    @Test
    void aYearAloneBoundsTheEventToThatYear() {
        JsonObject quarrel = row("quarrel");
        assertEquals("2024-01-01", quarrel.getString("earliest"));
        assertEquals("2024-12-31", quarrel.getString("latest"));
        before("quarrel", "visit");
    }

    @Test
    void beforeAndAfterPlaceAnEntryOnThatSideOfTheOther() {
        before("warning", "visit");
        before("visit", "progress");
        assertEquals("2025-03-03", row("warning").getString("latest"));
        assertEquals("2025-03-03", row("progress").getString("earliest"));
    }

    @Test
    void aPartFollowsItsWholeAndPrecedesWhatComesAfterIt() {
        before("visit", "talks");
        before("talks", "progress");
    }

    @Test
    void entriesWithoutAnyTimeComeLastInTheArticlesOrder() {
        assertEquals(List.of("dispute", "lull"), ids.subList(ids.size() - 2, ids.size()), ids.toString());
        assertEquals(7, ids.size(), "every event and statement is a row");
    }
}
