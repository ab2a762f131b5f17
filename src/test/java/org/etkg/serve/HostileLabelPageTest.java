package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.etkg.Chromium;
import org.etkg.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A label written to break out of the page's inline data ({@code <!--<script>} and a
 * {@code </script><script>} after it), and a --title holding the data's placeholder, in a
 * real headless Chromium: the exported page and the served one show the label as text, run
 * none of it, keep their own script running under their content security policy, and show
 * the title as it was given.
 */
class HostileLabelPageTest {
    static final String LABEL = "A delegation <!--<script> visits</script><script>window.pwned=1</script> Kabul & co";
    static final String TITLE = "__DATA__ <b>__TITLE__</b>";

    @TempDir
    static Path dir;
    static Path store;
    static ChromeDriver browser;

    @BeforeAll
    static void load() throws Exception {
        Path article = Files.createDirectories(dir.resolve("hostile"));
        Files.copy(Path.of("src/test/resources/mini/article.txt"), article.resolve("article.txt"));
        String facts = Files.readString(Path.of("src/test/resources/mini/facts.yaml"));
        assertTrue(facts.contains("label: A delegation visits Kabul"));
        Files.writeString(article.resolve("facts.yaml"), facts.replace("label: A delegation visits Kabul",
                "label: \"" + LABEL.replace("\"", "\\\"") + "\""));
        store = dir.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(0, r.exitCode(), r.toString());
        browser = Chromium.start(dir.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The labels listed once the page's own script has drawn them. */
    @SuppressWarnings("unchecked")
    static List<String> listed() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#list li')).map(function (li) { return li.textContent; });");
    }

    static void nothingRan() {
        Chromium.await("the page's own script to list the entries", () -> listed().stream().anyMatch(t -> t.contains(LABEL)));
        assertEquals("undefined", browser.executeScript("return typeof window.pwned"), "a script from the label ran");
        // The page's own two: topojson-client (the map's decoder) and the timeline's.
        assertEquals(2, browser.findElements(By.tagName("script")).stream().filter(s -> s.getAttribute("type").isEmpty()).count(),
                "a script element came from the data");
        assertFalse(Chromium.warnings(browser).stream().anyMatch(e -> e.getMessage().contains("Content Security Policy")),
                Chromium.warnings(browser).toString());
    }

    @Test
    void theExportedPageShowsTheLabelAsTextAndRunsNoneOfIt() throws Exception {
        Path page = dir.resolve("timeline.html");
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "html", "--title", TITLE, "-o", page.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String html = Files.readString(page);
        String data = html.substring(html.indexOf("id=\"timeline-data\">"), html.indexOf("</script>", html.indexOf("id=\"timeline-data\">")));
        assertFalse(data.substring(data.indexOf('>') + 1).contains("<"), "a '<' in the inline data");
        browser.get(page.toUri().toString());
        nothingRan();
        assertEquals(TITLE, browser.findElement(By.tagName("h1")).getText());
        assertEquals(TITLE, browser.getTitle());
    }

    @Test
    void theServedPageShowsTheLabelAsTextAndRunsNoneOfIt() throws Exception {
        try (Served served = new Served(store, "127.0.0.1", false, Security.DEFAULTS)) {
            browser.get(served.base + "/timeline.html");
            nothingRan();
        }
    }
}
