package org.etkg.draft;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.etkg.IoProblem;
import org.etkg.EtkgException;

/**
 * An article's text as a drafter may take it: UTF-8, not binary, not empty, not huge, with at
 * least one sentence. Anything else is refused with one line that says what is wrong.
 */
public record ArticleText(Path file, String text) {
    /** Far above any news article (a long one is 50 KiB), far below what would tie up the models for hours. */
    public static final long MAX_BYTES = 1L << 20;
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}+[\\p{L}'’-]*(\\s+\\S+){2,}");

    public static ArticleText read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new EtkgException(file + ": cannot be read (" + IoProblem.describe(e) + ")");
        }
        if (size > MAX_BYTES) {
            throw new EtkgException(String.format("%s: %.1f MiB is not an article; etkg draft takes texts up to %d KiB",
                    file, size / 1048576.0, MAX_BYTES / 1024));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EtkgException(file + ": cannot be read (" + IoProblem.describe(e) + ")");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new EtkgException(file + ": a binary file, not text (a NUL byte at offset " + i + ")");
            }
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new EtkgException(file + ": the file is empty");
        }
        if (!SENTENCE.matcher(text).find()) {
            throw new EtkgException(file + ": no sentences to draft from (no run of three words)");
        }
        return new ArticleText(file, text);
    }

    /** The first non-empty line: a news article's headline. */
    public String headline() {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new EtkgException(String.format("%s:%d:%d: not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8",
                    file, line, column, bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

}
