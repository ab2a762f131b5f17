package org.etkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** etkg backup, restore and compact: the same store back, nothing from a damaged backup, the disk space back. */
class BackupRestoreTest {

    @Test
    void aBackupRestoresToAnIsomorphicStore(@TempDir Path dir) {
        Path store = Cli.loadedStore(dir);
        Path backup = dir.resolve("store.nq.gz");
        Cli.Result b = Cli.run("backup", "--store", store.toString(), "-o", backup.toString());
        assertEquals(0, b.exitCode(), b::toString);
        assertTrue(b.out().startsWith("Backed up "), b::toString);
        Path restored = dir.resolve("restored");
        Cli.Result r = Cli.run("restore", backup.toString(), "--store", restored.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(IsoMatcher.isomorphic(Cli.snapshot(store), Cli.snapshot(restored)), "the restored store is the same store");
        Cli.Result again = Cli.run("restore", backup.toString(), "--store", restored.toString());
        assertEquals(2, again.exitCode(), "an existing store is never overwritten: " + again);
    }

    @Test
    void aTruncatedOrCorruptedBackupIsRefusedAndNoStoreIsCreated(@TempDir Path dir) throws IOException {
        Path store = Cli.firstArticleStore(dir);
        Path backup = dir.resolve("store.nq.gz");
        assertEquals(0, Cli.run("backup", "--store", store.toString(), "-o", backup.toString()).exitCode());
        byte[] whole = Files.readAllBytes(backup);

        Path truncated = Files.write(dir.resolve("truncated.nq.gz"), Arrays.copyOf(whole, whole.length / 2));
        refused(dir, truncated, "truncated");

        // A quad changed inside a valid gzip stream: only the checksum can tell.
        String text = gunzip(whole).replaceFirst("Kabul", "Kabol");
        Path edited = Files.write(dir.resolve("edited.nq.gz"), gzip(text));
        refused(dir, edited, "corrupted");

        // The manifest cut off: a backup that ends early but whose gzip stream is whole.
        String cut = gunzip(whole);
        Path noManifest = Files.write(dir.resolve("nomanifest.nq.gz"), gzip(cut.substring(0, cut.indexOf("# etkg-backup/1 manifest"))));
        refused(dir, noManifest, "manifest is missing");

        Path notGzip = Files.writeString(dir.resolve("plain.nq.gz"), "<http://a> <http://b> <http://c> .\n");
        refused(dir, notGzip, "not a gzip file");
    }

    @Test
    void compactionBringsAStoreReloadedFiftyTimesBackToItsSize(@TempDir Path dir) {
        Path store = dir.resolve("store");
        String article = Cli.firstArticle().toString();
        assertEquals(0, Cli.run("load", "--no-resolve", "--store", store.toString(), article).exitCode());
        long first = Backup.diskSize(store);
        for (int i = 0; i < 50; i++) {
            assertEquals(0, Cli.run("load", "--no-resolve", "--store", store.toString(), article).exitCode());
        }
        long grown = Backup.diskSize(store);
        Cli.Result c = Cli.run("compact", "--store", store.toString());
        assertEquals(0, c.exitCode(), c::toString);
        long compacted = Backup.diskSize(store);
        String sizes = "after one load " + first + " bytes, after 50 reloads " + grown + ", compacted " + compacted;
        assertTrue(grown > first, "reloads leave replaced data behind: " + sizes);
        assertTrue(compacted <= first * 1.10, "within 10 % of the first load: " + sizes);
        Cli.Result q = Cli.run("query", "--store", store.toString(), "--format", "csv", "posts");
        assertEquals(0, q.exitCode(), "the compacted store answers: " + q);
        assertFalse(q.out().isBlank());
    }

    private static void refused(Path dir, Path backup, String why) {
        Path target = dir.resolve("from-" + backup.getFileName());
        Cli.Result r = Cli.run("restore", backup.toString(), "--store", target.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(why) && r.err().contains(backup.getFileName().toString()), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertFalse(Files.exists(target), "no store is created from " + backup);
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".restoring-")), "no half-built store is left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
