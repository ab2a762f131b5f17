package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineEntry.Lane;
import org.etkg.index.TimelineEntry.Participant;
import org.etkg.index.TimelineEntry.Spelling;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;

/**
 * Gives each participant and place of a page its identity: the cluster {@code etkg resolve}
 * recorded, named by its representative's label, with every spelling and the article that
 * uses it. Views draw one lane per identity, so "Nurudin Azizi" and "Nooruddin Azizi" are one
 * person. Done per page, not in the index: resolve may run again after a load and change
 * the clusters without touching the articles' index values.
 */
final class Lanes {
    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final Identity identity;
    private final Map<String, Lane> byRepresentative = new HashMap<>();
    private final Map<String, Lane> placesByRepresentative = new HashMap<>();
    private final Map<String, String> headlines = new HashMap<>();

    private Lanes(DatasetGraph dsg, IriScheme iris, Identity identity) {
        this.dsg = dsg;
        this.iris = iris;
        this.identity = identity;
    }

    /** The entries (and their reports' members) with every participant and place as its identity. */
    static List<TimelineEntry> of(DatasetGraph dsg, IriScheme iris, Identity identity, List<TimelineEntry> entries) {
        Lanes lanes = new Lanes(dsg, iris, identity);
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

    /** A place's identity with its coordinates (see {@link PlacePoints}), read once per page. */
    Lane place(String iri) {
        String rep = identity.representative(iri);
        return placesByRepresentative.computeIfAbsent(rep,
                r -> lane(r).withPoint(PlacePoints.of(dsg, identity.members(r))));
    }

    /** The identity of a resource: its cluster's, read once per page. */
    Lane lane(String iri) {
        String rep = identity.representative(iri);
        return byRepresentative.computeIfAbsent(rep, this::read);
    }

    private Lane read(String rep) {
        Set<String> members = new LinkedHashSet<>(identity.members(rep));
        members.add(rep);
        List<Spelling> spellings = new ArrayList<>();
        Map<String, Integer> repLabels = new HashMap<>();
        Map<String, Node> graphs = new HashMap<>();
        String prefix = iris.articleGraphPrefix();
        for (String member : members) {
            dsg.find(Node.ANY, NodeFactory.createURI(member), Vocab.RDFS_LABEL, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().isLiteral()) {
                    return;
                }
                String label = q.getObject().getLiteralLexicalForm();
                String graph = q.getGraph().isURI() ? q.getGraph().getURI() : "";
                String article = null;
                if (graph.startsWith(prefix)) {
                    article = iris.article(graph.substring(prefix.length())).getURI();
                }
                // The headline is read below, for the spellings kept only.
                spellings.add(new Spelling(member, label, article, null));
                if (article != null) {
                    graphs.put(article, q.getGraph());
                }
                if (member.equals(rep)) {
                    repLabels.merge(label, 1, Integer::sum);
                }
            });
        }
        spellings.sort(Comparator.comparing(Spelling::label).thenComparing(s -> s.article() == null ? "" : s.article()));
        List<Spelling> kept = new ArrayList<>();
        for (Spelling sp : sample(spellings)) {
            kept.add(sp.article() == null ? sp : new Spelling(sp.iri(), sp.label(), sp.article(), headline(graphs.get(sp.article()), sp.article())));
        }
        return new Lane(rep, name(rep, repLabels, spellings), kept);
    }

    /** Spellings a lane carries with each of its articles: enough to show where a spelling comes from. */
    static final int ARTICLES_PER_SPELLING = 3;

    /**
     * Every spelling, each with at most {@value #ARTICLES_PER_SPELLING} of the articles that use
     * it (the first by IRI). A lane is written with every entry it is in, and a person of
     * thousands of articles spelled one way would otherwise send thousands of spellings with
     * each of its entries (87 MB for a first page of 100 at 10,000 articles).
     */
    private static List<Spelling> sample(List<Spelling> sorted) {
        List<Spelling> kept = new ArrayList<>();
        int sameLabel = 0;
        for (int i = 0; i < sorted.size(); i++) {
            sameLabel = i > 0 && sorted.get(i).label().equals(sorted.get(i - 1).label()) ? sameLabel + 1 : 0;
            if (sameLabel < ARTICLES_PER_SPELLING) {
                kept.add(sorted.get(i));
            }
        }
        return kept;
    }

    /**
     * The representative's label; where articles label it differently, the one most of them
     * use, then the longest (the fullest name), so that every page names a lane the same way.
     */
    private static String name(String rep, Map<String, Integer> repLabels, List<Spelling> spellings) {
        Comparator<Map.Entry<String, Integer>> best = Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(x -> x.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return repLabels.entrySet().stream().max(best).map(Map.Entry::getKey)
                .orElse(spellings.isEmpty() ? rep : spellings.get(0).label());
    }

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
