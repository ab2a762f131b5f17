package org.etkg.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.etkg.Cli;

/**
 * On articles the test writes itself (events with full dates, and events the article places
 * only before or after another, in chains), the timeline puts every event that the facts say
 * is before another ahead of it, and every event that is after another behind it.
 */
class TimelineOrderPropertiesTest {

    /** One drawn event: its date, or the event it is before or after. */
    record Drawn(String id, LocalDate date, String relation, String other) {
    }

    @Property(tries = 12)
    void theTimelineRespectsEveryBeforeAndAfter(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                @ForAll @IntRange(min = 2, max = 12) int events) throws IOException {
        List<Drawn> drawn = draw(new Random(seed), events);
        Path dir = Files.createTempDirectory("etkg-order");
        try {
            Path article = write(dir.resolve("article-" + seed), "order-" + seed, drawn);
            Path store = dir.resolve("store");
            Cli.Result load = Cli.run("load", "--store", store.toString(), article.toString());
            assertEquals(0, load.exitCode(), () -> load + "\n" + drawn);
            Cli.Result timeline = Cli.run("timeline", "--store", store.toString(), "--format", "json", "--limit", "1000");
            assertEquals(0, timeline.exitCode(), timeline::toString);
            JsonArray rows = JSON.parseAny(timeline.out()).getAsArray();
            List<String> order = new ArrayList<>();
            rows.forEach(r -> {
                String iri = r.getAsObject().getString("iri");
                order.add(iri.substring(iri.lastIndexOf('/') + 1));
            });
            for (Drawn d : drawn) {
                assertTrue(order.contains(d.id()), () -> d.id() + " is missing from " + order);
                if (d.relation() == null) {
                    continue;
                }
                int self = order.indexOf(d.id());
                int other = order.indexOf(d.other());
                boolean kept = d.relation().equals("before") ? self < other : self > other;
                assertTrue(kept, () -> d.id() + " is " + d.relation() + " " + d.other() + " in the facts, but the timeline reads "
                        + order + " (seed " + seed + ", " + drawn + ")");
            }
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /**
     * Dated events (any day of 2025), and events that are only before or after an event drawn
     * earlier; a dated event may also be before a later-dated one.
     */
    static List<Drawn> draw(Random random, int count) {
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = "event-" + i;
            if (drawn.isEmpty() || random.nextInt(3) == 0) {
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
                List<Drawn> later = drawn.stream().filter(d -> d.date() != null && d.date().isAfter(date)).toList();
                if (!later.isEmpty() && random.nextBoolean()) {
                    drawn.add(new Drawn(id, date, "before", later.get(random.nextInt(later.size())).id()));
                } else {
                    drawn.add(new Drawn(id, date, null, null));
                }
            } else {
                Drawn other = drawn.get(random.nextInt(drawn.size()));
                drawn.add(new Drawn(id, null, random.nextBoolean() ? "before" : "after", other.id()));
            }
        }
        return drawn;
    }

    /** The article's text (one sentence per event) and its facts.yaml. */
    static Path write(Path folder, String id, List<Drawn> drawn) throws IOException {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder("Events in order\n\n");
        StringBuilder facts = new StringBuilder("format: etkg-facts/1\narticle:\n  id: " + id
                + "\n  text: article.txt\n  headline: Events in order\nevents:\n");
        for (Drawn d : drawn) {
            String sentence = "Happening " + d.id().substring("event-".length()) + " took place";
            text.append(sentence).append(". ");
            facts.append("  - id: ").append(d.id()).append("\n    type: visit\n    label: Happening ")
                    .append(d.id()).append("\n    quote: \"").append(sentence).append("\"\n    time: {written: \"")
                    .append(d.date() != null ? d.date().toString() : d.relation()).append('"');
            if (d.date() != null) {
                facts.append(", date: \"").append(d.date()).append('"');
            }
            if (d.relation() != null) {
                facts.append(", ").append(d.relation()).append(": ").append(d.other());
            }
            facts.append("}\n");
        }
        Files.writeString(folder.resolve("article.txt"), text.append('\n').toString());
        Files.writeString(folder.resolve("facts.yaml"), facts.toString());
        return folder;
    }
}
