package org.etkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;

/**
 * The lines of a GDELT file (plain or zipped) as bytes: a filter looks at a line's bytes, and
 * only the lines it keeps are decoded and split. A region's rows are 1-2 % of a month: decoding
 * and splitting the other 98 % into 61 strings each was most of the reading's cost.
 */
final class GdeltLines {
    private GdeltLines() {
    }

    /** Whether the line in {@code bytes[from, to)} (without its line end) is one to decode. */
    @FunctionalInterface
    interface Keep {
        boolean test(byte[] bytes, int from, int to);
    }

    /** Hands each non-empty line {@code keep} keeps to {@code each}, decoded as UTF-8 and split at the tabs. */
    static void rows(Path file, Keep keep, GdeltFile.Row each) {
        try (InputStream in = open(file)) {
            byte[] buf = new byte[1 << 16];
            int start = 0; // the first byte of the line being read
            int end = 0; // the end of the bytes read so far
            int lineNo = 0;
            while (true) {
                if (end == buf.length) {
                    if (start > 0) {
                        System.arraycopy(buf, start, buf, 0, end - start);
                        end -= start;
                        start = 0;
                    } else {
                        buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                    }
                }
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    break;
                }
                int scanFrom = end;
                end += n;
                for (int i = scanFrom; i < end; i++) {
                    if (buf[i] == '\n') {
                        lineNo++;
                        line(buf, start, i, lineNo, keep, each);
                        start = i + 1;
                    }
                }
            }
            if (start < end) {
                line(buf, start, end, lineNo + 1, keep, each);
            }
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        }
    }

    private static void line(byte[] buf, int from, int to, int lineNo, Keep keep, GdeltFile.Row each) {
        if (to > from && buf[to - 1] == '\r') {
            to--; // as BufferedReader reads lines: a line may end in \r\n
        }
        if (to > from && keep.test(buf, from, to)) {
            each.accept(lineNo, new String(buf, from, to - from, StandardCharsets.UTF_8).split("\t", -1));
        }
    }

    /** The file's bytes; when it is zipped, its *.export.CSV (or *.mentions.CSV) entry's, or its only file's. */
    static InputStream open(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? unzip(file) : Files.newInputStream(file);
    }

    /** GDELT's zips hold one *.export.CSV or *.mentions.CSV; anything beside it (a readme, a folder) is passed over. */
    private static InputStream unzip(Path file) throws IOException {
        String kind = GdeltMentions.isMentions(file) ? ".mentions.csv" : ".export.csv";
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new DataError(Location.of(file.toString()),
                    "not a zip file (a GDELT file ending in .zip is zipped; unzipped, it ends in " + upper(kind) + ")");
        }
        try {
            List<ZipEntry> files = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry.class::cast).toList();
            ZipEntry chosen = files.stream().filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(kind))
                    .findFirst().orElse(files.size() == 1 ? files.get(0) : null);
            if (chosen == null) {
                throw new DataError(Location.of(file.toString()), "the zip file holds no GDELT file (*" + upper(kind) + ")"
                        + (files.isEmpty() ? "" : "; it holds " + String.join(", ", files.stream().map(ZipEntry::getName).toList())));
            }
            return new java.io.FilterInputStream(zip.getInputStream(chosen)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** ".export.csv" as GDELT writes it: ".export.CSV". */
    private static String upper(String kind) {
        return kind.substring(0, kind.length() - 3) + "CSV";
    }
}
