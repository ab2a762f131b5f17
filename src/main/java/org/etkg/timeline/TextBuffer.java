package org.etkg.timeline;

import java.io.Writer;

/**
 * A Writer into a StringBuilder that appends strings as strings. Gson writes a row as hundreds of
 * string pieces through {@code Writer.write(String, int, int)}; commons-io's
 * StringBuilderWriter (and every Writer that does not override it) copies each piece into a
 * char array first, then appends the array char by char once a row has held one character
 * beyond Latin-1 (a dash, a curly quote): a quarter of the samples of a streamed timeline at
 * 100,000 articles. Here a whole string is appended as one array copy.
 * Not synchronised: one thread writes one row.
 */
final class TextBuffer extends Writer {
    private final StringBuilder text;

    TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    StringBuilder builder() {
        return text;
    }

    @Override
    public void write(String s, int off, int len) {
        // Gson writes a string without escapes whole: appended whole, it is copied as an array
        // (StringBuilder.append(CharSequence, int, int) copies char by char on Java 17).
        if (off == 0 && len == s.length()) {
            text.append(s);
        } else {
            text.append(s, off, off + len);
        }
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
