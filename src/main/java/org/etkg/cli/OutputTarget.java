package org.etkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.io.output.ProxyWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.etkg.IoProblem;
import org.etkg.EtkgException;

/**
 * Where a command's output goes: standard output, or a file written beside its target and
 * moved into place, so that a failure never leaves half a file.
 */
final class OutputTarget {
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private OutputTarget() {
    }

    /** As {@link #write}, gzipped when FILE's name ends in .gz (in any case), as load reads it back. */
    static void writeGzippedAsNamed(Path file, PrintWriter stdout, Body body) throws IOException {
        if (file == null || !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            write(file, stdout, body);
            return;
        }
        write(file, stdout, stream -> {
            java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(stream, 1 << 16);
            body.write(gzip);
            gzip.finish();
        });
    }

    /**
     * Bytes printed through picocli's writer (so that tests capture them), for Jena's writers, which
     * write bytes. Closing the stream flushes the writer and leaves it open: picocli owns it.
     */
    static OutputStream over(Writer stdout) {
        Writer flushOnClose = new ProxyWriter(stdout) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try {
            return WriterOutputStream.builder().setWriter(flushOnClose).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, PrintWriter stdout, Body body) throws IOException {
        if (file == null) {
            try (OutputStream stream = over(stdout)) {
                body.write(stream);
            }
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".etkg-", ".tmp");
        } catch (IOException e) {
            throw new EtkgException("cannot write " + file + ": " + IoProblem.describe(e), e);
        }
        try {
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                body.write(stream);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // Temporary files are private; the result is an ordinary file.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EtkgException("cannot write " + file + ": " + IoProblem.describe(e), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
