package org.etkg.index;

/**
 * Writes JSON text straight into a builder, one object or array at a time. The timeline
 * index writes one object for every event it loads and a timeline streams one for every
 * row, so this skips the tree a JSON library would build first.
 */
public final class JsonOut {
    private final StringBuilder b;
    /** Whether the open object or array has no member yet. */
    private boolean first = true;

    public JsonOut(StringBuilder b) {
        this.b = b;
    }

    public JsonOut() {
        this(new StringBuilder(1024));
    }

    public JsonOut beginObject() {
        separate();
        b.append('{');
        first = true;
        return this;
    }

    public JsonOut endObject() {
        b.append('}');
        first = false;
        return this;
    }

    public JsonOut beginArray() {
        separate();
        b.append('[');
        first = true;
        return this;
    }

    public JsonOut endArray() {
        b.append(']');
        first = false;
        return this;
    }

    /** A member's name; its value follows. */
    public JsonOut key(String k) {
        separate();
        quote(k);
        b.append(':');
        first = true; // the value needs no comma
        return this;
    }

    public JsonOut value(String s) {
        separate();
        if (s == null) {
            b.append("null");
        } else {
            quote(s);
        }
        return this;
    }

    public JsonOut value(long n) {
        separate();
        b.append(n);
        return this;
    }

    public JsonOut value(boolean v) {
        separate();
        b.append(v);
        return this;
    }

    /** A member whose value is text, left out when it is null. */
    public JsonOut put(String k, Object v) {
        if (v instanceof Integer i) {
            key(k).value(i.longValue());
        } else if (v instanceof Long l) {
            key(k).value(l.longValue());
        } else if (v instanceof Boolean bool) {
            key(k).value(bool.booleanValue());
        } else if (v != null) {
            key(k).value(v.toString());
        }
        return this;
    }

    public StringBuilder builder() {
        return b;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    private void separate() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }

    private void quote(String s) {
        b.append('"');
        // Runs of characters that need no escape are copied at once.
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                // Never "</script>" in a page that inlines the JSON.
                case '/' -> i > 0 && s.charAt(i - 1) == '<' ? "\\/" : null;
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                b.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        b.append(s, run, s.length()).append('"');
    }
}
