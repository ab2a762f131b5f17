package org.etkg.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.etkg.Cli;
import org.etkg.bench.DraftQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drafts of every article in data/ against their hand-written facts (DraftQuality says how items
 * are matched). The floors are the figures the README reports, a little below them: a change to the
 * drafter that loses quality fails here. Where they are below the goals, the README says so.
 */
class DraftQualityTest {

    @Test
    void draftsOfTheArticlesInDataLoadQuoteTheTextAndFindMostOfTheHandWrittenFacts(@TempDir Path dir) throws Exception {
        DraftQuality.Report report = DraftQuality.run(Cli.data(), dir);
        String table = DraftQuality.table(report);
        assertTrue(report.articles().size() >= 8, table);
        for (DraftQuality.ArticleScore a : report.articles()) {
            assertTrue(a.loads(), a.article() + " does not load\n" + table);
            assertEquals(0, a.quotesNotInText(), a.article() + " quotes words its text does not have\n" + table);
        }
        Map<String, DraftQuality.Score> total = report.total();
        floor(total, "entities", FLOOR_ENTITY_PRECISION, FLOOR_ENTITY_RECALL, table);
        floor(total, "posts", 0.80, 0.70, table);
        floor(total, "events", 0.70, FLOOR_EVENT_RECALL, table);
        floor(total, "statements", 0.55, FLOOR_STATEMENT_RECALL, table);
        floor(total, "participants", 0.70, 0.35, table);
    }

    static final double FLOOR_ENTITY_PRECISION = 0.80;
    static final double FLOOR_ENTITY_RECALL = 0.80;
    static final double FLOOR_EVENT_RECALL = 0.60;
    static final double FLOOR_STATEMENT_RECALL = 0.40;

    private static void floor(Map<String, DraftQuality.Score> total, String measure, double precision, double recall, String table) {
        DraftQuality.Score s = total.get(measure);
        assertTrue(s.precision() >= precision, measure + " precision " + s.precision() + " < " + precision + "\n" + table);
        assertTrue(s.recall() >= recall, measure + " recall " + s.recall() + " < " + recall + "\n" + table);
    }
}
