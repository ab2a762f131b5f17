package org.etkg.timeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.etkg.rdf.Vocab;
import org.etkg.rdf.WktPoint;

/**
 * Where a place is, for the timeline's map: the GeoSPARQL point of one of its identity's
 * members ({@code geo:hasGeometry/geo:asWKT}, as outside facts and GDELT give it), else of a
 * resource a member is {@code owl:sameAs} (a GeoNames feature, with its own geometry or its
 * {@code wgs84_pos} latitude and longitude). Null when none of them has coordinates on the globe.
 */
final class PlacePoints {
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    private static final Node LAT = NodeFactory.createURI(WGS84 + "lat");
    private static final Node LONG = NodeFactory.createURI(WGS84 + "long");

    private PlacePoints() {
    }

    /** The first point found among the members, in their order (the representative's cluster in IRI order). */
    static WktPoint of(DatasetGraph dsg, List<String> members) {
        List<Node> linked = new ArrayList<>();
        for (String member : members) {
            Node place = NodeFactory.createURI(member);
            WktPoint own = geometry(dsg, place);
            if (own != null) {
                return own;
            }
            dsg.find(Node.ANY, place, Vocab.OWL_SAME_AS, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) {
                    linked.add(q.getObject());
                }
            });
        }
        for (Node same : linked) {
            WktPoint p = geometry(dsg, same);
            if (p == null) {
                p = wgs84(dsg, same);
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static WktPoint geometry(DatasetGraph dsg, Node place) {
        for (Node geometry : objects(dsg, place, Vocab.Geo.hasGeometry)) {
            for (Node wkt : objects(dsg, geometry, Vocab.Geo.asWKT)) {
                WktPoint p = wkt.isLiteral() ? WktPoint.of(wkt.getLiteralLexicalForm()) : null;
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static WktPoint wgs84(DatasetGraph dsg, Node place) {
        Double lat = degrees(objects(dsg, place, LAT), 90);
        Double lon = degrees(objects(dsg, place, LONG), 180);
        return lat == null || lon == null ? null : new WktPoint(lat, lon);
    }

    /** The first value that is a number within ± max; null when there is none. */
    private static Double degrees(List<Node> values, double max) {
        for (Node v : values) {
            if (v.isLiteral()) {
                try {
                    double d = Double.parseDouble(v.getLiteralLexicalForm().trim());
                    if (Math.abs(d) <= max) {
                        return d;
                    }
                } catch (NumberFormatException notADegree) {
                    // someone else's data: a value that is not a number gives no coordinate
                }
            }
        }
        return null;
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, s, p, Node.ANY)).stream().map(Quad::getObject).toList();
    }
}
