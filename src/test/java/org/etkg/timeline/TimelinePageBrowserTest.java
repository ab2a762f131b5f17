package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.etkg.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML timeline opened in a real headless Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs): every entry is drawn, a click shows its
 * evidence, and the console stays clean. Leaves target/timeline.png for people to look at.
 */
class TimelinePageBrowserTest {
    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static JsonArray entries;
    static java.util.Map<String, String> representatives;

    @BeforeAll
    static void openPage() throws Exception {
        Path store = Cli.loadedStore(dir);
        Path page = dir.resolve("timeline.html");
        assertEquals(0, Cli.run("timeline", "--store", store.toString(), "--format", "html", "-o", page.toString()).exitCode());
        entries = JSON.parseAny(Cli.run("timeline", "--store", store.toString(), "--format", "json").out()).getAsArray();
        representatives = representatives(store);

        browser = org.etkg.Chromium.start(dir.resolve("profile"));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyEntryIsDrawnOnTheChart() {
        Set<String> drawn = browser.findElements(By.cssSelector("#chart svg g.mark")).stream()
                .map(e -> e.getAttribute("data-iri")).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>();
        entries.forEach(v -> expected.add(v.getAsObject().getString("iri")));
        assertEquals(entries.size(), expected.size(), "one entry per IRI");
        assertTrue(expected.contains("https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul"), expected.toString());
        assertEquals(expected, drawn);
        for (WebElement mark : browser.findElements(By.cssSelector("#chart svg g.mark"))) {
            assertTrue(mark.isDisplayed(), "mark drawn visibly: " + mark.getAttribute("data-iri"));
        }
    }

    @Test
    void clickingAnEventShowsItsEvidenceModalityAndSource() throws Exception {
        String iri = "https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/taliban-promise-to-act";
        browser.findElement(By.cssSelector("#chart g.mark[data-iri='" + iri + "']")).click();
        WebElement details = browser.findElement(By.id("details"));
        assertEquals("promised to act accordingly", details.findElement(By.cssSelector("mark.evidence")).getText());
        assertTrue(details.getText().contains("Modality\npromised"), details.getText());
        assertTrue(details.getText().contains("Source\nPakistani delegation"), details.getText());
        assertEquals(iri, details.findElement(By.cssSelector("a")).getAttribute("href"));

        browser.findElement(By.cssSelector("#chart g.mark[data-iri='https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul']")).click();
        // Reported by several articles: every report's words, this article's among them.
        List<String> quotes = details.findElements(By.cssSelector("mark.evidence")).stream().map(WebElement::getText).toList();
        assertTrue(quotes.contains("a Pakistani delegation that recently visited Kabul") && quotes.size() >= 2, quotes.toString());
        assertTrue(details.getText().contains("Reports\n"), details.getText());
        Path shot = Path.of("target", "timeline.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Each clustered resource's representative, as `etkg resolve` recorded it in the store (read with a query, not the page). */
    static java.util.Map<String, String> representatives(Path store) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "json", "-e",
                "SELECT ?m ?rep WHERE { GRAPH <https://w3id.org/etkg/graph/links/resolve> { ?m <https://w3id.org/etkg/ontology#representative> ?rep } }");
        assertEquals(0, r.exitCode(), r.toString());
        java.util.Map<String, String> out = new java.util.HashMap<>();
        JSON.parse(r.out()).get("results").getAsObject().get("bindings").getAsArray().forEach(b -> out.put(
                b.getAsObject().get("m").getAsObject().getString("value"), b.getAsObject().get("rep").getAsObject().getString("value")));
        assertTrue(out.size() > 20, "resolve found clusters in data/: " + out);
        return out;
    }

    /** The identities (cluster representatives) of what the entries name, by the given field. */
    static Set<String> identities(java.util.function.Function<org.apache.jena.atlas.json.JsonObject, List<String>> iris) {
        Set<String> out = new HashSet<>();
        entries.forEach(v -> iris.apply(v.getAsObject()).forEach(i -> out.add(representatives.getOrDefault(i, i))));
        return out;
    }

    @Test
    void oneLanePerPersonWhateverTheSpelling() {
        List<WebElement> labels = browser.findElements(By.cssSelector(".lane-label"));
        List<String> keys = labels.stream().map(l -> l.getAttribute("data-lane")).toList();
        Set<String> expected = identities(e -> {
            List<String> iris = new java.util.ArrayList<>();
            e.get("participants").getAsArray().forEach(p -> iris.add(p.getAsObject().getString("iri")));
            return iris;
        });
        assertEquals(keys.size(), new HashSet<>(keys).size(), "no identity has two lanes: " + keys);
        Set<String> drawn = new HashSet<>(keys);
        drawn.remove(""); // the lane of entries that name no actor
        assertEquals(expected, drawn, "one lane per identity resolve found");
        // The pairs the issue names: one lane each, labelled once, every spelling on hover.
        for (String[] pair : new String[][] {{"Nooruddin Azizi", "Nurudin Azizi"}, {"Amir Khan Motaqi", "Amir Khan Mutaqi"},
            {"Mohammad Sadiq", "Muhammad Sadiq"}}) {
            List<WebElement> lanes = labels.stream().filter(l -> {
                String hover = l.findElement(By.tagName("title")).getAttribute("textContent");
                return hover.contains(pair[0]) || hover.contains(pair[1]);
            }).toList();
            assertEquals(1, lanes.size(), "one lane for " + String.join(" and ", pair) + ": "
                    + lanes.stream().map(WebElement::getText).toList());
            String hover = lanes.get(0).findElement(By.tagName("title")).getAttribute("textContent");
            assertTrue(hover.contains(pair[0]) && hover.contains(pair[1]), "every spelling on hover: " + hover);
        }
    }

    @Test
    void theEvidencePanelNamesTheIdentityAndItsSpellings() {
        // Sadiq's talks with Azizi: the article writes "Nurudin Azizi".
        String iri = "https://w3id.org/etkg/event/sadiq-kabul-march-2025/talks-azizi";
        browser.findElement(By.cssSelector("#chart g.mark[data-iri='" + iri + "']")).click();
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains("Noor-ud-Din Azizi (participant), here “Nurudin Azizi”"), details);
        assertTrue(details.contains("Nooruddin Azizi (") && details.contains("Nurudin Azizi (Pakistan's envoy ends three days of talks in Kabul)"),
                details);
    }

    @Test
    void theEvidenceIsShownInItsSentenceAndParagraphWithItsArticle() {
        String iri = "https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/taliban-promise-to-act";
        browser.findElement(By.cssSelector("#chart g.mark[data-iri='" + iri + "']")).click();
        WebElement details = browser.findElement(By.id("details"));
        WebElement context = details.findElement(By.cssSelector("blockquote.context"));
        String sentence = context.findElement(By.cssSelector(".sentence")).getText();
        String paragraph = context.getText();
        assertTrue(sentence.contains("promised to act accordingly") && sentence.length() > "promised to act accordingly".length(), sentence);
        assertTrue(paragraph.contains(sentence) && paragraph.length() >= sentence.length(), paragraph);
        String article = readArticle("shift-in-stance-taliban-ttp").replaceAll("\\s+", " ");
        assertTrue(article.contains(paragraph.replaceAll("\\s+", " ")), "the article's own paragraph: " + paragraph);
        assertTrue(details.findElement(By.cssSelector(".cite")).getText().contains("“"), "the article's headline");

        // A merged event: each report's quote in its own article's paragraph, with that article's headline.
        browser.findElement(By.cssSelector("#chart g.mark[data-iri='https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul']")).click();
        List<WebElement> contexts = details.findElements(By.cssSelector("blockquote.context"));
        List<String> cites = details.findElements(By.cssSelector(".cite")).stream().map(WebElement::getText).toList();
        assertTrue(contexts.size() >= 2 && cites.size() == contexts.size() && new HashSet<>(cites).size() == cites.size(), cites.toString());
        for (WebElement c : contexts) {
            assertEquals(1, c.findElements(By.cssSelector(".sentence mark.evidence")).size(), c.getText());
        }
    }

    static String readArticle(String id) {
        try {
            return Files.readString(Cli.data().resolve(id).resolve("article.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void lanesByPlaceAreOnePerPlace() {
        browser.findElement(By.id("by-place")).click();
        try {
            List<String> keys = browser.findElements(By.cssSelector(".lane-label")).stream().map(l -> l.getAttribute("data-lane")).toList();
            Set<String> expected = identities(e -> e.hasKey("placeIri") ? List.of(e.getString("placeIri")) : List.of());
            Set<String> drawn = new HashSet<>(keys);
            drawn.remove("");
            assertEquals(keys.size(), new HashSet<>(keys).size(), "no place has two lanes: " + keys);
            assertEquals(expected, drawn);
            assertEquals(1, browser.findElements(By.cssSelector(".lane-label")).stream().filter(l -> l.getText().equals("Kabul")).count());
        } finally {
            browser.findElement(By.id("by-actor")).click();
        }
    }

    /** The exported page keeps its view in the URL's fragment: a link opens the same window, lanes and selection. */
    @Test
    void aLinkWithAFragmentOpensTheSameView() {
        String page = browser.getCurrentUrl().replaceAll("#.*", "");
        String iri = "https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul";
        try {
            browser.get("about:blank");
            browser.get(page + "#lanes=place&window=2025-03-01T00:00Z/2025-05-01T00:00Z&selected="
                    + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8));
            WebElement chart = browser.findElement(By.id("chart"));
            org.etkg.Chromium.await("the linked view", () -> "2025-03-01T00:00:00.000Z".equals(chart.getAttribute("data-view-start")));
            assertEquals("2025-05-01T00:00:00.000Z", chart.getAttribute("data-view-end"));
            assertEquals("true", browser.findElement(By.id("by-place")).getAttribute("aria-pressed"));
            assertEquals(iri, browser.findElement(By.cssSelector("#list li.selected")).getAttribute("data-iri"));

            browser.findElement(By.id("zoom-out")).click();
            browser.findElement(By.id("by-actor")).click();
            org.etkg.Chromium.await("the fragment follows", () -> !browser.getCurrentUrl().contains("lanes=place")
                    && !browser.getCurrentUrl().contains("2025-05-01T00%3A00Z"));
            String start = chart.getAttribute("data-view-start");
            String url = browser.getCurrentUrl();
            browser.get("about:blank");
            browser.get(url);
            org.etkg.Chromium.await("the reopened view", () -> start.equals(browser.findElement(By.id("chart")).getAttribute("data-view-start")));
            assertEquals(iri, browser.findElement(By.cssSelector("#list li.selected")).getAttribute("data-iri"));
            assertTrue(org.etkg.Chromium.warnings(browser).isEmpty());
        } finally {
            browser.get(page);
        }
    }

    /**
     * The exported page's map: every placed entry counted on a mark, the rest counted beneath
     * it; a click on a place shows only that place's entries, in the fragment too, until
     * "all places".
     */
    @Test
    void theMapFiltersTheExportedPageByPlace() {
        String page = browser.getCurrentUrl().replaceAll("#.*", "");
        List<org.apache.jena.atlas.json.JsonObject> rows = new java.util.ArrayList<>();
        entries.forEach(v -> rows.add(v.getAsObject()));
        java.util.function.Predicate<org.apache.jena.atlas.json.JsonObject> placed =
                o -> o.hasKey("placeLane") && o.getObj("placeLane").hasKey("lat");
        List<String> atKabul = rows.stream().filter(placed).filter(o -> o.getObj("placeLane").getString("label").equals("Kabul"))
                .map(o -> o.getString("iri")).toList();
        long placedCount = rows.stream().filter(placed).count();
        assertTrue(!atKabul.isEmpty() && atKabul.size() < placedCount, "Kabul and elsewhere");
        try {
            browser.get("about:blank");
            browser.get(page);
            org.etkg.Chromium.await("the map", () -> mapCount() == placedCount);
            assertEquals((entries.size() - placedCount) + " events without coordinates", browser.findElement(By.id("map-unplaced")).getText());
            String kabul = rows.stream().filter(placed).filter(o -> o.getObj("placeLane").getString("label").equals("Kabul"))
                    .findFirst().orElseThrow().getObj("placeLane").getString("iri");
            browser.findElement(By.cssSelector("#map .map-mark[data-places='" + kabul + "'] circle")).click();
            org.etkg.Chromium.await("Kabul's entries", () -> listedIris().equals(atKabul) && mapCount() == atKabul.size());
            assertEquals("Kabul", browser.findElement(By.cssSelector("#map-place strong")).getText());
            org.etkg.Chromium.await("the place in the fragment", () -> browser.getCurrentUrl().contains("#place=Kabul"));

            // The fragment reopens the same place.
            String url = browser.getCurrentUrl();
            browser.get("about:blank");
            browser.get(url);
            org.etkg.Chromium.await("the reopened place", () -> listedIris().equals(atKabul));
            browser.findElement(By.id("map-place-clear")).click();
            org.etkg.Chromium.await("every entry again", () -> listedIris().size() == entries.size() && mapCount() == placedCount);
            org.etkg.Chromium.screenshot(browser, "timeline-exported-map.png");
            assertTrue(org.etkg.Chromium.warnings(browser).isEmpty());
        } finally {
            browser.get(page);
        }
    }

    static long mapCount() {
        return ((Number) browser.executeScript("return Array.from(document.querySelectorAll('#map .map-mark'))"
                + ".reduce(function (n, m) { return n + Number(m.getAttribute('data-count')); }, 0);")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<String> listedIris() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#list li')).map(function (li) { return li.getAttribute('data-iri'); });");
    }

    @Test
    void lanesSwitchToPlaces() {
        browser.findElement(By.id("by-place")).click();
        List<String> lanes = browser.findElements(By.cssSelector(".lane-label")).stream().map(WebElement::getText).toList();
        assertTrue(lanes.containsAll(List.of("Kabul", "Islamabad")), lanes.toString());
        assertEquals(entries.size(), browser.findElements(By.cssSelector("#chart svg g.mark")).size(), "one mark per entry by place");
        browser.findElement(By.id("by-actor")).click();
    }

    @Test
    void pageNeedsNoNetworkAndLogsNoErrors() {
        for (String tag : new String[] {"script[src]", "link[href^='http']", "img", "iframe"}) {
            assertTrue(browser.findElements(By.cssSelector(tag)).isEmpty(), "no external resource: " + tag);
        }
        List<LogEntry> severe = org.etkg.Chromium.warnings(browser);
        assertTrue(severe.isEmpty(), "console: " + severe);
        assertFalse(browser.getPageSource().contains("__DATA__"));
        assertEquals("etkg timeline", browser.getTitle());
    }

    static double viewDays() {
        WebElement chart = browser.findElement(By.id("chart"));
        java.time.Instant start = java.time.Instant.parse(chart.getAttribute("data-view-start"));
        java.time.Instant end = java.time.Instant.parse(chart.getAttribute("data-view-end"));
        return java.time.Duration.between(start, end).toMinutes() / 1440.0;
    }

    @Test
    void theAxisZoomsAndPansFromYearsDownToHours() {
        WebElement chart = browser.findElement(By.id("chart"));
        double fitted = viewDays();
        try {
            browser.findElement(By.id("zoom-in")).click();
            org.etkg.Chromium.await("zoom in by the button", () -> Math.abs(viewDays() - fitted / 2) < fitted * 0.01);
            String start = chart.getAttribute("data-view-start");
            browser.findElement(By.id("pan-right")).click();
            org.etkg.Chromium.await("pan later", () -> chart.getAttribute("data-view-start").compareTo(start) > 0);
            double before = viewDays();
            new org.openqa.selenium.interactions.Actions(browser)
                    .scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(chart), 0, -400).perform();
            org.etkg.Chromium.await("zoom in by the wheel", () -> viewDays() < before * 0.8);
            for (int i = 0; i < 14; i++) {
                browser.findElement(By.id("zoom-in")).click();
            }
            org.etkg.Chromium.await("hours on the axis", () -> viewDays() <= 0.2
                    && browser.findElements(By.cssSelector(".tick-label")).stream().anyMatch(t -> t.getText().endsWith(":00")));
        } finally {
            browser.findElement(By.id("zoom-fit")).click();
            org.etkg.Chromium.await("fit again", () -> Math.abs(viewDays() - fitted) < 0.01);
        }
        assertTrue(fitted > 365, "the first article's timeline spans years: " + fitted);
        assertTrue(org.etkg.Chromium.warnings(browser).isEmpty());
    }
}
