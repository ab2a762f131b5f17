package org.etkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;

/** A real headless Chromium from Debian's packages (chromium and chromium-driver; .ci/run installs them). */
public final class Chromium {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    public static ChromeDriver start(Path profile) {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "this test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Moves the mouse onto an element (its centre), as a reader pointing at it does. */
    public static void hover(ChromeDriver browser, WebElement element) {
        new Actions(browser).moveToElement(element).perform();
    }

    /** Moves the mouse off everything the page draws (to its top left corner). */
    public static void unhover(ChromeDriver browser) {
        new Actions(browser).moveToLocation(1, 1).perform();
    }

    /** Saves what the browser shows as target/NAME, for people to look at; returns the file. */
    public static Path screenshot(ChromeDriver browser, String name) {
        Path shot = Path.of("target", name);
        try {
            java.nio.file.Files.createDirectories(shot.getParent());
            java.nio.file.Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return shot;
    }

    /** The console's warnings and errors since the last call. */
    public static List<LogEntry> warnings(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /**
     * Waits up to fifteen seconds (CI machines are shared) for a condition the page reaches on its
     * own (a redraw, an answer). An element the page replaced while the condition read it counts as
     * "not yet": the next look finds the new one.
     */
    public static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!holds(condition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 15 s for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException replacedWhileRead) {
            return false;
        }
    }
}
