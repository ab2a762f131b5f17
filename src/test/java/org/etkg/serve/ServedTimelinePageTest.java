package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.etkg.Chromium;
import org.etkg.Cli;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
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

/**
 * The page `etkg serve` serves at /timeline.html, in a real headless Chromium against a real
 * server on a free loopback port: it fetches its entries, filters round-trip through
 * GET /timeline, names are suggested while typing, merged events show their reports, and
 * a bad filter is explained on the page. Leaves target/timeline-served.png.
 */
class ServedTimelinePageTest {
    @TempDir
    static Path dir;
    static EtkgStore store;
    static EtkgServer server;
    static ChromeDriver browser;
    static TimelineService timeline;

    @BeforeAll
    static void open() {
        store = EtkgStore.openExisting(Cli.loadedStore(dir));
        server = EtkgServer.start(store, IriScheme.defaults(), new EtkgServer.Options("127.0.0.1", 0, Duration.ofSeconds(5), 10_000, false));
        timeline = new TimelineService(store, IriScheme.defaults());
        browser = Chromium.start(dir.resolve("profile"));
        browser.get("http://127.0.0.1:" + server.port() + "/timeline.html");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
        store.close();
    }

    /** The entries listed, read in one script so that a redraw cannot change the list under the test. */
    @SuppressWarnings("unchecked")
    static List<String> listed() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#list li')).map(function (li) { return li.getAttribute('data-iri'); });");
    }

    static void filter(String field, String value) {
        WebElement input = browser.findElement(By.cssSelector("#filters input[name='" + field + "']"));
        input.clear();
        input.sendKeys(value);
    }

    static void show(List<String> expected) {
        browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
        Chromium.await("the filtered entries", () -> listed().equals(expected));
    }

    @Test
    void filtersRoundTripThroughTheServer() throws Exception {
        List<String> all = timeline.timeline(TimelineFilter.all()).stream().map(e -> e.iri()).toList();
        Chromium.await("the first page", () -> !listed().isEmpty());
        for (String field : List.of("actor", "place", "from", "to", "type")) {
            filter(field, "");
        }
        show(all);
        assertEquals(all.size(), ((Number) browser.executeScript(
                "return new Set(Array.from(document.querySelectorAll('#chart g.mark')).map(function (m) { return m.getAttribute('data-iri'); })).size;"))
                .intValue());

        filter("actor", "Azizi");
        List<String> azizi = timeline.timeline(TimelineFilter.of(null, null, "Azizi", null, null, null, "")).stream().map(e -> e.iri()).toList();
        show(azizi);
        assertTrue(azizi.size() >= 4 && azizi.size() < all.size(), azizi.toString());

        filter("from", "2025-04");
        filter("to", "2025-04");
        show(timeline.timeline(TimelineFilter.of("2025-04", "2025-04", "Azizi", null, null, null, "")).stream().map(e -> e.iri()).toList());

        // A merged event: one mark, with its number of reports and every report's evidence.
        String merged = (String) browser.executeScript(
                "var t = document.querySelector('#chart g.mark text.reports'); return t ? t.parentNode.getAttribute('data-iri') : null;");
        assertTrue(merged != null, "a merged event among " + listed());
        browser.findElement(By.cssSelector("#chart g.mark[data-iri='" + merged + "']")).click();
        WebElement details = browser.findElement(By.id("details"));
        Chromium.await("the evidence", () -> details.getText().contains("Reports"));
        assertTrue(details.findElements(By.cssSelector("mark.evidence")).size() >= 2, details.getText());
        Path shot = Path.of("target", "timeline-served.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Chromium.warnings(browser).isEmpty(), Chromium.warnings(browser).toString());
    }

    /** A link with filters, time window, lanes and selection in its query opens that view, and the page keeps its URL current. */
    @Test
    void aLinkOpensTheSameView() {
        List<String> april = timeline.timeline(TimelineFilter.of("2025-04", "2025-04", "Azizi", null, null, null, "")).stream()
                .map(e -> e.iri()).toList();
        List<String> azizi = timeline.timeline(TimelineFilter.of(null, null, "Azizi", null, null, null, "")).stream().map(e -> e.iri()).toList();
        String chosen = april.get(0);
        String base = "http://127.0.0.1:" + server.port() + "/timeline.html";
        browser.get(base + "?actor=Azizi&lanes=place&window=2025-03-01T00:00Z/2025-05-01T00:00Z&selected="
                + java.net.URLEncoder.encode(chosen, java.nio.charset.StandardCharsets.UTF_8));
        Chromium.await("the linked view", () -> listed().equals(azizi)
                && browser.findElements(By.cssSelector("#list li.selected")).size() == 1);
        assertEquals("Azizi", browser.findElement(By.cssSelector("#filters input[name='actor']")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("by-place")).getAttribute("aria-pressed"));
        WebElement chart = browser.findElement(By.id("chart"));
        assertEquals("2025-03-01T00:00:00.000Z", chart.getAttribute("data-view-start"));
        assertEquals("2025-05-01T00:00:00.000Z", chart.getAttribute("data-view-end"));
        assertEquals(chosen, browser.findElement(By.cssSelector("#list li.selected")).getAttribute("data-iri"));
        assertTrue(browser.findElement(By.id("details")).getText().contains(chosen), browser.findElement(By.id("details")).getText());

        // Changed on the page, the view is in the URL again: reopening it gives the same view.
        browser.findElement(By.id("zoom-in")).click();
        browser.findElement(By.id("by-actor")).click();
        Chromium.await("the URL follows", () -> !browser.getCurrentUrl().contains("lanes=place")
                && !browser.getCurrentUrl().contains("window=2025-03-01T00%3A00Z%2F2025-05-01"));
        String start = chart.getAttribute("data-view-start");
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("actor=Azizi") && url.contains("selected="), url);
        browser.get("about:blank");
        browser.get(url);
        Chromium.await("the reopened view", () -> listed().equals(azizi) && browser.findElements(By.cssSelector("#list li.selected")).size() == 1);
        assertEquals(start, browser.findElement(By.id("chart")).getAttribute("data-view-start"));
        assertEquals("true", browser.findElement(By.id("by-actor")).getAttribute("aria-pressed"));
        assertTrue(Chromium.warnings(browser).isEmpty(), Chromium.warnings(browser).toString());
    }

    @Test
    void namesAreSuggestedWhileTyping() {
        filter("actor", "azi");
        // Read in one script: the list is rebuilt at each keystroke's answer.
        Chromium.await("suggestions", () -> Boolean.TRUE.equals(browser.executeScript(
                "return Array.from(document.querySelectorAll('#actor-names option')).some(function (o) { return o.value === 'Noor-ud-Din Azizi'; });")));
    }

    @Test
    void aBadFilterIsExplainedOnThePage() {
        filter("actor", "");
        filter("from", "2025-13");
        browser.findElement(By.cssSelector("#filters button[type='submit']")).click();
        WebElement status = browser.findElement(By.id("status"));
        Chromium.await("the error", () -> status.getText().contains("not a real date"));
        assertEquals("error", status.getAttribute("class"));
        filter("from", "");
        Chromium.warnings(browser); // the browser logs the 400 answer itself; nothing else may be logged
    }
}
