package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.etkg.Chromium;
import org.etkg.Cli;
import org.etkg.rdf.IriScheme;
import org.etkg.index.TimelineEntry;
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
 * a bad filter is explained on the page, and the map beside the timeline shows the places of
 * the filter and window and filters by place. Leaves target/timeline-served.png and target/timeline-map.png.
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

    /** The entries of a list that have coordinates (their place's identity has a point). */
    static List<TimelineEntry> placed(List<TimelineEntry> entries) {
        return entries.stream().filter(e -> e.placeLane() != null && e.placeLane().point() != null).toList();
    }

    /** How many events the map's marks stand for, and their places, read in one script. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mapped() {
        return (Map<String, Object>) browser.executeScript("var marks = Array.from(document.querySelectorAll('#map .map-mark'));"
                + "return { marks: marks.length,"
                + " events: marks.reduce(function (n, m) { return n + Number(m.getAttribute('data-count')); }, 0),"
                + " places: [].concat.apply([], marks.map(function (m) { return m.getAttribute('data-places').split(' '); })),"
                + " unplaced: Number(document.getElementById('map-unplaced').getAttribute('data-count')) };");
    }

    static boolean mapShows(List<TimelineEntry> entries) {
        Map<String, Object> m = mapped();
        List<TimelineEntry> placed = placed(entries);
        Set<String> places = placed.stream().map(e -> e.placeLane().iri()).collect(Collectors.toSet());
        return ((Number) m.get("events")).intValue() == placed.size()
                && ((Number) m.get("unplaced")).intValue() == entries.size() - placed.size()
                && new HashSet<>((List<String>) m.get("places")).equals(places)
                && ((Number) m.get("marks")).intValue() <= places.size();
    }

    /** Whether the timeline shows an entry inside a time window, as the page draws it: a dated entry by its days, an undated one always. */
    static boolean inWindow(TimelineEntry e, Instant from, Instant to) {
        if (e.anchor() == null) {
            return true;
        }
        boolean exact = e.exact();
        LocalDate start = exact ? (e.begin() != null ? e.begin() : e.date()) : (e.earliest() != null ? e.earliest() : e.anchor());
        LocalDate end = exact ? (e.end() != null ? e.end() : e.begin() != null ? e.begin() : e.date())
                : (e.latest() != null ? e.latest() : e.anchor());
        return !end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(from)
                && !start.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(to);
    }

    /**
     * The map beside the timeline: one mark per place (nearby places as one, with their count)
     * for the events of the filter and the time window, the events without coordinates counted;
     * pointing at a mark lights up its events on the timeline and back; a click on a place
     * filters the timeline to it. Leaves target/timeline-map.png.
     */
    @Test
    void theMapShowsThePlacesOfTheFilterAndWindow() {
        String base = "http://127.0.0.1:" + server.port() + "/timeline.html";
        List<TimelineEntry> all = timeline.timeline(TimelineFilter.all());
        assertTrue(placed(all).size() >= 2 && placed(all).size() < all.size(), "the data has placed and unplaced events");
        browser.get(base);
        Chromium.await("every place on the map", () -> listed().size() == all.size() && mapShows(all));
        assertTrue(browser.findElements(By.cssSelector("#map path.country")).size() > 100, "the base map's countries");
        assertEquals((all.size() - placed(all).size()) + " events without coordinates", browser.findElement(By.id("map-unplaced")).getText());

        // Pointing at a mark lights up its events in the chart and the list.
        WebElement busiest = browser.findElements(By.cssSelector("#map .map-mark")).stream()
                .max(java.util.Comparator.comparingInt(m -> Integer.parseInt(m.getAttribute("data-count")))).orElseThrow();
        Set<String> itsEvents = Set.of(busiest.getAttribute("data-iris").split(" "));
        Chromium.hover(browser, busiest.findElement(By.tagName("circle")));
        Chromium.await("its events lit up", () -> itsEvents.equals(lit("#list li.linked"))
                && itsEvents.equals(lit("#chart g.mark.linked")));
        Chromium.unhover(browser);
        Chromium.await("the light off", () -> lit("#list li.linked").isEmpty());

        // And back: pointing at an event in the chart lights up its place.
        String onePlaced = placed(all).get(0).iri();
        Chromium.hover(browser, browser.findElement(By.cssSelector("#chart g.mark[data-iri='" + onePlaced + "'] .shape")));
        Chromium.await("its place lit up", () -> browser.findElements(By.cssSelector("#map .map-mark.linked")).size() == 1
                && List.of(browser.findElement(By.cssSelector("#map .map-mark.linked")).getAttribute("data-iris").split(" ")).contains(onePlaced));
        Chromium.unhover(browser);

        // The time window filters the map.
        Instant from = Instant.parse("2025-04-01T00:00:00Z");
        Instant to = Instant.parse("2025-05-01T00:00:00Z");
        List<TimelineEntry> april = all.stream().filter(e -> inWindow(e, from, to)).toList();
        assertTrue(placed(april).size() < placed(all).size() && !placed(april).isEmpty(), "April holds some placed events, not all");
        browser.get(base + "?window=2025-04-01T00:00Z/2025-05-01T00:00Z");
        Chromium.await("April's places", () -> listed().size() == all.size() && mapShows(april));

        // A click on one place filters the timeline to it, through the server's place filter.
        browser.get(base);
        Chromium.await("every place on the map", () -> listed().size() == all.size() && mapShows(all));
        TimelineEntry.Lane kabul = placed(all).stream().map(TimelineEntry::placeLane).filter(l -> l.label().equals("Kabul")).findFirst().orElseThrow();
        WebElement mark = browser.findElement(By.cssSelector("#map .map-mark[data-places='" + kabul.iri() + "']"));
        mark.findElement(By.tagName("circle")).click();
        List<TimelineEntry> atKabul = timeline.timeline(TimelineFilter.of(null, null, null, "Kabul", null, null, ""));
        Chromium.await("Kabul's entries", () -> listed().equals(atKabul.stream().map(TimelineEntry::iri).toList()) && mapShows(atKabul));
        assertEquals("Kabul", browser.findElement(By.cssSelector("#filters input[name='place']")).getAttribute("value"));
        Chromium.await("the place in the URL", () -> browser.getCurrentUrl().contains("place=Kabul"));
        Chromium.screenshot(browser, "timeline-map.png");
        assertTrue(Chromium.warnings(browser).isEmpty(), Chromium.warnings(browser).toString());
        filter("place", "");
    }

    /** The IRIs of the elements a selector finds, read in one script. */
    @SuppressWarnings("unchecked")
    static Set<String> lit(String selector) {
        return new HashSet<>((List<String>) browser.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (n) { return n.getAttribute('data-iri'); });", selector));
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
