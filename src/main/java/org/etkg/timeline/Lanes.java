package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineEntry.Lane;
import org.etkg.index.TimelineEntry.Participant;
import org.etkg.index.TimelineEntry.Spelling;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.resolve.Identity;
import org.etkg.resolve.LaneName;
import org.etkg.store.QuadIds;

/**
 * Gives each participant and place of a page its identity: the cluster {@code etkg resolve}
 * recorded, with the name resolve gave it (or, for one it has not named, the same rule's:
 * {@link LaneName}), and every spelling with the articles that use it. Views draw one lane per identity, so "Nurudin Azizi" and "Nooruddin Azizi" are one
 * person. Done per page, not in the index: resolve may run again after a load and change
 * the clusters without touching the articles' index values.
 */
final class Lanes {
    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final Identity identity;
    private final Map<String, Lane> byRepresentative;
    private final Map<String, Lane> placesByRepresentative;
    private final Map<String, String> headlines;
    private final QuadIds ids;
    /** Whether lanes carry spellings and places their points (every view but a table's, {@link PageDetail#LABELS}). */
    private final boolean full;
    private final Node resolveGraph;

    /**
     * Lanes already read, kept by a reader for as long as the store's version it was built
     * from (a served store's memory): the same person is in thousands of entries, and a stream
     * of a whole timeline would read each of them again.
     */
    static final class Kept {
        final Map<String, Lane> lanes = new ConcurrentHashMap<>();
        final Map<String, Lane> places = new ConcurrentHashMap<>();
        final Map<String, String> headlines = new ConcurrentHashMap<>();
    }

    private Lanes(DatasetGraph dsg, IriScheme iris, Identity identity, Kept kept, boolean full) {
        this.full = full;
        this.byRepresentative = kept.lanes;
        this.placesByRepresentative = kept.places;
        this.headlines = kept.headlines;
        this.dsg = dsg;
        this.ids = new QuadIds(dsg);
        this.iris = iris;
        this.identity = identity;
        this.resolveGraph = iris.linkSetGraph("resolve");
    }

    /**
     * The entries (and their reports' members) with every participant and place as its
     * identity; {@code kept} holds lanes read before, at the same store version and detail (a
     * reader's own, kept while it is current, hold lanes in full and are given only to a page
     * that shows them so).
     * At {@link PageDetail#LABELS}, each lane has its label but no spellings or coordinates:
     * what a table shows, for a fifth of the reading (no article's graph or headline is read).
     */
    static List<TimelineEntry> of(DatasetGraph dsg, IriScheme iris, Identity identity, List<TimelineEntry> entries, Kept kept,
            PageDetail detail) {
        Lanes lanes = new Lanes(dsg, iris, identity, kept, detail != PageDetail.LABELS);
        List<TimelineEntry> out = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            out.add(lanes.resolved(e));
        }
        return out;
    }

    private TimelineEntry resolved(TimelineEntry e) {
        TimelineEntry.Reports r = e.reports();
        if (!r.members().isEmpty()) {
            List<TimelineEntry> members = new ArrayList<>();
            r.members().forEach(m -> members.add(resolved(m)));
            r = new TimelineEntry.Reports(r.sameAs(), r.articles(), r.differences(), members);
        }
        List<Participant> who = new ArrayList<>(e.participants().size());
        for (Participant p : e.participants()) {
            who.add(p.iri() == null ? p : p.withLane(lane(p.iri())));
        }
        return e.withLanes(who, e.placeIri() == null ? null : place(e.placeIri()), r);
    }

    /**
     * A place's identity, read once per page, with its coordinates (see {@link PlacePoints}) where
     * the view has a map: a table has none.
     */
    Lane place(String iri) {
        String rep = identity.representative(iri);
        return placesByRepresentative.computeIfAbsent(rep,
                r -> full ? lane(r).withPoint(PlacePoints.of(dsg, identity.members(r))) : lane(r));
    }

    /** The identity of a resource: its cluster's, read once per page. */
    Lane lane(String iri) {
        String rep = identity.representative(iri);
        return byRepresentative.computeIfAbsent(rep, this::read);
    }

    private Lane read(String rep) {
        String named = named(rep);
        if (named != null && !full) {
            // Named by resolve: a table needs no label quad of a person of thousands of articles.
            return new Lane(rep, named, List.of());
        }
        Set<String> members = new LinkedHashSet<>(identity.members(rep));
        members.add(rep);
        // By node id: a person of thousands of articles is labelled in each of them, and only a
        // few of those quads are shown; the others are counted, never decoded.
        NodeId label = ids.id(Vocab.RDFS_LABEL);
        Map<NodeId, List<NodeId[]>> shownByLabel = new LinkedHashMap<>();
        Map<NodeId, Integer> repLabelCounts = new HashMap<>();
        for (String member : members) {
            NodeId m = ids.id(NodeFactory.createURI(member));
            if (m == null || label == null) {
                continue;
            }
            NodeId memberId = m;
            ids.find(QuadIds.ANY, memberId, label, QuadIds.ANY, (g, s, p, o) -> {
                List<NodeId[]> shown = shownByLabel.computeIfAbsent(o, k -> new ArrayList<>());
                if (shown.size() < ARTICLES_PER_SPELLING) {
                    shown.add(new NodeId[] {memberId, g});
                }
                if (member.equals(rep)) {
                    repLabelCounts.merge(o, 1, Integer::sum);
                }
            });
        }
        List<Spelling> spellings = new ArrayList<>();
        Map<String, Integer> repLabels = new HashMap<>();
        String prefix = iris.articleGraphPrefix();
        TreeSet<String> texts = new TreeSet<>();
        shownByLabel.forEach((labelId, shown) -> {
            Node literal = ids.node(labelId);
            if (!literal.isLiteral()) {
                return;
            }
            String text = literal.getLiteralLexicalForm();
            texts.add(text);
            repLabels.merge(text, repLabelCounts.getOrDefault(labelId, 0), Integer::sum);
            for (NodeId[] memberAndGraph : full ? shown : List.<NodeId[]>of()) {
                Node graph = ids.node(memberAndGraph[1]);
                String article = graph.isURI() && graph.getURI().startsWith(prefix)
                        ? iris.article(graph.getURI().substring(prefix.length())).getURI() : null;
                spellings.add(new Spelling(ids.node(memberAndGraph[0]).getURI(), text, article,
                        article == null ? null : headline(graph, article)));
            }
        });
        spellings.sort(Comparator.comparing(Spelling::label).thenComparing(s -> s.article() == null ? "" : s.article()));
        return new Lane(rep, named != null ? named : LaneName.of(rep, LaneName.mostUsed(repLabels), texts), spellings);
    }

    /** The name resolve gave the identity (etkg:laneLabel, in its graph), or null: loaded since, or never resolved. */
    private String named(String rep) {
        NodeId graph = ids.id(resolveGraph);
        NodeId laneLabel = ids.id(iris.terms().laneLabel);
        NodeId subject = graph == null || laneLabel == null ? null : ids.id(NodeFactory.createURI(rep));
        if (subject == null) {
            return null;
        }
        String[] found = {null};
        ids.find(graph, subject, laneLabel, QuadIds.ANY, (g, s, p, o) -> {
            Node name = ids.node(o);
            if (found[0] == null && name.isLiteral()) {
                found[0] = name.getLiteralLexicalForm();
            }
        });
        return found[0];
    }

    /**
     * Articles a lane carries with each spelling: enough to show where a spelling comes from. A
     * lane is written with every entry it is in, and a person of thousands of articles spelled
     * one way would otherwise send thousands of spellings with each of its entries (87 MB for a
     * first page of 100 at 10,000 articles). They are the first articles in the store's order.
     */
    static final int ARTICLES_PER_SPELLING = 3;

    private String headline(Node graph, String article) {
        return headlines.computeIfAbsent(article, a -> {
            var it = dsg.find(graph, NodeFactory.createURI(a), Vocab.Schema.headline, Node.ANY);
            try {
                return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        });
    }
}
