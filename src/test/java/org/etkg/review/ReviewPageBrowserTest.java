package org.etkg.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.Chromium;
import org.etkg.load.Loader;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * etkg review in a real headless Chromium (Debian's chromium and chromium-driver): an analyst's
 * corrections of two drafts of data/ articles (committed under src/test/resources/review, drafted by
 * etkg draft) give facts that load and are isomorphic to the same corrections made by hand in
 * facts.yaml; the page works from the keyboard alone; and each bad input gets a clear message.
 * Counts the analyst's actions (clicks and keys) for docs/review.md, and leaves screenshots in target/.
 */
class ReviewPageBrowserTest {
    static final Path FIXTURES = Path.of("src/test/resources/review");
    static Ontology ontology;
    static ChromeDriver browser;
    @TempDir
    static Path profile;
    @TempDir
    Path dir;
    ReviewServer server;
    int actions;

    @BeforeAll
    static void openBrowser() {
        ontology = Ontology.load(IriScheme.defaults());
        browser = Chromium.start(profile.resolve("chromium"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---- the scripted sessions

    @Test
    void correctingTheSadiqDraftGivesTheHandCorrectedFacts() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        open(draft.getParent(), "sadiq");
        shot("review.png");

        // Reject an entity no fact needs.
        click(item("afghanistan").findElement(By.cssSelector("button.reject")));
        idle();
        assertTrue(browser.findElements(By.cssSelector(".item[data-id='afghanistan']")).isEmpty());

        // "before 15 April": the day the drafter took for a date becomes a bound.
        WebElement jcc = item("meeting-joint-coordination-committee");
        click(jcc.findElement(By.cssSelector("button.edit")));
        click(editor("written"));
        editor("written").sendKeys(Keys.HOME, "before ");
        actions += 1 + "before ".length();
        type(editor("date"), "");
        choose(editor("resolved"), "before");
        assertEquals("2025-04-15", editor("from").getAttribute("value"), "the drafted day is offered as the bound");
        click(item("meeting-joint-coordination-committee").findElement(By.cssSelector("button.apply")));
        idle();
        assertTrue(item("meeting-joint-coordination-committee").getText().contains("before 2025-04-15"),
                item("meeting-joint-coordination-committee").getText());

        // Sadiq took part in the talks with Azizi: picked from the draft's entities.
        click(item("meeting-nurudin-azizi").findElement(By.cssSelector("button.edit")));
        click(item("meeting-nurudin-azizi").findElement(By.cssSelector("button.add-participant")));
        List<WebElement> actors = item("meeting-nurudin-azizi").findElements(By.cssSelector(".participant input"));
        type(actors.get(actors.size() - 1), "muhammad-sadiq");
        click(item("meeting-nurudin-azizi").findElement(By.cssSelector("button.apply")));
        idle();

        // A statement the drafter missed: select its words, press n, set its modality.
        selectWords("Azizi is expected to travel to Pakistan after Eid");
        key("n");
        Chromium.await("the new statement", () -> !browser.findElements(By.cssSelector(".item[data-id='azizi-is-expected-to-travel'] form")).isEmpty());
        choose(editor("modality"), "expected");
        click(item("azizi-is-expected-to-travel").findElement(By.cssSelector("button.apply")));
        idle();

        click(browser.findElement(By.id("save")));
        idle();
        assertTrue(message().startsWith("Saved facts.yaml and outside-facts.yaml. Every item loads."), message());
        shot("review-saved.png");
        assertIsomorphic(FIXTURES.resolve("sadiq-corrected"), draft);
        record("sadiq", actions, "sadiq-draft", "sadiq-corrected");
        String saved = Files.readString(draft.resolve("facts.yaml"));
        assertTrue(saved.contains("# check: an event from the word \"sat\""), "the check notes left are kept");
    }

    @Test
    void mergingTheDuplicateRoundsOfTheIansDraftGivesTheHandCorrectedFacts() throws Exception {
        Path draft = copy("ians-draft", "ians");
        open(draft.getParent(), "ians");

        // The draft's "first such meeting in 16 months" is its "second round": one event, both quotes.
        click(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("button.merge")));
        choose(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("select.merge-with")),
                "meeting-pakistani-delegation");
        click(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("button.do-merge")));
        idle();
        assertEquals(2, item("committee-round-joint-coordination-committee").findElements(By.cssSelector(".quote")).size());

        // The team in Kabul is the round itself, not a visit of its own.
        click(item("visit-pakistani-delegation").findElement(By.cssSelector("button.reject")));
        idle();

        // The Taliban's side of the round.
        click(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("button.edit")));
        click(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("button.add-participant")));
        List<WebElement> actors = item("committee-round-joint-coordination-committee").findElements(By.cssSelector(".participant input"));
        type(actors.get(actors.size() - 1), "taliban");
        click(item("committee-round-joint-coordination-committee").findElement(By.cssSelector("button.apply")));
        idle();

        click(browser.findElement(By.id("save")));
        idle();
        assertTrue(message().contains("Every item loads."), message());
        assertIsomorphic(FIXTURES.resolve("ians-corrected"), draft);
        record("ians", actions, "ians-draft", "ians-corrected");
    }

    @Test
    void theKeyboardAloneAcceptsRejectsEditsAndSaves() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        Chromium.warnings(browser);
        open(draft.getParent(), "sadiq");
        keys("a");                       // accept the committee: its check note goes
        keys("j", "j", "j");             // to Afghanistan
        keys("x");                       // reject it
        keys("k", "x", "u");             // reject Sadiq by mistake, and undo
        assertEquals(1, browser.findElements(By.cssSelector(".item[data-id='muhammad-sadiq']")).size(), "undone");
        keys("e");                       // edit Motaqi
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        keys("Amir Khan Muttaqi", Keys.ENTER.toString());
        idle();
        keys("s");
        idle();
        assertTrue(message().startsWith("Saved"), message());
        String saved = Files.readString(draft.resolve("facts.yaml"));
        assertFalse(saved.contains("id: afghanistan"), saved);
        assertTrue(saved.contains("label: \"Amir Khan Muttaqi\""), saved);
        assertFalse(saved.contains("# check: kind committee from the name's last word"), saved);
        assertTrue(saved.contains("# check: kind city from named-entity recognition"), saved);
        var warnings = Chromium.warnings(browser);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void theKeyboardAloneMakesAStatementFromWordsAndPicksASuggestedParticipant() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        Chromium.warnings(browser);
        open(draft.getParent(), "sadiq");
        // The committee's quote is in the last paragraph: w starts there, a word at a time.
        keys("w");
        assertEquals("Joint", selected());
        keys(Keys.ARROW_DOWN.toString());                                   // the next sentence's first word
        assertEquals("Azizi", selected());
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.SHIFT).perform();  // to its end
        assertEquals("Azizi is expected to travel to Pakistan after Eid", selected());
        keys("n");
        Chromium.await("the new statement's form", () -> !browser.findElements(
                By.cssSelector(".item[data-id='azizi-is-expected-to-travel'] form")).isEmpty());
        // Label, type, modality: Tab twice, then Down to "expected" in the list of modalities.
        keys(Keys.TAB.toString(), Keys.TAB.toString());
        assertEquals("modality", browser.switchTo().activeElement().getAttribute("name"));
        List<String> modalities = editor("modality").findElements(By.tagName("option")).stream().map(o -> o.getAttribute("value")).toList();
        for (int i = modalities.indexOf(editor("modality").getAttribute("value")); i < modalities.indexOf("expected"); i++) {
            keys(Keys.ARROW_DOWN.toString());
        }
        keys(Keys.ENTER.toString());
        idle();

        // Sadiq took part in the talks with Azizi: k up to the event, e, Tab to "Add participant", type, Down, Enter.
        for (int i = 0; i < 40 && !"meeting-nurudin-azizi".equals(currentId()); i++) {
            keys("k");
        }
        keys("e");
        for (int i = 0; i < 40 && !String.valueOf(browser.switchTo().activeElement().getAttribute("class")).contains("add-participant"); i++) {
            keys(Keys.TAB.toString());
        }
        keys(Keys.ENTER.toString());
        new Actions(browser).sendKeys("sadiq").perform();
        Chromium.await("Sadiq suggested", () -> !browser.findElements(
                By.cssSelector("ul.suggestions li[data-id='muhammad-sadiq']")).isEmpty());
        keys(Keys.ARROW_DOWN.toString());
        assertEquals("muhammad-sadiq", browser.findElement(By.cssSelector("ul.suggestions li.active")).getAttribute("data-id"));
        keys(Keys.ENTER.toString());                                        // takes the suggestion
        assertEquals("muhammad-sadiq", browser.switchTo().activeElement().getAttribute("value"));
        keys(Keys.ENTER.toString());                                        // applies the edit
        idle();
        keys("s");
        idle();
        assertTrue(message().startsWith("Saved"), message());
        String saved = Files.readString(draft.resolve("facts.yaml"));
        assertTrue(saved.contains("quote: \"Azizi is expected to travel to Pakistan after Eid\""), saved);
        assertTrue(saved.contains("modality: expected"), saved);
        String meeting = saved.substring(saved.indexOf("- id: meeting-nurudin-azizi"));
        meeting = meeting.substring(0, meeting.indexOf("- id:", 5));
        assertTrue(meeting.contains("{actor: muhammad-sadiq, role: participant}"), meeting);
        shot("review-keyboard.png");
        var warnings = Chromium.warnings(browser);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    static String selected() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return window.getSelection().toString();"));
    }

    static String currentId() {
        List<WebElement> cur = browser.findElements(By.cssSelector("#items .item.current"));
        return cur.isEmpty() ? null : cur.get(0).getAttribute("data-id");
    }

    @Test
    void loadShowsTheEventsTheStoreHeldFromOtherReports() throws Exception {
        Path store = org.etkg.Cli.loadedStore(dir);
        Path draft = copy("sadiq-corrected", "sadiq");
        server = ReviewServer.start(new ReviewService(draft.getParent(), store, ontology), 0);
        browser.get(base() + "/?draft=sadiq");
        idle();
        // The store's entities are suggested beside the draft's, as the analyst types.
        click(item("visit-muhammad-sadiq").findElement(By.cssSelector("button.edit")));
        click(item("visit-muhammad-sadiq").findElement(By.cssSelector("button.add-participant")));
        List<WebElement> actors = item("visit-muhammad-sadiq").findElements(By.cssSelector(".participant input"));
        actors.get(actors.size() - 1).sendKeys("zakir");
        Chromium.await("the store's Zakir suggested", () -> !browser.findElements(
                By.cssSelector("ul.suggestions li.store[data-id='abdul-qayyum-zakir']")).isEmpty());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        click(browser.findElement(By.id("load")));
        awaitLong("the load", () -> browser.findElement(By.id("held")).isDisplayed());
        String held = browser.findElement(By.id("held")).getText();
        assertTrue(held.contains("assessment-nurudin-azizi was already reported by: sadiq-kabul-march-2025"), held);
        assertTrue(message().startsWith("Loaded into the store."), message());
        shot("review-loaded.png");
        var loaded = org.etkg.Cli.snapshot(store);
        assertTrue(loaded.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/etkg/event/sadiq-review/azizi-is-expected-to-travel"), Node.ANY, Node.ANY).hasNext(),
                "the statement added on the page is in the store");
    }

    @Test
    void selectedWordsBecomeAQuoteWithThePrefixThatMakesThemUnique() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        open(draft.getParent(), "sadiq");
        click(item("kabul"));
        selectWords("Kabul", "a three-day visit to Kabul");
        key("q");
        idle();
        assertEquals("“Kabul”", item("kabul").findElement(By.cssSelector(".quote")).getText());
        assertEquals("", problem("kabul"));
        String highlighted = browser.findElements(By.cssSelector("#article-text .seg.current")).stream()
                .map(WebElement::getText).reduce("", String::concat);
        assertEquals("Kabul", highlighted);
        click(browser.findElement(By.id("save")));
        idle();
        String saved = Files.readString(draft.resolve("facts.yaml"));
        assertTrue(saved.contains("quote: {exact: \"Kabul\", prefix: \"to \"}"), saved);
    }

    // ---- bad input

    @Test
    void aFolderWithoutItsArticleSaysSo() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        Files.delete(draft.resolve("article.txt"));
        open(draft.getParent(), "sadiq");
        Chromium.await("a message", () -> !message().isEmpty());
        assertTrue(message().contains("the article article.txt is not in the folder"), message());
    }

    @Test
    void aDraftThatDoesNotParseSaysWhere() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        Files.writeString(draft.resolve("facts.yaml"), "format: etkg-facts/1\narticle: [unclosed\n");
        open(draft.getParent(), "sadiq");
        Chromium.await("a message", () -> !message().isEmpty());
        assertTrue(message().contains("facts.yaml does not parse as YAML, line"), message());
    }

    @Test
    void anUnknownIdAndAQuoteNoLongerInTheArticleAreNamedBesideTheirItems() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        String text = Files.readString(draft.resolve("article.txt"));
        Files.writeString(draft.resolve("article.txt"), text.replace("Azizi described Pakistan as a strategic partner",
                "Azizi called Pakistan a strategic partner"));
        open(draft.getParent(), "sadiq");
        assertTrue(problem("assessment-nurudin-azizi").contains("quote not found in the article"), problem("assessment-nurudin-azizi"));

        click(item("visit-muhammad-sadiq").findElement(By.cssSelector("button.edit")));
        type(item("visit-muhammad-sadiq").findElement(By.cssSelector(".participant input")), "nobody-here");
        click(item("visit-muhammad-sadiq").findElement(By.cssSelector("button.apply")));
        idle();
        assertTrue(problem("visit-muhammad-sadiq").contains("nobody-here"), problem("visit-muhammad-sadiq"));
        shot("review-problems.png");
    }

    @Test
    void twoTabsSavingTheSameDraftLoseNothingSilently() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        open(draft.getParent(), "sadiq");
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get("http://127.0.0.1:" + server.port() + "/?draft=sadiq");
        idle();
        click(item("afghanistan").findElement(By.cssSelector("button.reject")));
        click(browser.findElement(By.id("save")));
        idle();
        assertTrue(message().startsWith("Saved"), message());
        String saved = Files.readString(draft.resolve("facts.yaml"));
        browser.close();
        browser.switchTo().window(first);
        click(item("kabul").findElement(By.cssSelector("button.reject")));
        click(browser.findElement(By.id("save")));
        idle();
        assertTrue(message().startsWith("Not saved: this draft was saved from another tab"), message());
        assertEquals(saved, Files.readString(draft.resolve("facts.yaml")), "the second save wrote nothing");
    }

    @Test
    void everyValueIsTextAndTheServerStaysInItsFolder() throws Exception {
        Path draft = copy("sadiq-draft", "sadiq");
        Files.writeString(dir.resolve("secret.txt"), "not for the page");
        String facts = Files.readString(draft.resolve("facts.yaml"));
        Files.writeString(draft.resolve("facts.yaml"), facts.replace("label: \"Kabul\"", "label: \"<img src=x onerror=alert(1)>Kabul\""));
        open(draft.getParent(), "sadiq");
        assertTrue(item("kabul").getText().contains("<img src=x onerror=alert(1)>Kabul"), item("kabul").getText());
        assertTrue(browser.findElements(By.cssSelector("#items img, #article img")).isEmpty());
        for (String external : new String[] {"script[src^='http']", "link[href^='http']", "img", "iframe"}) {
            assertTrue(browser.findElements(By.cssSelector(external)).isEmpty(), "the page needs no network: " + external);
        }

        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        var escape = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/draft?name=..")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, escape.statusCode());
        assertTrue(escape.body().contains("no draft named '..'"), escape.body());
        // The page's facts may not name a text outside the folder.
        String body = "{\"facts\": {\"article\": {\"id\": \"x\", \"text\": \"../secret.txt\"}}, \"start\": 0, \"end\": 3}";
        var outside = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/quote?name=sadiq"))
                .header("Content-Type", "application/json").header("X-Etkg-Review", "1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, outside.statusCode());
        assertTrue(outside.body().contains("is not a file of the draft's folder"), outside.body());
        assertFalse(outside.body().contains("not for the page"));
        // A post from another site's form carries no JSON and no header of the page's own.
        var forged = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/save?name=sadiq"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode());
        try (Stream<Path> left = Files.list(draft)) {
            assertEquals(List.of("article.txt", "facts.yaml", "outside-facts.yaml"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no scratch or temporary file is left in the folder");
        }
    }

    // ---- helpers

    Path copy(String fixture, String name) throws IOException {
        Path to = dir.resolve("drafts").resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(FIXTURES.resolve(fixture))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    void open(Path root, String name) {
        server = ReviewServer.start(new ReviewService(root, null, ontology), 0);
        browser.get(base() + "/?draft=" + name);
        idle();
        actions = 0;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Waits for the page's requests to be answered: the loader's checks of a draft take a while on a cold JVM (not a timed assertion). */
    static void idle() {
        try {
            awaitLong("the page to settle", () -> "idle".equals(browser.findElement(By.tagName("body")).getAttribute("data-state")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A load into a store with resolving takes seconds: waits up to two minutes for it. */
    static void awaitLong(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(120);
        while (!done.getAsBoolean()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 2 min for " + what);
            }
            Thread.sleep(100);
        }
    }

    static WebElement item(String id) {
        return browser.findElement(By.cssSelector("#items .item[data-id='" + id + "']"));
    }

    static WebElement editor(String name) {
        return browser.findElement(By.cssSelector("#items form.editor [name='" + name + "']"));
    }

    static String message() {
        return browser.findElement(By.id("message")).getText();
    }

    static String problem(String id) {
        List<WebElement> p = item(id).findElements(By.cssSelector(".problem"));
        return p.isEmpty() ? "" : p.get(0).getText();
    }

    void click(WebElement e) {
        e.click();
        actions++;
    }

    /** Clears a field (select all, delete: two keys) and types into it (a key a character). */
    void type(WebElement e, String text) {
        e.click();
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        actions += 3;
        if (!text.isEmpty()) {
            e.sendKeys(text);
            actions += text.length();
        }
    }

    /** A drop-down: a click to open it, a click on the choice. */
    void choose(WebElement select, String value) {
        select.click();
        select.findElement(By.cssSelector("option[value='" + value + "']")).click();
        actions += 2;
    }

    void key(String k) {
        new Actions(browser).sendKeys(k).perform();
        actions++;
    }

    void keys(String... ks) {
        for (String k : ks) {
            new Actions(browser).sendKeys(k).perform();
            idle();
        }
    }

    /** Selects the words as a drag of the mouse would: one action. */
    void selectWords(String words) {
        selectWords(words, words);
    }

    /** Selects the words where they occur in the given context (the first time it occurs). */
    void selectWords(String words, String context) {
        ((JavascriptExecutor) browser).executeScript(
                "var words = arguments[0], segs = document.querySelectorAll('#article-text .seg'), text = '';"
                + "segs.forEach(function (s) { text += s.textContent; });"
                + "var at = text.indexOf(arguments[1]) + arguments[1].indexOf(words), end = at + words.length;"
                + "function point(o) { for (var i = segs.length - 1; i >= 0; i--) { var st = +segs[i].dataset.start;"
                + "  if (st <= o) { return [segs[i].firstChild, o - st]; } } }"
                + "var a = point(at), b = point(end), r = document.createRange(); r.setStart(a[0], a[1]); r.setEnd(b[0], b[1]);"
                + "var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);", words, context);
        actions++;
    }

    static void shot(String name) throws IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    static void assertIsomorphic(Path expected, Path actual) {
        Map<Node, Graph> want = new Loader(ontology).plan(List.of(expected)).graphs();
        Map<Node, Graph> got = new Loader(ontology).plan(List.of(actual)).graphs();
        assertEquals(want.keySet(), got.keySet(), "the same graphs");
        for (Node g : want.keySet()) {
            assertTrue(want.get(g).isIsomorphicWith(got.get(g)), "graph " + g + " is isomorphic to the hand-corrected one");
        }
    }

    /** The figure of docs/review.md: the page's actions beside the lines a hand edit of the YAML changes. */
    static void record(String draft, int actions, String from, String to) throws IOException {
        int lines = YamlEditLines.changed(FIXTURES.resolve(from), FIXTURES.resolve(to));
        int typed = YamlEditLines.typed(FIXTURES.resolve(from), FIXTURES.resolve(to));
        String line = String.format("%s: %d actions on the page (clicks and keys); by hand, %d lines of YAML changed, %d characters"
                + " in the lines written%n", draft, actions, lines, typed);
        System.out.print(line);
        Path out = Path.of("target", "review-effort-" + draft + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line, StandardCharsets.UTF_8);
    }
}
