package org.etkg.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.Ref;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML file read as a tree of nodes that remember their line and column, so that
 * every problem in a facts file is reported where it is. Reading is strict: unknown
 * fields, duplicate keys, wrong shapes and missing required fields are errors.
 */
final class YamlDocument {
    /** Facts files larger than this are refused before parsing: they are written by hand. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * Built once: building settings compiles the schema's regular expressions. Duplicate keys are
     * refused by {@link YamlMap}, with the key's line: Compose builds nodes and never applies
     * the settings' duplicate-key check, which only constructing Java objects does.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(10).build();

    private YamlDocument() {
    }

    /** Reads and parses a file; the root must be a mapping. */
    static YamlMap read(Path file) {
        String name = file.toString();
        String text = readUtf8(file);
        if (text.isBlank()) {
            throw new DataError(new Location(name, 1, 1), "the file is empty");
        }
        Node root;
        try {
            root = new Compose(SETTINGS).composeString(text)
                    .orElseThrow(() -> new DataError(new Location(name, 1, 1), "the file holds no YAML document"));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Location at = mark == null ? new Location(name, 1, 1)
                    : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new DataError(at, "YAML syntax error: " + problem + context);
        } catch (YamlEngineException e) {
            throw new DataError(new Location(name, 1, 1), "YAML syntax error: " + e.getMessage());
        }
        YamlValue value = new YamlValue(name, root);
        return value.asMap();
    }

    /** Reads a text file that must be UTF-8, naming line and column of the first bad byte. */
    static String readUtf8(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DataError(Location.of(file.toString()), Files.exists(file)
                        ? "not a regular file" : "file not found");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataError(Location.of(file.toString()), "file is " + (size >> 20)
                        + " MiB; etkg reads facts and article files up to " + (MAX_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataError(Location.of(file.toString()), "file not found");
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = in.position();
            throw new DataError(locationOfByte(file.toString(), bytes, offset),
                    String.format("not UTF-8: byte 0x%02X at byte offset %d cannot be decoded; save the file as UTF-8",
                            bytes[offset] & 0xFF, offset));
        } catch (CharacterCodingException e) {
            throw new DataError(Location.of(file.toString()), "not UTF-8: " + e.getMessage());
        }
    }

    private static Location locationOfByte(String name, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(name, line, column);
    }

    /** Any node of the tree. */
    record YamlValue(String file, Node node) {
        Location location() {
            Optional<Mark> mark = node.getStartMark();
            return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(new Location(file, 0, 0));
        }

        boolean isNull() {
            return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()));
        }

        boolean isScalar() {
            return node instanceof ScalarNode && !isNull();
        }

        boolean isMap() {
            return node instanceof MappingNode;
        }

        boolean isList() {
            return node instanceof SequenceNode;
        }

        YamlMap asMap() {
            if (!(node instanceof MappingNode m)) {
                throw new DataError(location(), "expected a mapping of fields (key: value), found " + describe());
            }
            return new YamlMap(this, m);
        }

        List<YamlValue> asList() {
            if (!(node instanceof SequenceNode s)) {
                throw new DataError(location(), "expected a list, found " + describe());
            }
            List<YamlValue> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(new YamlValue(file, n));
            }
            return items;
        }

        String asString() {
            if (!(node instanceof ScalarNode s) || isNull()) {
                throw new DataError(location(), "expected a single value, found " + describe());
            }
            return s.getValue();
        }

        String describe() {
            if (isNull()) {
                return "nothing";
            }
            if (node instanceof MappingNode) {
                return "a mapping";
            }
            if (node instanceof SequenceNode) {
                return "a list";
            }
            return "'" + ((ScalarNode) node).getValue() + "'";
        }
    }

    /** A mapping whose fields are read once each; {@link #done()} rejects fields nobody read. */
    static final class YamlMap {
        private final YamlValue self;
        private final Map<String, YamlValue> fields = new LinkedHashMap<>();
        private final Map<String, Location> keyLocations = new LinkedHashMap<>();
        private final Set<String> read = new LinkedHashSet<>();

        private YamlMap(YamlValue self, MappingNode node) {
            this.self = self;
            for (NodeTuple t : node.getValue()) {
                YamlValue key = new YamlValue(self.file(), t.getKeyNode());
                String k = key.asString();
                if (fields.containsKey(k)) {
                    throw new DataError(key.location(), "duplicate field '" + k + "'");
                }
                fields.put(k, new YamlValue(self.file(), t.getValueNode()));
                keyLocations.put(k, key.location());
            }
        }

        Location location() {
            return self.location();
        }

        String file() {
            return self.file();
        }

        Optional<YamlValue> get(String key) {
            read.add(key);
            YamlValue v = fields.get(key);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
        }

        YamlValue require(String key, String what) {
            return get(key).orElseThrow(() -> new DataError(location(),
                    "missing required field '" + key + "'" + (what == null ? "" : " (" + what + ")")));
        }

        String string(String key) {
            return get(key).map(YamlValue::asString).orElse(null);
        }

        String requireString(String key, String what) {
            YamlValue v = require(key, what);
            String s = v.asString();
            if (s.isBlank()) {
                throw new DataError(v.location(), "field '" + key + "' is empty");
            }
            return s;
        }

        Ref ref(String key) {
            return get(key).map(v -> new Ref(v.asString(), v.location())).orElse(null);
        }

        /** A list of references, or a single reference written without brackets. */
        List<Ref> refs(String key) {
            Optional<YamlValue> v = get(key);
            if (v.isEmpty()) {
                return List.of();
            }
            if (v.get().isScalar()) {
                return List.of(new Ref(v.get().asString(), v.get().location()));
            }
            List<Ref> refs = new ArrayList<>();
            for (YamlValue item : v.get().asList()) {
                refs.add(new Ref(item.asString(), item.location()));
            }
            return refs;
        }

        List<String> strings(String key) {
            Optional<YamlValue> v = get(key);
            if (v.isEmpty()) {
                return List.of();
            }
            if (v.get().isScalar()) {
                return List.of(v.get().asString());
            }
            List<String> out = new ArrayList<>();
            for (YamlValue item : v.get().asList()) {
                out.add(item.asString());
            }
            return out;
        }

        List<YamlValue> list(String key) {
            return get(key).map(YamlValue::asList).orElse(List.of());
        }

        boolean bool(String key) {
            Optional<YamlValue> v = get(key);
            if (v.isEmpty()) {
                return false;
            }
            String s = v.get().asString();
            return switch (s) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw new DataError(v.get().location(), "field '" + key + "' must be true or false, not '" + s + "'");
            };
        }

        Integer integer(String key) {
            Optional<YamlValue> v = get(key);
            if (v.isEmpty()) {
                return null;
            }
            String s = v.get().asString();
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new DataError(v.get().location(), "field '" + key + "' must be a whole number, not '" + s + "'");
            }
        }

        Double decimal(String key) {
            Optional<YamlValue> v = get(key);
            if (v.isEmpty()) {
                return null;
            }
            String s = v.get().asString();
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new DataError(v.get().location(), "field '" + key + "' must be a number, not '" + s + "'");
            }
        }

        /** Rejects fields that were never asked for: most often a misspelt field name. */
        void done(String... known) {
            for (Map.Entry<String, Location> e : keyLocations.entrySet()) {
                if (!read.contains(e.getKey())) {
                    List<String> names = new ArrayList<>(read);
                    names.addAll(Arrays.asList(known));
                    throw new DataError(e.getValue(), "unknown field '" + e.getKey() + "'; fields here are: "
                            + String.join(", ", new LinkedHashSet<>(names)));
                }
            }
        }
    }
}
