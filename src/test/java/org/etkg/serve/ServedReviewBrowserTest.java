package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.etkg.Chromium;
import org.etkg.Cli;
import org.etkg.EtkgException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * etkg serve --drafts-root DIR: the review page of every draft under DIR at /review/, in a real
 * headless Chromium, on a free loopback port. The list and the page work from the keyboard; a save
 * is a write (audited; with a password file, a writer's login); Load writes to the served store
 * only with --update; nothing outside DIR is read, whatever the client names or a link points to.
 */
class ServedReviewBrowserTest {
    static final Path FIXTURES = Path.of("src/test/resources/review");
    static ChromeDriver browser;
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void start() {
        store = Cli.loadedStore(dir);
        browser = Chromium.start(dir.resolve("chromium"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDraftsAreListedAndReviewedAtReviewAndLoadWritesToTheStoreOnlyWithUpdate() throws Exception {
        Path root = dir.resolve("drafts-load");
        copy("ians-draft", root.resolve("ians"));
        copy("sadiq-corrected", root.resolve("sadiq"));
        Chromium.warnings(browser);
        String version;
        try (Served served = new Served(store, "127.0.0.1", false, Security.DEFAULTS.withDraftsRoot(root))) {
            browser.get(served.base + "/");
            browser.findElement(By.cssSelector("a[href='/review/']")).click();
            Chromium.await("the list of drafts", () -> browser.findElements(By.cssSelector("#draft-list a")).size() == 2);
            assertEquals("ians", browser.switchTo().activeElement().getText(), "the first draft's link has the focus");
            // Keyboard only: Tab to the second draft, Enter opens it.
            new Actions(browser).sendKeys(Keys.TAB).perform();
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            Chromium.await("the sadiq draft", () -> !browser.findElements(By.cssSelector("#items .item[data-id='sadiq-review'], #items .item")).isEmpty()
                    && browser.getCurrentUrl().endsWith("/review/?draft=sadiq"));
            idle();
            assertFalse(browser.findElement(By.id("load")).isDisplayed(), "no Load on a read-only server");
            new Actions(browser).sendKeys("a").perform();
            idle();
            new Actions(browser).sendKeys("s").perform();
            idle();
            assertTrue(message().startsWith("Saved"), message());
            shot("review-served.png");
            assertTrue(served.audit().stream().anyMatch(l -> l.contains("/review/api/save?name=sadiq")), served.audit().toString());

            // Load refused by the server itself, the store untouched.
            var before = served.quads();
            version = JSON.parse(served.send(served.to("/review/api/draft?name=sadiq").GET()).body()).get("version").getAsString().value();
            HttpResponse<String> load = review(served, "/review/api/load?name=sadiq", "{\"version\": \"" + version + "\"}", null);
            assertEquals(400, load.statusCode(), load.body());
            assertTrue(load.body().contains("this server serves its store read-only: Load needs etkg serve --update"), load.body());
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(before, served.quads()), "the store is unchanged");
        }
        try (Served served = new Served(store, "127.0.0.1", true, Security.DEFAULTS.withDraftsRoot(root))) {
            browser.get(served.base + "/review/?draft=sadiq");
            idle();
            assertTrue(browser.findElement(By.id("load")).isDisplayed(), "Load with --update");
            new Actions(browser).sendKeys("l").perform();
            Chromium.await("the load", () -> browser.findElement(By.id("held")).isDisplayed() || message().startsWith("Not loaded"));
            assertTrue(message().startsWith("Loaded into the store."), message());
            String held = browser.findElement(By.id("held")).getText();
            assertTrue(held.contains("assessment-nurudin-azizi was already reported by: sadiq-kabul-march-2025"), held);
            assertTrue(served.quads().find(Node.ANY, NodeFactory.createURI("https://w3id.org/etkg/event/sadiq-review/azizi-is-expected-to-travel"),
                    Node.ANY, Node.ANY).hasNext(), "the served store holds the draft's statement");
        }
        var warnings = Chromium.warnings(browser);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void nothingOutsideTheRootIsReadWhateverTheClientNamesOrALinkPointsTo() throws Exception {
        Path root = dir.resolve("drafts-outside");
        Path draft = copy("sadiq-draft", root.resolve("sadiq"));
        Path elsewhere = copy("ians-draft", dir.resolve("elsewhere").resolve("ians"));
        Files.writeString(elsewhere.resolve("article.txt"), "SECRET words outside the drafts root\n");
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);
        String facts = Files.readString(draft.resolve("facts.yaml"));
        Files.writeString(draft.resolve("facts.yaml"), facts.replace("label: \"Kabul\"", "label: \"<img src=x onerror=alert(1)>Kabul\""));
        try (Served served = new Served(store, "127.0.0.1", false, Security.DEFAULTS.withDraftsRoot(root))) {
            HttpResponse<String> bare = served.send(served.to("/review").GET());
            assertEquals(302, bare.statusCode(), "/review goes to /review/, where the page's relative addresses resolve");
            assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/review/"), bare.headers().toString());
            JsonObject index = JSON.parse(served.send(served.to("/review/api/index").GET()).body());
            assertEquals(List.of("sadiq"), index.get("drafts").getAsArray().stream().map(v -> v.getAsString().value()).toList(),
                    "a link out of the root is not a draft");
            for (String name : List.of("linked", "..", "../elsewhere/ians", "%2e%2e")) {
                HttpResponse<String> r = served.send(served.to("/review/api/draft?name=" + name).GET());
                assertEquals(400, r.statusCode(), name + ": " + r.body());
                assertFalse(r.body().contains("SECRET"), r.body());
            }
            for (String path : List.of("/review/../../elsewhere/ians/article.txt", "/review/%2e%2e/%2e%2e/elsewhere/ians/article.txt",
                    "/review/sadiq/article.txt", "/review/api/../../etc/passwd")) {
                HttpResponse<String> r = served.send(served.to(path).GET());
                assertTrue(r.statusCode() >= 400, path + ": " + r.statusCode());
                assertFalse(r.body().contains("SECRET") || r.body().contains("root:"), r.body());
            }
            // The page's facts may not name a text outside the draft's folder.
            String body = "{\"facts\": {\"article\": {\"id\": \"x\", \"text\": \"../../elsewhere/ians/article.txt\"}}, \"start\": 0, \"end\": 6}";
            HttpResponse<String> quote = review(served, "/review/api/quote?name=sadiq", body, null);
            assertEquals(400, quote.statusCode(), quote.body());
            assertTrue(quote.body().contains("is not a file of the draft's folder"), quote.body());
            // A draft's article that links out of its folder is refused, by name.
            Files.move(draft.resolve("article.txt"), dir.resolve("moved-article.txt"));
            Files.createSymbolicLink(draft.resolve("article.txt"), elsewhere.resolve("article.txt"));
            HttpResponse<String> linked = served.send(served.to("/review/api/draft?name=sadiq").GET());
            assertEquals(400, linked.statusCode(), linked.body());
            assertTrue(linked.body().contains("article.txt is a link to a file outside the draft's folder"), linked.body());
            assertFalse(linked.body().contains("SECRET"), linked.body());
            Files.delete(draft.resolve("article.txt"));
            Files.move(dir.resolve("moved-article.txt"), draft.resolve("article.txt"));
            // Every value is text on the page.
            browser.get(served.base + "/review/?draft=sadiq");
            idle();
            String kabul = browser.findElement(By.cssSelector("#items .item[data-id='kabul']")).getText();
            assertTrue(kabul.contains("<img src=x onerror=alert(1)>Kabul"), kabul);
            assertTrue(browser.findElements(By.cssSelector("#items img, #article img")).isEmpty());
        }
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertEquals(List.of("article.txt", "facts.yaml"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void savesFollowServesRulesForWrites() throws Exception {
        Path root = dir.resolve("drafts-logins");
        Path draft = copy("sadiq-draft", root.resolve("sadiq"));
        // Off loopback without logins, anyone who reaches the port could rewrite the drafts: refused before it listens.
        EtkgException refused = assertThrows(EtkgException.class, () -> EtkgServer.check(new EtkgServer.Options("0.0.0.0", 0,
                Duration.ofSeconds(5), 100, false, Security.DEFAULTS.withDraftsRoot(root))));
        assertTrue(refused.getMessage().contains("--drafts-root on --host 0.0.0.0 would let anyone who reaches the port rewrite the drafts"),
                refused.getMessage());
        Cli.Result cli = Cli.run("serve", "--store", store.toString(), "--host", "0.0.0.0", "--port", "0", "--drafts-root", root.toString());
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("would let anyone who reaches the port rewrite the drafts"), cli::toString);
        Cli.Result missing = Cli.run("serve", "--store", store.toString(), "--port", "0", "--drafts-root", dir.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("nowhere: no such folder"), missing::toString);
        assertFalse(missing.err().contains("\tat "), missing::toString);
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "alice: MD5:" + LoginsTest.md5(LoginsTest.ALICE) + "\nbob: MD5:" + LoginsTest.md5(LoginsTest.BOB) + "\n");
        try (Served served = new Served(store, "127.0.0.1", false,
                Security.DEFAULTS.withDraftsRoot(root).withLogins(passwords, List.of(), List.of("alice")))) {
            String facts = "{\"format\": \"etkg-facts/1\", \"article\": {\"id\": \"sadiq-review\", \"text\": \"article.txt\"}}";
            String before = Files.readString(draft.resolve("facts.yaml"));
            String version = JSON.parse(served.send(served.to("/review/api/draft?name=sadiq").GET()).body()).get("version").getAsString().value();
            String save = "{\"version\": \"" + version + "\", \"facts\": " + facts + "}";
            // Reading and checking are reads: open to all, as the store's reads are.
            HttpResponse<String> check = review(served, "/review/api/check?name=sadiq", "{\"facts\": " + facts + "}", null);
            assertEquals(200, check.statusCode(), check.body());
            assertEquals(401, review(served, "/review/api/save?name=sadiq", save, null).statusCode(), "no login");
            HttpResponse<String> bob = review(served, "/review/api/save?name=sadiq", save, basic("bob", LoginsTest.BOB));
            assertEquals(403, bob.statusCode(), bob.body());
            assertTrue(bob.body().contains("user 'bob' may not write"), bob.body());
            assertEquals(before, Files.readString(draft.resolve("facts.yaml")), "refused saves wrote nothing");
            HttpResponse<String> alice = review(served, "/review/api/save?name=sadiq", save, basic("alice", LoginsTest.ALICE));
            assertEquals(200, alice.statusCode(), alice.body());
            assertTrue(Files.readString(draft.resolve("facts.yaml")).contains("id: sadiq-review"));
            assertTrue(served.audit().stream().anyMatch(l -> l.contains("alice") && l.contains("/review/api/save")), served.audit().toString());
        }
    }

    @Test
    void theReviewPageSuggestsByTheTimelinePagesRuleTheDraftsEntitiesFirst() throws Exception {
        Path root = dir.resolve("drafts-suggest");
        copy("sadiq-draft", root.resolve("sadiq"));
        try (Served served = new Served(store, "127.0.0.1", false, Security.DEFAULTS.withDraftsRoot(root))) {
            // The same name comes first on both pages for the same letters.
            JsonObject timeline = JSON.parse(served.send(served.to("/timeline/names?q=mohammad%20sadiq").GET()).body());
            String first = timeline.get("actors").getAsArray().get(0).getAsString().value();
            HttpResponse<String> r = review(served, "/review/api/names", "{\"q\": \"mohammad sadiq\", \"entities\": []}", null);
            assertEquals(200, r.statusCode(), r.body());
            var found = JSON.parse(r.body()).get("suggestions").getAsArray();
            assertEquals(first, found.get(0).getAsObject().get("label").getAsString().value(), r.body());
            assertEquals("store", found.get(0).getAsObject().get("from").getAsString().value(), r.body());
            // A word of the name finds it too; the draft's own entities come first.
            r = review(served, "/review/api/names", "{\"q\": \"sadiq\", \"entities\": [{\"id\": \"sadiq-khan\", \"label\": \"Sadiq Khan\"}]}", null);
            found = JSON.parse(r.body()).get("suggestions").getAsArray();
            assertEquals("sadiq-khan", found.get(0).getAsObject().get("id").getAsString().value(), r.body());
            assertEquals("store", found.get(1).getAsObject().get("from").getAsString().value(), r.body());
        }
    }

    // ---- helpers

    static HttpResponse<String> review(Served served, String path, String json, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = served.to(path).header("Content-Type", "application/json").header("X-Etkg-Review", "1")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return served.send(b);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Path copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(FIXTURES.resolve(fixture))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** Waits for the page's requests to be answered (not a timed assertion: the loader's checks take a while on a cold JVM). */
    static void idle() {
        Chromium.await("the page to settle", () -> "idle".equals(browser.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    static String message() {
        return browser.findElement(By.id("message")).getText();
    }

    static void shot(String name) throws IOException {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
