package org.etkg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;
import org.etkg.store.NamedGraphs;

/**
 * The link step: reads a target dataset, finds and scores identity candidates for the
 * store's people, organisations and places, and records them with their evidence in a
 * link-set graph of their own, in one write transaction.
 */
public final class LinkService {
    public static final String METHOD = "Labels and alternative labels compared after folding case, diacritics, "
            + "punctuation, honorifics and transliteration variants; candidates restricted by type (person to human, "
            + "place to place, organisation to organisation); scores confirmed or lowered by country, post and "
            + "being a country. A name alone never gives owl:sameAs.";

    public static final String EVENT_METHOD = "Events compared within a day of each other (blocking by day): CAMEO code "
            + "(same code, base or root), the actors' countries, and the distance between the action places (within 50 km, "
            + "or one containing the other). Another day, another root category, another country pair or another city is never linked.";

    private final IriScheme iris;
    private final Clock clock;

    public LinkService(IriScheme iris, Clock clock) {
        this.iris = iris;
        this.clock = clock;
    }

    /** What to link to and how. */
    public record Options(String target, Set<LinkType> kinds, double accept, double review,
                          Duration timeout, int pageSize, int maxPages) {
    }

    /** The link set written and its candidates, accepted and for review. */
    public record Result(Node graph, List<Candidate> candidates, int ours, int targets) {
        public long accepted() {
            return candidates.stream().filter(c -> c.status() == Candidate.Status.ACCEPTED).count();
        }
    }

    public Result link(EtkgStore store, Options options) {
        Graph targetGraph = new TargetReader(options.timeout(), options.pageSize(), options.maxPages())
                .read(options.target(), store.dir());
        List<LinkEntity> targets = TargetEntities.from(targetGraph, iris, options.kinds());
        Node graphName = linkSetGraph(options.target());
        Set<String> decided = store.read(dsg -> Decisions.decidedPairs(dsg, iris));
        List<LinkEntity> ours = store.read(dsg -> OurEntities.from(dsg, iris, options.kinds()));
        Matcher matcher = new Matcher(options.accept(), options.review());

        // Countries first: the countries they link to are the context that confirms the rest.
        List<LinkEntity> countries = ours.stream().filter(LinkEntity::isCountry).toList();
        List<Candidate> candidates = new ArrayList<>(matcher.match(countries, targets, decided));
        Map<String, String> countryLinks = new HashMap<>();
        candidates.stream().filter(c -> c.status() == Candidate.Status.ACCEPTED)
                .forEach(c -> countryLinks.put(c.ours().iri(), c.target().iri()));
        Map<String, Set<String>> within = store.read(dsg -> Containment.of(dsg, iris));
        List<LinkEntity> rest = new ArrayList<>();
        for (LinkEntity o : ours) {
            if (o.isCountry()) {
                continue;
            }
            Set<String> country = new LinkedHashSet<>(o.country());
            within.getOrDefault(o.iri(), Set.of()).stream().map(countryLinks::get).filter(x -> x != null).forEach(country::add);
            rest.add(new LinkEntity(o.iri(), o.kind(), o.labels(), country, false, o.positions(), o.hasOccupation(), o.description()));
        }
        candidates.addAll(matcher.match(rest, targets, decided));
        candidates.sort(java.util.Comparator.comparing((Candidate c) -> c.ours().label()).thenComparing(c -> c.ours().iri())
                .thenComparing(java.util.Comparator.comparingDouble(Candidate::score).reversed()).thenComparing(c -> c.target().iri()));

        record(store, options, candidates);
        return new Result(graphName, candidates, ours.size(), targets.size());
    }

    /**
     * Writes the link set for the target, replacing the one of an earlier run: owl:sameAs for accepted
     * candidates, skos:closeMatch for those to review, and a link node with score and evidence for each.
     */
    public Node record(EtkgStore store, Options options, List<Candidate> candidates) {
        Node graphName = linkSetGraph(options.target());
        Graph graph = linkSet(graphName, options, candidates);
        Node now = NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        store.write(dsg -> NamedGraphs.replace(dsg, graphName, graph, now));
        return graphName;
    }

    /** The link-set graph for a target: named after it, so linking to it again replaces it. */
    public Node linkSetGraph(String target) {
        String source = TargetReader.sourceIri(target);
        String name = source.replaceAll("^[a-z]+:/*", "").replaceAll("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/', name.length() - 2) + 1).replaceAll("\\.(gz|bz2)$", "")
                .replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-|-$", "");
        return iris.linkSetGraph((name.isEmpty() ? "target" : name) + "-" + hash(source).substring(0, 8));
    }

    private Graph linkSet(Node graphName, Options options, List<Candidate> candidates) {
        Graph g = GraphFactory.createDefaultGraph();
        Node source = NodeFactory.createURI(TargetReader.sourceIri(options.target()));
        add(g, graphName, Vocab.RDF_TYPE, Vocab.Prov.Entity);
        add(g, graphName, Vocab.RDF_TYPE, iris.terms().LinkSet);
        add(g, graphName, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Links to " + options.target(), "en"));
        add(g, graphName, Vocab.Prov.wasDerivedFrom, source);
        add(g, graphName, iris.terms().linkMethod, NodeFactory.createLiteralLang(
                options.kinds().contains(LinkType.EVENT) ? EVENT_METHOD : METHOD, "en"));
        add(g, graphName, iris.terms().acceptThreshold, decimal(options.accept()));
        add(g, graphName, iris.terms().reviewThreshold, decimal(options.review()));
        add(g, graphName, iris.terms().linkTypes, NodeFactory.createLiteralString(
                options.kinds().stream().map(LinkType::key).sorted().collect(Collectors.joining(","))));
        add(g, source, Vocab.RDF_TYPE, Vocab.Prov.Entity);
        add(g, source, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(options.target(), "en"));
        for (Candidate c : candidates) {
            Node ours = NodeFactory.createURI(c.ours().iri());
            Node target = NodeFactory.createURI(c.target().iri());
            boolean accepted = c.status() == Candidate.Status.ACCEPTED;
            add(g, ours, accepted ? Vocab.OWL_SAME_AS : Vocab.SKOS_CLOSE_MATCH, target);
            Node link = linkNode(c.ours().iri(), c.target().iri());
            add(g, link, Vocab.RDF_TYPE, iris.terms().Link);
            add(g, link, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(c.ours().label() + " ↔ " + c.target().label(), "en"));
            add(g, link, iris.terms().linkSubject, ours);
            add(g, link, iris.terms().linkTarget, target);
            add(g, link, iris.terms().score, decimal(c.score()));
            add(g, link, iris.terms().linkStatus, NodeFactory.createLiteralString(c.status().key()));
            add(g, link, iris.terms().linkMethod, NodeFactory.createLiteralLang(c.method(), "en"));
            add(g, link, iris.terms().matchedLabel, NodeFactory.createLiteralString(c.ourLabel()));
            add(g, link, iris.terms().targetLabel, NodeFactory.createLiteralString(c.targetLabel()));
        }
        return g;
    }

    Node linkNode(String ours, String target) {
        return linkNode(iris, ours, target);
    }

    /** The node describing the link between two resources, the same for every step that proposes or decides it. */
    public static Node linkNode(IriScheme iris, String ours, String target) {
        return iris.link(hash(ours + " " + target).substring(0, 16));
    }

    /** In canonical form, as TDB2 stores it, so that linking again compares equal. */
    public static Node decimal(double d) {
        return NodeValue.makeDecimal(BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP)).asNode();
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
