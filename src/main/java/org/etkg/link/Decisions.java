package org.etkg.link;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.load.Iris;
import org.etkg.model.DataError;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/**
 * An analyst's accept and reject decisions on link candidates, kept in a graph of their
 * own. An accepted pair becomes owl:sameAs there; a rejected pair is never proposed again;
 * either way the candidate leaves the link sets that proposed it.
 */
public final class Decisions {
    private Decisions() {
    }

    public static Node graph(IriScheme iris) {
        return iris.decisionsGraph();
    }

    /** Pairs ("ours target") an analyst has decided on. */
    static Set<String> decidedPairs(DatasetGraph dsg, IriScheme iris) {
        Set<String> pairs = new HashSet<>();
        Node g = graph(iris);
        dsg.find(g, Node.ANY, iris.terms().decision, Node.ANY).forEachRemaining(q -> {
            Node link = q.getSubject();
            Node ours = first(dsg, g, link, iris.terms().linkSubject);
            Node target = first(dsg, g, link, iris.terms().linkTarget);
            if (ours != null && target != null) {
                pairs.add(Matcher.pair(ours.getURI(), target.getURI()));
            }
        });
        return pairs;
    }

    /** An analyst's decisions: pairs as "a b" with the smaller IRI first, accepted and rejected. */
    public record Decided(Set<String> accepted, Set<String> rejected) {
    }

    public static Decided decided(DatasetGraph dsg, IriScheme iris) {
        Set<String> accepted = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        Node g = graph(iris);
        dsg.find(g, Node.ANY, iris.terms().decision, Node.ANY).forEachRemaining(q -> {
            Node ours = first(dsg, g, q.getSubject(), iris.terms().linkSubject);
            Node target = first(dsg, g, q.getSubject(), iris.terms().linkTarget);
            if (ours != null && target != null) {
                String a = ours.getURI();
                String b = target.getURI();
                String pair = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
                ("accepted".equals(q.getObject().getLiteralLexicalForm()) ? accepted : rejected).add(pair);
            }
        });
        return new Decided(accepted, rejected);
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    public record Applied(int accepted, int rejected) {
    }

    /** Records the decisions of a reviewed CSV in one write transaction. */
    public static Applied apply(EtkgStore store, Path csv, IriScheme iris, Clock clock) {
        return apply(store, csv, iris, clock, false);
    }

    /**
     * @param bothInStore whether both ends must be resources of the store (decisions on
     *                    identities within it, as resolve makes), not only ours
     */
    public static Applied apply(EtkgStore store, Path csv, IriScheme iris, Clock clock, boolean bothInStore) {
        List<CandidateFiles.Decision> decisions = CandidateFiles.readDecisions(csv);
        for (CandidateFiles.Decision d : decisions) {
            Iris.checkIri(d.ours(), d.location());
            Iris.checkIri(d.target(), d.location());
        }
        store.read(dsg -> {
            for (CandidateFiles.Decision d : decisions) {
                for (String iri : bothInStore ? List.of(d.ours(), d.target()) : List.of(d.ours())) {
                    if (!dsg.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY).hasNext()) {
                        throw new DataError(d.location(), "unknown IRI <" + iri + ">: nothing in the store is described by it");
                    }
                }
            }
            return null;
        });
        LinkService links = new LinkService(iris, clock);
        Node g = graph(iris);
        Node now = NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        int[] counts = {0, 0};
        store.write(dsg -> {
            dsg.deleteAny(g, g, Node.ANY, Node.ANY);
            dsg.add(g, g, Vocab.RDF_TYPE, Vocab.Prov.Entity);
            dsg.add(g, g, Vocab.RDF_TYPE, iris.terms().LinkSet);
            dsg.add(g, g, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Link decisions made by analysts on review", "en"));
            dsg.add(g, g, iris.terms().linkMethod, NodeFactory.createLiteralLang(
                    "Candidates reviewed by an analyst and accepted or rejected with etkg link --apply.", "en"));
            dsg.add(g, g, Vocab.Prov.wasDerivedFrom, NodeFactory.createURI(csv.toAbsolutePath().normalize().toUri().toString()));
            dsg.add(g, g, Vocab.Prov.generatedAtTime, now);
            List<Node> linkSets = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(iris.linkSetGraphPrefix()) && !n.equals(g)) {
                    linkSets.add(n);
                }
            });
            for (CandidateFiles.Decision d : decisions) {
                Node ours = NodeFactory.createURI(d.ours());
                Node target = NodeFactory.createURI(d.target());
                Node link = links.linkNode(d.ours(), d.target());
                for (Node set : linkSets) {
                    dsg.deleteAny(set, ours, Vocab.OWL_SAME_AS, target);
                    dsg.deleteAny(set, ours, Vocab.SKOS_CLOSE_MATCH, target);
                    dsg.deleteAny(set, link, Node.ANY, Node.ANY);
                }
                dsg.deleteAny(g, link, Node.ANY, Node.ANY);
                dsg.deleteAny(g, ours, Vocab.OWL_SAME_AS, target);
                dsg.add(g, link, Vocab.RDF_TYPE, iris.terms().Link);
                dsg.add(g, link, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(
                        (d.accept() ? "accepted: " : "rejected: ") + d.ours() + " ↔ " + d.target(), "en"));
                dsg.add(g, link, iris.terms().linkSubject, ours);
                dsg.add(g, link, iris.terms().linkTarget, target);
                dsg.add(g, link, iris.terms().decision, NodeFactory.createLiteralString(d.accept() ? "accepted" : "rejected"));
                if (d.accept()) {
                    dsg.add(g, ours, Vocab.OWL_SAME_AS, target);
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            }
        });
        return new Applied(counts[0], counts[1]);
    }
}
