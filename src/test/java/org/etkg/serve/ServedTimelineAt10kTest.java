package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.etkg.Chromium;
import org.etkg.Cli;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.etkg.timeline.Paging;
import org.etkg.timeline.TimelineFilter;
import org.etkg.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The served page on a store of 10,000 generated articles, in a real headless Chromium: an
 * analyst finds a person's events, zooms into them by the wheel and the buttons, and opens
 * one for its evidence, with nothing fetched from elsewhere and nothing logged. The times to
 * the first paint and to the first entries are written to target/timeline-10k.txt (the
 * benchmark prints them; a unit test asserts no times), with screenshots beside them.
 */
class ServedTimelineAt10kTest {
    static final int ARTICLES = 10_000;
    static final String PERSON = "Farid Rahimi";
    /** Entries the page asks for first. */
    static final int PAGE = 100;

    @TempDir
    static Path dir;
    static EtkgStore store;
    static EtkgServer server;
    static ChromeDriver browser;
    static String origin;

    @BeforeAll
    static void open() {
        Path corpus = dir.resolve("corpus");
        assertEquals(0, Cli.run("generate", "--articles", String.valueOf(ARTICLES), "--seed", "1", "--out", corpus.toString()).exitCode());
        Cli.Result load = Cli.run("load", "--no-resolve", "--store", dir.resolve("store").toString(), corpus.toString());
        assertEquals(0, load.exitCode(), load.toString());
        store = EtkgStore.openExisting(dir.resolve("store"));
        server = EtkgServer.start(store, IriScheme.defaults(), new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(30), 10_000, false));
        origin = "http://127.0.0.1:" + server.port();
        browser = Chromium.start(dir.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> listed() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#list li')).map(function (li) { return li.getAttribute('data-iri'); });");
    }

    static double viewDays() {
        WebElement chart = browser.findElement(By.id("chart"));
        return Duration.between(Instant.parse(chart.getAttribute("data-view-start")),
                Instant.parse(chart.getAttribute("data-view-end"))).toMinutes() / 1440.0;
    }

    static double millis(String script) {
        Object v = browser.executeScript(script);
        return v == null ? -1 : ((Number) v).doubleValue();
    }

    static void screenshot(String name) throws Exception {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anAnalystFindsZoomsIntoAndOpensAnEventOfTenThousandArticles() throws Exception {
        // Served as `etkg serve` serves it; the first visit comes once the timeline is in memory.
        TimelineService expected = new TimelineService(store, IriScheme.defaults());
        assertTrue(server.awaitTimeline(Duration.ofMinutes(2)), "the timeline is read into memory");
        browser.get(origin + "/timeline.html");
        Chromium.await("the first page", () -> listed().size() == PAGE);
        double firstPaint = millis("var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;");
        double firstEntries = millis("var m = performance.getEntriesByName('etkg-entries')[0]; return m ? m.startTime : null;");
        assertTrue(firstPaint > 0 && firstEntries > 0, "the page reports its paint and its first entries");
        assertEquals(expected.page(TimelineFilter.all(), new Paging(PAGE, 0, null)).entries().stream().map(TimelineEntry::iri).toList(),
                listed(), "the first page is the store's");
        String firstStatus = browser.findElement(By.id("status")).getText();
        screenshot("timeline-10k-first-page.png");

        // Find a person: suggested while typing, then the filter round-trips through the server.
        WebElement actor = browser.findElement(By.cssSelector("#filters input[name='actor']"));
        actor.sendKeys("farid rah");
        Chromium.await("suggestions", () -> browser.findElements(By.cssSelector("#actor-names option")).stream()
                .anyMatch(o -> PERSON.equals(o.getAttribute("value"))));
        actor.clear();
        actor.sendKeys(PERSON);
        browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
        List<String> farid = expected.page(new TimelineFilter(null, null, PERSON, null), new Paging(PAGE, 0, null)).entries().stream()
                .map(TimelineEntry::iri).toList();
        Chromium.await("the person's first page", () -> listed().equals(farid));
        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.matches("\\d+ entries, " + PAGE + " shown.*"), status);

        // Zoom: by the wheel over the chart, then by the buttons down to hours.
        WebElement chart = browser.findElement(By.id("chart"));
        double fitted = viewDays();
        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(chart), 0, -400).perform();
        Chromium.await("zoom in by the wheel", () -> viewDays() < fitted * 0.8);
        for (int i = 0; i < 16; i++) {
            browser.findElement(By.id("zoom-in")).click();
        }
        Chromium.await("hours on the axis", () -> viewDays() <= 0.2);
        browser.findElement(By.id("zoom-fit")).click();
        Chromium.await("fit again", () -> Math.abs(viewDays() - fitted) < 0.01);

        // Open an event: its evidence quote and source are shown.
        String first = farid.get(0);
        browser.findElement(By.cssSelector("#list li[data-iri='" + first + "']")).click();
        WebElement details = browser.findElement(By.id("details"));
        Chromium.await("the evidence", () -> !details.findElements(By.cssSelector("blockquote")).isEmpty());
        assertTrue(details.getText().contains(PERSON), details.getText());
        screenshot("timeline-10k-event.png");

        // Nothing was fetched from anywhere but the server, and nothing was logged.
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        assertFalse(fetched.isEmpty());
        fetched.forEach(url -> assertTrue(url.startsWith(origin + "/"), "fetched from elsewhere: " + url));
        assertTrue(Chromium.warnings(browser).isEmpty(), Chromium.warnings(browser).toString());

        Files.writeString(Path.of("target", "timeline-10k.txt"), String.format(Locale.ROOT,
                "served page at %d articles: first paint %.0f ms, first entries drawn %.0f ms (target < 1000 ms); the page says: %s%n",
                ARTICLES, firstPaint, firstEntries, firstStatus));
    }
}
