package org.etkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A bulk load's batches take every article once, in order, small first and then at full size. */
class BulkSlicesTest {
    @Test
    void batchesCoverEveryArticleOnceInOrderAndGrowToTheirSize() {
        for (int total : new int[] {0, 1, 7, 8, 9, 200, 1000, 10_001}) {
            List<int[]> slices = BulkLoader.slices(total, 128);
            int next = 0;
            for (int[] s : slices) {
                assertEquals(next, s[0], "batches follow each other without gap or overlap (" + total + ")");
                assertTrue(s[1] > s[0] && s[1] - s[0] <= 128, "a batch holds 1 to 128 articles");
                next = s[1];
            }
            assertEquals(total, next, "every article is in a batch (" + total + ")");
        }
        List<int[]> slices = BulkLoader.slices(10_000, 128);
        assertEquals(8, slices.get(0)[1] - slices.get(0)[0], "the first batch is small");
        assertEquals(128, slices.get(10)[1] - slices.get(10)[0], "later ones are full");
    }
}
