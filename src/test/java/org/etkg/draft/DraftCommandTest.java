package org.etkg.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etkg.Cli;
import org.etkg.load.EvidenceLocator;
import org.etkg.load.FactsReader;
import org.etkg.model.ArticleFacts;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** etkg draft as an analyst runs it: drafts that load as they stand, quotes verbatim, the store's ids, bad input refused. */
class DraftCommandTest {

    @Test
    void theFirstArticlesDraftLoadsAsItStandsWithEveryQuoteVerbatim(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("draft");
        Cli.Result drafted = Cli.run("draft", Cli.firstArticle().resolve("article.txt").toString(),
                "--id", "shift-draft", "-o", out.toString());
        assertEquals(0, drafted.exitCode(), drafted::toString);
        assertTrue(drafted.out().contains("Drafted 1 article"), drafted::toString);

        String text = Files.readString(out.resolve("article.txt"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(Cli.firstArticle().resolve("article.txt"), StandardCharsets.UTF_8), text,
                "article.txt is the article as given");
        ArticleFacts facts = FactsReader.readArticleFacts(out.resolve("facts.yaml"));
        assertEquals("shift-draft", facts.id());
        EvidenceLocator locator = new EvidenceLocator(text, "article.txt");
        int quotes = 0;
        for (Entity e : facts.entities()) {
            for (Quote q : e.evidence()) {
                assertTrue(text.contains(q.exact()) || EvidenceLocator.fold(text).contains(EvidenceLocator.fold(q.exact())),
                        "entity " + e.id() + " quotes words the article does not have: " + q.exact());
                locator.locate(q);
                quotes++;
            }
        }
        for (Event e : facts.events()) {
            for (Quote q : e.evidence()) {
                assertTrue(text.contains(q.exact()), "event " + e.id() + " quotes words the article does not have: " + q.exact());
                locator.locate(q);
                quotes++;
            }
        }
        assertTrue(quotes > 20, "a draft of this article quotes its words for many facts, not " + quotes);

        // What the analyst reads first: people, the committee and its 7th round, a quoted statement.
        assertTrue(facts.entities().stream().anyMatch(e -> e.kind() == EntityKind.PERSON && e.label().equals("Mohammad Sadiq")));
        assertTrue(facts.entities().stream().anyMatch(e -> e.kind() == EntityKind.POST && e.label().contains("Special Representative")));
        assertTrue(facts.events().stream().anyMatch(e -> e.type().id().equals("committee-round") && Integer.valueOf(7).equals(e.ordinal())));
        assertTrue(facts.events().stream().anyMatch(e -> e.statement().map(s -> s.direct()).orElse(false)));

        String yaml = Files.readString(out.resolve("facts.yaml"), StandardCharsets.UTF_8);
        assertEquals(facts.entities().size() + facts.events().size(), count(yaml, "(?m)^  - id: "),
                "every item is written as one list item");
        assertTrue(everyItemHasACheck(yaml), "every drafted item carries a # check: comment");

        Cli.Result loaded = Cli.run("load", "--store", dir.resolve("store").toString(), out.toString());
        assertEquals(0, loaded.exitCode(), loaded::toString);
        assertTrue(loaded.out().contains("articles    1 (shift-draft)"), loaded::toString);
    }

    @Test
    void namesTheStoreKnowsTakeItsIds(@TempDir Path dir) throws IOException {
        Path store = Cli.firstArticleStore(dir);
        Path out = dir.resolve("azizi");
        Cli.Result r = Cli.run("draft", Cli.data().resolve("azizi-islamabad-april-2025/article.txt").toString(),
                "--store", store.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("known to the store"), r::toString);
        ArticleFacts facts = FactsReader.readArticleFacts(out.resolve("facts.yaml"));
        // The first article writes "Noor-ud-Din Azizi"; this one "Nooruddin Azizi".
        Entity azizi = facts.entities().stream().filter(e -> e.label().equals("Nooruddin Azizi")).findFirst().orElseThrow();
        assertEquals("noor-ud-din-azizi", azizi.id());
        assertTrue(facts.entities().stream().anyMatch(e -> e.id().equals("islamabad") && e.kind() == EntityKind.CITY),
                "Islamabad takes the store's id too");
        assertTrue(Files.readString(out.resolve("facts.yaml")).contains("# check: id noor-ud-din-azizi from the store"));

        Cli.Result loaded = Cli.run("load", "--store", store.toString(), out.toString());
        assertEquals(0, loaded.exitCode(), loaded::toString);
    }

    @Test
    void aFolderIsDraftedArticleByArticleAndAPublicationDateResolvesWeekdays(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.data().resolve("azizi-islamabad-april-2025/article.txt"), in.resolve("azizi.txt"));
        Files.copy(Cli.data().resolve("dar-kabul-trip-announced/article.txt"), in.resolve("dar.txt"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("draft", in.toString(), "--published", "2025-04-18", "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Drafted 2 articles"), r::toString);
        assertTrue(Files.exists(out.resolve("azizi/facts.yaml")) && Files.exists(out.resolve("dar/facts.yaml")), r::toString);
        // "On Thursday" before Friday 18 April 2025 is the 17th: a date the text does not write goes to outside-facts.yaml.
        String outside = Files.readString(out.resolve("azizi/outside-facts.yaml"));
        assertTrue(outside.contains("date: 2025-04-17"), outside);
        assertTrue(Files.readString(out.resolve("azizi/facts.yaml")).contains("datePublished: 2025-04-18"));
        Cli.Result loaded = Cli.run("load", "--store", dir.resolve("store").toString(), out.resolve("azizi").toString(),
                out.resolve("dar").toString());
        assertEquals(0, loaded.exitCode(), loaded::toString);
    }

    @Test
    void badInputIsRefusedInOneLineAndNoFolderIsWritten(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks were held in Kabul on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        Path noSentences = Files.writeString(dir.resolve("numbers.txt"), "12 34 56\n-- 7 --\n");
        List<List<String>> cases = List.of(
                List.of(empty.toString(), "empty"),
                List.of(latin1.toString(), "not UTF-8"),
                List.of(binary.toString(), "binary"),
                List.of(huge.toString(), "not an article"),
                List.of(noSentences.toString(), "no sentences"));
        for (List<String> c : cases) {
            Path out = dir.resolve("out-" + Path.of(c.get(0)).getFileName());
            Cli.Result r = Cli.run("draft", c.get(0), "-o", out.toString());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().contains(c.get(1)) && r.err().contains(Path.of(c.get(0)).getFileName().toString()), r::toString);
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r);
            assertFalse(r.err().contains("Exception"), r::toString);
            assertFalse(Files.exists(out), "no output folder for " + c.get(0));
        }
        Cli.Result missing = Cli.run("draft", dir.resolve("nowhere.txt").toString());
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("no such file"), missing::toString);
    }

    @Test
    void anExistingFolderIsReplacedOnlyWithForce(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Path kept = Files.writeString(out.resolve("facts.yaml"), "# the analyst's own work\n");
        String article = Cli.data().resolve("dar-kabul-trip-announced/article.txt").toString();
        Cli.Result refused = Cli.run("draft", article, "-o", out.toString());
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("exists; pass --force"), refused::toString);
        assertEquals("# the analyst's own work\n", Files.readString(kept));

        Cli.Result forced = Cli.run("draft", article, "-o", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(Files.readString(out.resolve("facts.yaml")).contains("format: etkg-facts/1"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary folder is left beside the draft");
        }
        Cli.Result twoWithOneId = Cli.run("draft", article, article, "--id", "x");
        assertEquals(2, twoWithOneId.exitCode(), twoWithOneId::toString);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Each "  - id:" or "  - event:" item comes right after its "# check:" lines. */
    private static boolean everyItemHasACheck(String yaml) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  - id: ") && (i == 0 || !lines.get(i - 1).startsWith("# check: "))) {
                return false;
            }
        }
        return true;
    }
}
