package org.etkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

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

    static void write(Path file, PrintWriter stdout, Body body) throws IOException {
        if (file == null) {
            try (OutputStream stream = new WriterOutputStream(stdout)) {
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
