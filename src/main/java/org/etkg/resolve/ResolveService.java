package org.etkg.resolve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.EtkgException;
import org.etkg.Trace;
import org.etkg.link.Decisions;
import org.etkg.link.LinkService;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;
import org.etkg.store.NamedGraphs;
import org.slf4j.Logger;

/**
 * Identity across articles (data model, pattern 10): finds the people, places,
 * organisations, posts, delegations, events and statements that several articles describe,
 * and writes them as owl:sameAs (and skos:closeMatch for review) in the link-set graph
 * {@code <base>graph/links/resolve}, each link with its score, features and method, and
 * each cluster's representative and the name views give it (etkg:laneLabel). Article graphs are never touched. It runs in one write
 * transaction and replaces its graph whole, so running it twice gives the same store.
 */
public final class ResolveService {
    private static final Logger LOG = Trace.logger(ResolveService.class);

    public static final String METHOD = "etkg resolve: entities by folded names and their context (posts, country, "
            + "leaders, events); events by type (SKOS broader counts), time, place, participants, series and ordinal, "
            + "after blocking by name key, day and speaker. A clear conflict sends a pair to review.";

    private final IriScheme iris;
    private final Clock clock;

    public ResolveService(IriScheme iris, Clock clock) {
        this.iris = iris;
        this.clock = clock;
    }

    /**
     * @param accept score from which a pair without conflict is the same (owl:sameAs)
     * @param review score from which a pair is shown for review (skos:closeMatch)
     */
    public record Options(double accept, double review) {
        public static final Options DEFAULTS = new Options(0.8, 0.5);

        public Options {
            if (review < 0 || accept > 1 || review > accept) {
                throw EtkgException.usage("thresholds must satisfy 0 <= --review <= --accept <= 1");
            }
        }
    }

    /** A pair found, as the review table and the candidates file show it. */
    public record Candidate(String a, String b, String kind, double score, boolean accepted, List<String> features,
                            List<String> conflicts, String labelA, String labelB) {
    }

    /** What a run found. */
    public record Result(Node graph, List<Candidate> candidates, int clusters, int clusteredMembers) {
        public long accepted() {
            return candidates.stream().filter(Candidate::accepted).count();
        }

        public long review() {
            return candidates.size() - accepted();
        }
    }

    public Node graph() {
        return iris.linkSetGraph("resolve");
    }

    /** Resolves the whole store, reading every mention, and keeps what it read for the next load. */
    public Result resolve(EtkgStore store, Options options) {
        return resolve(store, options, null, dsg -> null);
    }

    /**
     * Resolves in a write transaction: {@code write} runs it (the caller's own transaction, such
     * as a load's, or a new one), and is given the work to do with the names of the graphs it
     * changed (null: unknown). With {@code memory}, the facts of the mentions outside those
     * graphs come from it; the links are the same as a full resolve's. Afterwards, the facts
     * read are kept beside the store for the next load.
     */
    Result resolve(EtkgStore store, Options options, ResolveMemory memory, java.util.function.Function<DatasetGraph, Set<Node>> written) {
        Result[] result = new Result[1];
        ResolveMemory[] after = new ResolveMemory[1];
        long[] seen = new long[1];
        store.write(dsg -> {
            seen[0] = store.changes();
            Mentions m = Mentions.read(dsg, iris, memory, written.apply(dsg));
            result[0] = resolveIn(dsg, m, options);
            after[0] = new ResolveMemory(m);
        });
        after[0].keep(store, seen[0]);
        return result[0];
    }

    /** The work of a resolve in a transaction a load holds; {@link #keep} then keeps what it read. */
    final class InLoad implements org.etkg.load.LoadService.AfterWrite {
        private final EtkgStore store;
        private final ResolveMemory memory;
        private final Options options;
        Result result;
        private ResolveMemory after;
        private long seen;

        InLoad(EtkgStore store, ResolveMemory memory, Options options) {
            this.store = store;
            this.memory = memory;
            this.options = options;
        }

        @Override
        public void accept(DatasetGraph dsg, Set<Node> written) {
            seen = store == null ? 0 : store.changes();
            Mentions m = Mentions.read(dsg, iris, memory, written);
            result = resolveIn(dsg, m, options);
            after = store == null ? null : new ResolveMemory(m);
        }

        void keep() {
            if (after != null) {
                after.keep(store, seen);
            }
        }
    }

    /** Resolves within a write transaction the caller holds, reading every mention. */
    public Result resolveIn(DatasetGraph dsg, Options options) {
        return resolveIn(dsg, Mentions.read(dsg, iris), options);
    }

    private Result resolveIn(DatasetGraph dsg, Mentions mentions, Options options) {
        long t0 = System.nanoTime();
        Decisions.Decided decided = Decisions.decided(dsg, iris);
        long t1 = System.nanoTime();
        Resolver resolver = new Resolver(mentions, options.accept(), options.review(), decided.rejected(), decided.accepted());
        List<Resolver.Pair> pairs = resolver.run();
        trace("%d entities and %d events, decisions read in %d ms; matched in %d ms (%d crowded blocks left out)", mentions.entities.size(),
                mentions.events.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, resolver.skippedBlocks);
        Map<String, String> representative = new HashMap<>();
        int[] counts = {0, 0};
        for (Resolver.Clusters clusters : List.of(resolver.entityClusters, resolver.eventClusters)) {
            clusters.groups().forEach((root, members) -> {
                // A member with a date of its own first, then the one its article says most about, then the smallest IRI.
                String rep = members.stream().max(Comparator.comparing((String m) -> dated(mentions, m))
                        .thenComparingInt(m -> richness(mentions, m))
                        .thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
                members.forEach(m -> representative.put(m, rep));
                counts[0]++;
                counts[1] += members.size();
            });
        }
        List<Node> articleGraphs = new ArrayList<>();
        new java.util.TreeSet<>(mentions.articles()).forEach(a -> articleGraphs.add(iris.articleGraph(a)));
        Graph g = graph(pairs, representative, laneLabels(mentions, representative), options, articleGraphs);
        Node now = NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        long t2 = System.nanoTime();
        NamedGraphs.replace(dsg, graph(), g, now);
        trace("wrote %d triples in %d ms", g.size(), (System.nanoTime() - t2) / 1_000_000);
        List<Candidate> candidates = new ArrayList<>();
        for (Resolver.Pair p : pairs) {
            candidates.add(new Candidate(p.a(), p.b(), p.kind(), p.score(), p.status() == Resolver.Status.ACCEPTED,
                    p.features(), p.conflicts(), p.labelA(), p.labelB()));
        }
        candidates.sort(Comparator.comparing(Candidate::accepted).thenComparing(Candidate::kind)
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()).thenComparing(Candidate::a));
        return new Result(graph(), candidates, counts[0], counts[1]);
    }

    /** The candidates as the CSV an analyst reviews: fill in the decision column, then apply it. */
    public static void writeCandidates(List<Candidate> candidates, java.io.Writer w) {
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> evidence = new ArrayList<>(c.features());
            c.conflicts().forEach(x -> evidence.add("conflict: " + x));
            rows.add(List.of(c.a(), c.labelA(), c.kind(), c.b(), c.labelB(), String.format(java.util.Locale.ROOT, "%.3f", c.score()),
                    c.accepted() ? "accepted" : "review", String.join("; ", evidence), ""));
        }
        org.etkg.link.CandidateFiles.writeRows(rows, w);
    }

    /** Records an analyst's decisions (both ends must be in the store), then resolves again with them. */
    public Result apply(EtkgStore store, Path decisions, Options options) {
        Decisions.apply(store, decisions, iris, clock, true);
        return resolve(store, options);
    }

    private static boolean dated(Mentions m, String iri) {
        Mentions.Event e = m.events.get(iri);
        return e != null && e.exactTime();
    }

    /** Where a resolve spends its time, under -Detkg.trace. */
    private static void trace(String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(format, args));
        }
    }

    private static int richness(Mentions m, String iri) {
        Mentions.Event e = m.events.get(iri);
        if (e != null) {
            return e.richness;
        }
        Mentions.Entity x = m.entities.get(iri);
        return x == null ? 0 : x.richness;
    }

    /**
     * The names views give identities (etkg:laneLabel, by {@link LaneName}), for those a view
     * would otherwise count many labels of: each cluster's representative, each entity of more
     * than one article. A person of thousands of articles is labelled in each of them; resolve
     * has those labels counted already, a cold timeline page would count them again.
     */
    private static Map<String, String> laneLabels(Mentions m, Map<String, String> representative) {
        Map<String, java.util.SortedSet<String>> labelsOf = new HashMap<>();
        for (Mentions.Entity e : m.entities.values()) {
            String rep = representative.get(e.iri);
            if (rep == null && e.articles.size() < 2) {
                continue;
            }
            labelsOf.computeIfAbsent(rep == null ? e.iri : rep, k -> new java.util.TreeSet<>()).addAll(e.facts.givenNames());
        }
        Map<String, String> names = new java.util.TreeMap<>();
        labelsOf.forEach((rep, labels) -> {
            Mentions.Entity r = m.entities.get(rep);
            String mostUsed = r == null ? null : r.facts.mostUsedLabel();
            if (mostUsed != null || !labels.isEmpty()) {
                names.put(rep, LaneName.of(rep, mostUsed, labels));
            }
        });
        return names;
    }

    private Graph graph(List<Resolver.Pair> pairs, Map<String, String> representative, Map<String, String> laneLabels, Options options,
            List<Node> articleGraphs) {
        Terms t = iris.terms();
        Graph g = GraphFactory.createDefaultGraph();
        Node name = graph();
        add(g, name, Vocab.RDF_TYPE, Vocab.Prov.Entity);
        add(g, name, Vocab.RDF_TYPE, t.LinkSet);
        add(g, name, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("The same entities and events across articles", "en"));
        add(g, name, t.linkMethod, NodeFactory.createLiteralLang(METHOD, "en"));
        add(g, name, t.acceptThreshold, LinkService.decimal(options.accept()));
        add(g, name, t.reviewThreshold, LinkService.decimal(options.review()));
        articleGraphs.forEach(a -> add(g, name, Vocab.Prov.wasDerivedFrom, a));
        for (Resolver.Pair p : pairs) {
            Node a = NodeFactory.createURI(p.a());
            Node b = NodeFactory.createURI(p.b());
            boolean same = p.status() == Resolver.Status.ACCEPTED;
            add(g, a, same ? Vocab.OWL_SAME_AS : Vocab.SKOS_CLOSE_MATCH, b);
            Node link = LinkService.linkNode(iris, p.a(), p.b());
            add(g, link, Vocab.RDF_TYPE, t.Link);
            add(g, link, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(p.labelA() + " ↔ " + p.labelB() + " (" + p.kind() + ")", "en"));
            add(g, link, t.linkSubject, a);
            add(g, link, t.linkTarget, b);
            add(g, link, t.score, LinkService.decimal(p.score()));
            add(g, link, t.linkStatus, NodeFactory.createLiteralString(same ? "accepted" : "review"));
            add(g, link, t.linkMethod, NodeFactory.createLiteralLang("resolve: " + p.kind(), "en"));
            p.features().forEach(f -> add(g, link, t.linkFeature, NodeFactory.createLiteralLang(f, "en")));
            p.conflicts().forEach(c -> add(g, link, t.linkFeature, NodeFactory.createLiteralLang("conflict: " + c, "en")));
        }
        representative.forEach((member, rep) -> add(g, NodeFactory.createURI(member), t.representative, NodeFactory.createURI(rep)));
        laneLabels.forEach((iri, lane) -> add(g, NodeFactory.createURI(iri), t.laneLabel, NodeFactory.createLiteralString(lane)));
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
