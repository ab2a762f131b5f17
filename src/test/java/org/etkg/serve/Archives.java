package org.etkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives as a client, or an attacker, would send them to POST /load. */
final class Archives {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipArchiveOutputStream zip;
    private final TarArchiveOutputStream tar;

    private Archives(boolean tarGz) {
        try {
            zip = tarGz ? null : new ZipArchiveOutputStream(bytes);
            tar = tarGz ? new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes)) : null;
            if (tar != null) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Archives zip() {
        return new Archives(false);
    }

    static Archives tarGz() {
        return new Archives(true);
    }

    /** The test article (src/test/resources/mini, article id "mini") under {@code folder}/. */
    Archives miniArticle(String folder) {
        try {
            return file(folder + "/article.txt", Files.readAllBytes(Path.of("src/test/resources/mini/article.txt")))
                    .file(folder + "/facts.yaml", Files.readAllBytes(Path.of("src/test/resources/mini/facts.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Archives file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Archives file(String name, byte[] content) {
        try {
            if (zip != null) {
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                zip.putArchiveEntry(e);
                zip.write(content);
                zip.closeArchiveEntry();
            } else {
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setSize(content.length);
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A symbolic link named {@code name} to {@code target}. */
    Archives link(String name, String target) {
        try {
            if (zip != null) {
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                e.setUnixMode(0120777);
                zip.putArchiveEntry(e);
                zip.write(target.getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            } else {
                TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                e.setLinkName(target);
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character device (tar only: a zip has no such entry). */
    Archives device(String name) {
        try {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_CHR);
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            if (zip != null) {
                zip.close();
            } else {
                tar.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
