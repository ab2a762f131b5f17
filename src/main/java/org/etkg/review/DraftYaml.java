package org.etkg.review;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.draft.FactsYamlWriter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A facts file (facts.yaml or outside-facts.yaml) as the page edits it, and back: a JSON tree
 * of the file's own keys, each list item carrying the comments written above it under
 * {@value #NOTES} (the "# check:" lines among them) and the file's opening comments under
 * {@value #HEADER}. Written back in the layout of the hand-written files and the drafter's,
 * with the drafter's own scalar quoting.
 */
final class DraftYaml {
    static final String NOTES = "_notes";
    static final String HEADER = "_header";

    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):");
    private static final Pattern ITEM = Pattern.compile("^  - ");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#\\s?(.*)$");
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9._/-]*|\\d{4}-\\d{2}(-\\d{2})?");
    private static final List<String> RESERVED = List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");
    /** The order keys are written in, as the documented examples have them; other keys follow in their own order. */
    private static final List<String> ORDER = List.of("id", "event", "entity", "kind", "type", "label", "altLabels", "comment",
            "text", "direct", "quote", "speaker", "channel", "accordingTo", "modality", "place", "time", "partOf", "series",
            "ordinal", "previous", "about", "causes", "participants", "holds", "headOf", "memberOf", "postIn", "within",
            "delegationOf", "publisher", "sources", "written", "date", "begin", "end", "earliestBegin", "latestEnd", "note");

    /** Where a problem was: the section and index of the item, null for the file's top. */
    record ItemAt(String section, int index) {
    }

    record Written(String yaml, TreeMap<Integer, ItemAt> itemAtLine) {
        ItemAt itemAt(int line) {
            Map.Entry<Integer, ItemAt> e = itemAtLine.floorEntry(line);
            return e == null ? null : e.getValue();
        }
    }

    /** A file that does not parse as YAML: the line and column of the problem. */
    static final class Unreadable extends RuntimeException {
        final int line;

        Unreadable(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private DraftYaml() {
    }

    static JsonObject read(String yaml) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new Unreadable("line " + line + ": " + e.getProblem(), line);
        } catch (YamlEngineException e) {
            throw new Unreadable(e.getMessage(), 0);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new Unreadable("the file is not a map of keys (format:, article:, ...)", 1);
        }
        JsonObject tree = toJson(map).getAsObject();
        attachComments(yaml, tree);
        return tree;
    }

    private static JsonValue toJson(Object o) {
        if (o instanceof Map<?, ?> m) {
            JsonObject obj = new JsonObject();
            m.forEach((k, v) -> obj.put(String.valueOf(k), toJson(v)));
            return obj;
        }
        if (o instanceof List<?> l) {
            JsonArray arr = new JsonArray();
            l.forEach(v -> arr.add(toJson(v)));
            return arr;
        }
        if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
            return JsonNumber.value(((Number) o).longValue());
        }
        if (o instanceof Number n) {
            return JsonNumber.value(new BigDecimal(n.toString()));
        }
        if (o instanceof Boolean b) {
            return new org.apache.jena.atlas.json.JsonBoolean(b);
        }
        return new JsonString(o == null ? "" : o.toString());
    }

    /** Comments right above an item ("# check: ..." among them) go with it; those opening the file are its header. */
    private static void attachComments(String yaml, JsonObject tree) {
        String section = null;
        int index = -1;
        List<String> pending = new ArrayList<>();
        JsonArray header = new JsonArray();
        boolean top = true;
        for (String line : yaml.split("\r?\n", -1)) {
            Matcher c = COMMENT.matcher(line);
            if (c.matches()) {
                if (top) {
                    header.add(c.group(1));
                } else {
                    pending.add(c.group(1));
                }
                continue;
            }
            if (line.isBlank()) {
                if (!top) {
                    pending.clear();
                }
                continue;
            }
            top = false;
            Matcher k = TOP_KEY.matcher(line);
            if (k.find()) {
                section = k.group(1);
                index = -1;
                pending.clear();
            } else if (ITEM.matcher(line).find() && section != null) {
                index++;
                JsonValue list = tree.get(section);
                if (list != null && list.isArray() && index < list.getAsArray().size() && list.getAsArray().get(index).isObject()
                        && !pending.isEmpty()) {
                    JsonArray notes = new JsonArray();
                    pending.forEach(notes::add);
                    list.getAsArray().get(index).getAsObject().put(NOTES, notes);
                }
                pending.clear();
            }
        }
        if (!header.isEmpty()) {
            tree.put(HEADER, header);
        }
    }

    static Written write(JsonObject tree) {
        Out out = new Out();
        if (tree.hasKey(HEADER)) {
            for (JsonValue h : tree.get(HEADER).getAsArray()) {
                out.line(comment(h.getAsString().value()));
            }
            out.blank();
        }
        for (String key : tree.keys()) {
            if (key.startsWith("_")) {
                continue;
            }
            JsonValue v = tree.get(key);
            if (v.isArray() && v.getAsArray().stream().allMatch(JsonValue::isObject)) {
                if (v.getAsArray().isEmpty()) {
                    continue;
                }
                out.blank();
                out.line(key + ":");
                int i = 0;
                for (JsonValue item : v.getAsArray()) {
                    out.items.put(out.next, new ItemAt(key, i++));
                    JsonObject o = item.getAsObject();
                    if (o.hasKey(NOTES)) {
                        for (JsonValue n : o.get(NOTES).getAsArray()) {
                            out.line(comment(n.getAsString().value()));
                        }
                    }
                    boolean first = true;
                    for (String k : ordered(o)) {
                        writeField(out, first ? "  - " : "    ", k, o.get(k), "      ");
                        first = false;
                    }
                    out.blank();
                }
                out.items.put(out.next, null);
            } else if (v.isObject()) {
                out.blank();
                out.line(key + ":");
                for (String k : ordered(v.getAsObject())) {
                    writeField(out, "  ", k, v.getAsObject().get(k), "    ");
                }
            } else {
                if (key.equals("format")) {
                    out.blank();
                }
                out.line(key + ": " + flow(v));
            }
        }
        String yaml = out.sb.toString().replaceFirst("^\n+", "").replaceFirst("\n+$", "\n");
        int shift = out.sb.length() - out.sb.toString().replaceFirst("^\n+", "").length();
        TreeMap<Integer, ItemAt> items = new TreeMap<>();
        out.items.forEach((l, at) -> items.put(l - shift, at));
        return new Written(yaml, items);
    }

    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        final TreeMap<Integer, ItemAt> items = new TreeMap<>();
        int next = 1;
        boolean lastBlank = true;

        void line(String s) {
            sb.append(s).append('\n');
            next++;
            lastBlank = s.isEmpty();
        }

        /** One blank line between blocks, never two. */
        void blank() {
            if (!lastBlank) {
                line("");
            }
        }
    }

    private static List<String> ordered(JsonObject o) {
        List<String> keys = new ArrayList<>();
        for (String k : ORDER) {
            if (o.hasKey(k)) {
                keys.add(k);
            }
        }
        for (String k : o.keys()) {
            if (!keys.contains(k) && !k.startsWith("_")) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static void writeField(Out emit, String lead, String key, JsonValue v, String nested) {
        if (v.isArray() && v.getAsArray().stream().anyMatch(JsonValue::isObject)) {
            emit.line(lead + key + ":");
            for (JsonValue item : v.getAsArray()) {
                emit.line(nested + "- " + flow(item));
            }
        } else {
            emit.line(lead + key + ": " + flow(v));
        }
    }

    /** A value on one line: a scalar, [a, b] or {k: v, ...}. */
    static String flow(JsonValue v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.getAsArray().forEach(x -> parts.add(flow(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            for (String k : ordered(v.getAsObject())) {
                parts.add(k + ": " + flow(v.getAsObject().get(k)));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        if (v.isBoolean()) {
            return Boolean.toString(v.getAsBoolean().value());
        }
        if (v.isNull()) {
            return "null";
        }
        String s = v.getAsString().value();
        return PLAIN.matcher(s).matches() && !RESERVED.contains(s) ? s : FactsYamlWriter.str(s);
    }

    private static String comment(String text) {
        return ("# " + text.replace('\n', ' ').replace('\r', ' ')).stripTrailing();
    }
}
