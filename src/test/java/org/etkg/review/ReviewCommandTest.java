package org.etkg.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** etkg review refuses what it cannot serve before it listens: a clear line, an exit code, no stack trace. */
class ReviewCommandTest {

    @Test
    void aFolderThatIsNotThereIsNamed(@TempDir Path dir) {
        Cli.Result r = Cli.run("review", dir.resolve("nowhere").toString(), "--port", "0");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("nowhere: no such folder"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void aFolderWithoutDraftsSaysWhatItWants(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "no drafts here");
        Cli.Result r = Cli.run("review", dir.toString(), "--port", "0");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no draft here: give a folder that etkg draft wrote"), r::toString);
    }

    @Test
    void aFileIsNotAFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("facts.yaml"), "format: etkg-facts/1\n");
        Cli.Result r = Cli.run("review", file.toString(), "--port", "0");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is a file, not a folder"), r::toString);
    }

    @Test
    void aPortOutOfRangeIsUsage(@TempDir Path dir) {
        Cli.Result r = Cli.run("review", dir.toString(), "--port", "70000");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--port must be between 0 and 65535"), r::toString);
    }
}
