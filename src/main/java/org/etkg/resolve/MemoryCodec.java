package org.etkg.resolve;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.etkg.resolve.Mentions.EntityFacts;
import org.etkg.resolve.Mentions.EventFacts;

/**
 * The file format of a {@link ResolveMemory}: a version, then each string once (graph names,
 * types and much-cited IRIs recur thousands of times) and the facts as indexes into them.
 * Several times faster to write and read than Java serialization of the same records.
 */
final class MemoryCodec {
    /** Changes whenever the facts or this format change: another version's memory is ignored. */
    static final int VERSION = 2;

    private MemoryCodec() {
    }

    /** Thrown for a file of another version: the caller reads the store instead. */
    static final class OtherVersion extends IOException {
        OtherVersion(int found) {
            super("resolve memory of format " + found + ", not " + VERSION);
        }
    }

    static void write(DataOutputStream out, Map<String, EntityFacts> entities, Map<String, EventFacts> events) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        java.util.function.Consumer<String> intern = s -> {
            if (s != null && !index.containsKey(s)) {
                index.put(s, strings.size());
                strings.add(s);
            }
        };
        entities.forEach((iri, f) -> {
            intern.accept(iri);
            for (Collection<String> c : List.of(f.labels(), f.givenNames(), f.holds(), f.within(), f.headOf(), f.delegationOf(), f.graphs())) {
                c.forEach(intern);
            }
            intern.accept(f.mostUsedLabel());
        });
        events.forEach((iri, f) -> {
            intern.accept(iri);
            for (String s : new String[] {f.article(), f.label(), f.type(), f.place(), f.partOf(), f.series(), f.speaker(), f.text(),
                f.modality(), f.timeKind(), f.monthDay()}) {
                intern.accept(s);
            }
            f.roles().forEach((role, actors) -> {
                intern.accept(role);
                actors.forEach(intern);
            });
            for (Collection<String> c : List.of(f.sources(), f.about(), f.nodes(), f.graphs())) {
                c.forEach(intern);
            }
        });
        out.writeInt(VERSION);
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        Strings w = new Strings(out, index);
        out.writeInt(entities.size());
        for (Map.Entry<String, EntityFacts> e : entities.entrySet()) {
            EntityFacts f = e.getValue();
            w.one(e.getKey());
            for (Collection<String> c : List.of(f.labels(), f.givenNames(), f.holds(), f.within(), f.headOf(), f.delegationOf(), f.graphs())) {
                w.many(c);
            }
            out.writeInt(f.richness());
            w.one(f.mostUsedLabel());
        }
        out.writeInt(events.size());
        for (Map.Entry<String, EventFacts> e : events.entrySet()) {
            EventFacts f = e.getValue();
            w.one(e.getKey());
            out.writeBoolean(f.described());
            out.writeBoolean(f.statement());
            for (String s : new String[] {f.article(), f.label(), f.type(), f.place(), f.partOf(), f.series(), f.speaker(), f.text(),
                f.modality(), f.timeKind(), f.monthDay()}) {
                w.one(s);
            }
            out.writeInt(f.ordinal() == null ? Integer.MIN_VALUE : f.ordinal());
            out.writeLong(f.earliest() == null ? Long.MIN_VALUE : f.earliest().toEpochDay());
            out.writeLong(f.latest() == null ? Long.MIN_VALUE : f.latest().toEpochDay());
            out.writeInt(f.roles().size());
            for (Map.Entry<String, Set<String>> role : f.roles().entrySet()) {
                w.one(role.getKey());
                w.many(role.getValue());
            }
            for (Collection<String> c : List.of(f.sources(), f.about(), f.nodes(), f.graphs())) {
                w.many(c);
            }
            out.writeInt(f.richness());
        }
    }

    private record Strings(DataOutputStream out, Map<String, Integer> index) {
        void one(String s) throws IOException {
            out.writeInt(s == null ? -1 : index.get(s));
        }

        void many(Collection<String> c) throws IOException {
            out.writeInt(c.size());
            for (String s : c) {
                one(s);
            }
        }
    }

    static void read(DataInputStream in, Map<String, EntityFacts> entities, Map<String, EventFacts> events) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new OtherVersion(version);
        }
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            strings[i] = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        Reader r = new Reader(in, strings);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String iri = r.one();
            Set<String> labels = r.many(new LinkedHashSet<>());
            Set<String> given = r.many(new TreeSet<>());
            Set<String> holds = r.many(new LinkedHashSet<>());
            Set<String> within = r.many(new LinkedHashSet<>());
            Set<String> headOf = r.many(new LinkedHashSet<>());
            Set<String> of = r.many(new LinkedHashSet<>());
            Set<String> graphs = r.many(new LinkedHashSet<>());
            int richness = in.readInt();
            entities.put(iri, new EntityFacts(labels, given, holds, within, headOf, of, richness, graphs, r.one()));
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String iri = r.one();
            boolean described = in.readBoolean();
            boolean statement = in.readBoolean();
            String[] s = new String[11];
            for (int k = 0; k < s.length; k++) {
                s[k] = r.one();
            }
            int ordinal = in.readInt();
            long earliest = in.readLong();
            long latest = in.readLong();
            int roleCount = in.readInt();
            Map<String, Set<String>> roles = new LinkedHashMap<>();
            for (int k = 0; k < roleCount; k++) {
                roles.put(r.one(), r.many(new LinkedHashSet<>()));
            }
            Set<String> sources = r.many(new LinkedHashSet<>());
            List<String> about = r.many(new ArrayList<>());
            Set<String> nodes = r.many(new LinkedHashSet<>());
            Set<String> graphs = r.many(new LinkedHashSet<>());
            events.put(iri, new EventFacts(described, s[0], statement, s[1], s[2], s[3], s[4], s[5],
                    ordinal == Integer.MIN_VALUE ? null : ordinal, s[6], s[7], s[8],
                    earliest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(earliest),
                    latest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latest), s[9], s[10], roles, sources, about,
                    in.readInt(), nodes, graphs));
        }
    }

    private record Reader(DataInputStream in, String[] strings) {
        String one() throws IOException {
            int i = in.readInt();
            return i < 0 ? null : strings[i];
        }

        <C extends Collection<String>> C many(C into) throws IOException {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                into.add(one());
            }
            return into;
        }
    }
}
