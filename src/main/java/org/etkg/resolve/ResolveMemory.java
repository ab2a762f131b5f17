package org.etkg.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.etkg.EtkgException;
import org.etkg.IoProblem;
import org.etkg.Trace;
import org.etkg.rdf.IriScheme;
import org.etkg.resolve.Mentions.EntityFacts;
import org.etkg.resolve.Mentions.EventFacts;
import org.etkg.store.EtkgStore;
import org.slf4j.Logger;

/**
 * The facts of every mention as the last resolve read them, kept beside the store
 * ({@link EtkgStore#resolveMemory}) so that a load reads again only the mentions whose quads
 * lie in the graphs it wrote or removed. It is a cache, never a source: any write to the store
 * removes it first, and a resolve without it reads everything.
 */
final class ResolveMemory {
    private static final Logger LOG = Trace.logger(ResolveMemory.class);

    private final Map<String, EntityFacts> entities;
    private final Map<String, EventFacts> events;

    ResolveMemory(Mentions m) {
        this(m.entityFacts, m.eventFacts);
    }

    private ResolveMemory(Map<String, EntityFacts> entities, Map<String, EventFacts> events) {
        this.entities = entities;
        this.events = events;
    }

    Map<String, EntityFacts> entities() {
        return entities;
    }

    Map<String, EventFacts> events() {
        return events;
    }

    /** The memory kept beside the store, or null when there is none (or one this etkg cannot read). */
    static ResolveMemory recall(EtkgStore store) {
        Path file = store.resolveMemory();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long t0 = System.nanoTime();
        try (java.io.DataInputStream in = new java.io.DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            ResolveMemory memory = new ResolveMemory(new HashMap<>(), new HashMap<>());
            MemoryCodec.read(in, memory.entities, memory.events);
            LOG.debug("{} ms  recalled the facts of {} entities and {} events", (System.nanoTime() - t0) / 1_000_000,
                    memory.entities.size(), memory.events.size());
            return memory;
        } catch (IOException | RuntimeException e) {
            // Written by another version, or damaged: read the store instead.
            LOG.debug("cannot read {} ({}): reading every mention", file, e instanceof IOException io ? IoProblem.describe(io) : e);
            return null;
        }
    }

    /** Keeps this memory beside the store, unless the store changed since {@code changesSeen}. */
    void keep(EtkgStore store, long changesSeen) {
        long t0 = System.nanoTime();
        boolean kept = store.keepResolveMemory(changesSeen, file -> {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try {
                try (java.io.DataOutputStream out = new java.io.DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                    MemoryCodec.write(out, entities, events);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new EtkgException("cannot write " + file + " (the resolve step's memory of the store): "
                        + IoProblem.describe(e), e);
            }
        });
        LOG.debug("{} ms  {} the facts of {} entities and {} events", (System.nanoTime() - t0) / 1_000_000,
                kept ? "kept" : "did not keep (the store changed)", entities.size(), events.size());
    }

    /**
     * What a load changed: the subjects of the graphs it wrote (as they are now) and the names of
     * the graphs it wrote or removed. Null when it wrote a graph other than an article's own
     * (article, timeline, outside sources) or the ontology: then every mention is read again.
     */
    Changed changed(MentionReader reader, Set<Node> written) {
        IriScheme iris = reader.iris();
        Set<String> names = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        for (Node g : written) {
            if (!g.isURI()) {
                return null;
            }
            String uri = g.getURI();
            if (g.equals(iris.ontologyGraph())) {
                continue; // types and concepts only: resolve reads the event types again each time
            }
            boolean articles = uri.startsWith(iris.articleGraphPrefix()) || uri.startsWith(iris.outsideGraphsPrefix())
                    || (uri.startsWith(iris.timelineGraphPrefix()) && !uri.startsWith(iris.datasetTimelineGraph("").getURI()));
            if (!articles) {
                return null;
            }
            names.add(uri);
            reader.subjectsOf(g, subjects);
        }
        return new Changed(names, subjects);
    }

    /** The graphs a load wrote and the subjects they hold now. */
    record Changed(Set<String> graphs, Set<String> subjects) {
        /** Whether an entity's facts must be read again: new, or with quads in a written graph before or now. */
        boolean entity(String iri, EntityFacts before) {
            return before == null || subjects.contains(iri) || !java.util.Collections.disjoint(before.graphs(), graphs);
        }

        /** The same for an event, whose roles', times' and dates' quads count as its own. */
        boolean event(String iri, EventFacts before) {
            return before == null || subjects.contains(iri) || !java.util.Collections.disjoint(before.graphs(), graphs)
                    || before.nodes().stream().anyMatch(subjects::contains);
        }
    }
}
