package org.etkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.store.NamedGraphs;

/**
 * One entry per real event among the store's GDELT rows (issue 28, part 3): the rows of every
 * GDELT dataset graph are grouped by {@link RowClusters} and written as resolve writes its
 * clusters, owl:sameAs to the cluster's representative and etkg:representative on every member,
 * in the link-set graph {@code <base>graph/links/gdelt}, which {@link Identity} reads beside
 * resolve's: the timeline shows a cluster once. The graph is replaced whole, so that a cron's
 * load that adds a day clusters the new rows with the old ones.
 */
public final class GdeltClustering {
    public static final String NAME = "gdelt";
    public static final String METHOD = "etkg load: GDELT rows of the same day, the same actors in the same roles (CAMEO actor"
            + " codes, or names), the same CAMEO root and action places within " + (int) RowClusters.NEAR_KM
            + " km or the same feature are one event";

    /** What a clustering found: the rows, and the events they make (rows in no cluster are events of their own). */
    public record Summary(long rows, long events, long clusteredRows, long clusters, long nanos) {
    }

    private GdeltClustering() {
    }

    /**
     * Clusters the rows of this load ({@code rows}, read from its graphs as they were written) with
     * those of the store's other GDELT graphs, and replaces the link-set graph; in the caller's
     * write transaction.
     *
     * @param written the graphs this load wrote, whose rows are {@code rows}
     * @param others  whether the store may hold GDELT graphs this load did not write (a cron's second run)
     */
    public static Summary cluster(DatasetGraph dsg, IriScheme iris, Node now, List<RowClusters.Row> rows, Set<Node> written,
                                  boolean others) {
        long t0 = System.nanoTime();
        List<RowClusters.Row> all = new ArrayList<>(rows);
        if (others) {
            all.addAll(storedRows(dsg, iris, written));
        }
        return write(dsg, iris, now, all, t0);
    }

    private static Summary write(DatasetGraph dsg, IriScheme iris, Node now, List<RowClusters.Row> rows, long t0) {
        List<List<String>> clusters = RowClusters.of(rows);
        Terms t = iris.terms();
        Node name = iris.linkSetGraph(NAME);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(name, Vocab.RDF_TYPE, Vocab.Prov.Entity));
        g.add(Triple.create(name, Vocab.RDF_TYPE, t.LinkSet));
        g.add(Triple.create(name, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("The same real events among GDELT's rows", "en")));
        g.add(Triple.create(name, t.linkMethod, NodeFactory.createLiteralLang(METHOD, "en")));
        long clustered = 0;
        for (List<String> members : clusters) {
            Node rep = NodeFactory.createURI(members.get(0));
            for (String m : members) {
                Node member = NodeFactory.createURI(m);
                g.add(Triple.create(member, t.representative, rep));
                if (!member.equals(rep)) {
                    g.add(Triple.create(member, Vocab.OWL_SAME_AS, rep));
                }
            }
            clustered += members.size();
        }
        if (clusters.isEmpty() && !dsg.containsGraph(name)) {
            return new Summary(rows.size(), rows.size(), 0, 0, System.nanoTime() - t0);
        }
        NamedGraphs.replace(dsg, name, g, now);
        return new Summary(rows.size(), rows.size() - clustered + clusters.size(), clustered, clusters.size(), System.nanoTime() - t0);
    }

    /** The rows of the store's GDELT graphs but {@code except}, each read from its dataset graph as the import wrote it. */
    static List<RowClusters.Row> storedRows(DatasetGraph dsg, IriScheme iris, Set<Node> except) {
        Terms t = iris.terms();
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, t.ImportedEvent).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.removeAll(except);
        List<RowClusters.Row> rows = new ArrayList<>();
        for (Node graph : graphs) {
            rows.addAll(rows(org.apache.jena.atlas.iterator.Iter.map(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple), iris));
        }
        return rows;
    }

    /** The rows of one GDELT dataset graph (see load/GdeltFile), from its triples: one pass over them. */
    public static List<RowClusters.Row> rows(java.util.Iterator<Triple> triples, IriScheme iris) {
        Terms t = iris.terms();
        String gdeltNs = iris.gdelt("event/").getURI(); // rows etkg imported from GDELT files
        List<RowClusters.Row> rows = new ArrayList<>();
        {
            // Events, their roles, actors and places with their points.
            Map<Node, Map<Node, List<Node>>> about = new HashMap<>();
            triples.forEachRemaining(q -> about
                    .computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                    .computeIfAbsent(q.getPredicate(), k -> new ArrayList<>(1)).add(q.getObject()));
            for (Map.Entry<Node, Map<Node, List<Node>>> e : about.entrySet()) {
                Map<Node, List<Node>> p = e.getValue();
                if (!e.getKey().isURI() || !e.getKey().getURI().startsWith(gdeltNs)
                        || !p.getOrDefault(Vocab.RDF_TYPE, List.of()).contains(t.ImportedEvent)) {
                    continue;
                }
                String type = first(p, Vocab.Sem.eventType);
                String day = first(p, Vocab.Sem.hasTimeStamp);
                if (type == null || day == null) {
                    continue;
                }
                String code = type.substring(type.lastIndexOf('/') + 1);
                String actor1 = "";
                String actor2 = "";
                for (Node role : p.getOrDefault(Vocab.Sem.hasActor, List.of())) {
                    String who = actor(about, role, t);
                    if (role.getURI().endsWith("/actor1")) {
                        actor1 = who;
                    } else {
                        actor2 = who;
                    }
                }
                String feature = "";
                String country = "";
                boolean countryOnly = false;
                double lat = Double.NaN;
                double lon = Double.NaN;
                List<Node> places = p.getOrDefault(Vocab.Sem.hasPlace, List.of());
                if (!places.isEmpty()) {
                    Node place = places.get(0);
                    feature = place.getURI();
                    Map<Node, List<Node>> placeFacts = placeAbout(about, place);
                    country = placeFacts == null || first(placeFacts, t.fipsCountryCode) == null ? "" : first(placeFacts, t.fipsCountryCode);
                    // GDELT's feature id of a place geocoded to a country alone is the country's FIPS code.
                    countryOnly = !country.isEmpty() && feature.endsWith("/place/" + country);
                    String wkt = geometry(about, place);
                    if (wkt != null) {
                        String[] xy = wkt.replaceAll("[^0-9eE.+\\- ]", " ").trim().split("\\s+");
                        if (xy.length == 2) {
                            lon = Double.parseDouble(xy[0]);
                            lat = Double.parseDouble(xy[1]);
                        }
                    }
                }
                rows.add(new RowClusters.Row(e.getKey().getURI(), day, actor1, actor2, code.length() >= 2 ? code.substring(0, 2) : code,
                        feature, lat, lon, country, countryOnly));
            }
        }
        return rows;
    }

    private static Map<Node, List<Node>> placeAbout(Map<Node, Map<Node, List<Node>>> about, Node place) {
        return about.get(place);
    }

    private static String first(Map<Node, List<Node>> p, Node predicate) {
        List<Node> values = p.get(predicate);
        if (values == null || values.isEmpty()) {
            return null;
        }
        Node v = values.get(0);
        return v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : null;
    }

    /** An actor's CAMEO actor code, or its name when it has none. */
    private static String actor(Map<Node, Map<Node, List<Node>>> about, Node role, Terms t) {
        Map<Node, List<Node>> r = about.get(role);
        Node actor = r == null || !r.containsKey(Vocab.RDF_VALUE) ? null : r.get(Vocab.RDF_VALUE).get(0);
        Map<Node, List<Node>> a = actor == null ? null : about.get(actor);
        if (a == null) {
            return actor == null ? "" : actor.toString();
        }
        String code = first(a, t.cameoActorCode);
        return code != null ? code : String.valueOf(first(a, Vocab.RDFS_LABEL));
    }

    private static String geometry(Map<Node, Map<Node, List<Node>>> about, Node place) {
        Map<Node, List<Node>> p = about.get(place);
        Node geometry = p == null || !p.containsKey(Vocab.Geo.hasGeometry) ? null : p.get(Vocab.Geo.hasGeometry).get(0);
        Map<Node, List<Node>> g = geometry == null ? null : about.get(geometry);
        return g == null ? null : first(g, Vocab.Geo.asWKT);
    }
}
