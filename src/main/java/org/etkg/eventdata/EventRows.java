package org.etkg.eventdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.ORG;
import org.etkg.model.Countries;
import org.etkg.model.NameKey;
import org.etkg.index.TimelineIndex;
import org.etkg.model.RoleType;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.EtkgStore;

/**
 * Reads the store's events as rows of the event datasets, one per identity cluster (an event
 * reported by several articles is one row, counting its articles and sources). Events without a
 * CAMEO code (through their type) or without a day are left out and counted.
 */
public final class EventRows {
    private static final String GEONAMES_COUNTRY_CODE = "http://www.geonames.org/ontology#countryCode";
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    /** What was read, and what was left out and why. */
    public record Result(List<EventRow> rows, Map<String, Integer> leftOut) {
    }

    private final IriScheme iris;
    private final Terms terms;
    private final List<Node> countryClasses;
    private final List<Node> cityClasses;

    public EventRows(Ontology ontology) {
        this.iris = ontology.iris();
        this.terms = iris.terms();
        this.countryClasses = ontology.classesOfKind("country");
        this.cityClasses = ontology.classesOfKind("city");
    }

    private static boolean hasAll(Graph g, Node s, List<Node> classes) {
        return !classes.isEmpty() && classes.stream().allMatch(c -> g.contains(s, Vocab.RDF_TYPE, c));
    }

    public Result read(EtkgStore store) {
        return store.read(this::read);
    }

    Result read(DatasetGraph dsg) {
        Graph g = dsg.getUnionGraph();
        Identity identity = Identity.read(dsg, iris);
        String cameoNs = iris.conceptNamespace(Scheme.CAMEO);
        String eventNs = iris.eventNamespace();
        Map<String, Integer> leftOut = new TreeMap<>();
        Map<String, List<Node>> clusters = new LinkedHashMap<>();
        g.find(Node.ANY, Vocab.Sem.eventType, Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            if (e.isURI() && e.getURI().startsWith(eventNs)) {
                String rep = identity.representative(e.getURI());
                List<Node> members = clusters.computeIfAbsent(rep == null ? e.getURI() : rep, k -> new ArrayList<>());
                if (!members.contains(e)) {
                    members.add(e);
                }
            }
        });
        List<EventRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<Node>> cluster : clusters.entrySet()) {
            List<Node> members = cluster.getValue();
            String code = null;
            LocalDate day = null;
            Node withDay = null;
            for (Node e : members) {
                code = code != null ? code : cameoCode(g, e, cameoNs);
                LocalDate d = day(g, e);
                if (day == null && d != null) {
                    day = d;
                    withDay = e;
                }
            }
            if (code == null) {
                leftOut.merge("no CAMEO code for its type", 1, Integer::sum);
                continue;
            }
            if (day == null) {
                leftOut.merge("no day (no full date resolved)", 1, Integer::sum);
                continue;
            }
            Node main = withDay;
            Node concept = org.apache.jena.graph.NodeFactory.createURI(cameoNs + code);
            int quad = quadClass(g, concept);
            String goldstein = literal(g, concept, terms.goldsteinScale);
            Actor2 actors = actors(g, main);
            Set<String> articles = new HashSet<>();
            Set<String> sources = new HashSet<>();
            Instant added = null;
            String url = null;
            for (Node e : members) {
                String article = articleOf(e.getURI(), eventNs);
                if (article == null) {
                    continue;
                }
                articles.add(article);
                Node articleNode = iris.article(article);
                Node publisher = first(g, articleNode, Vocab.Schema.publisher);
                Node basedOn = first(g, articleNode, Vocab.Schema.isBasedOn);
                Node basedOnPublisher = basedOn == null ? null : first(g, basedOn, Vocab.Schema.publisher);
                sources.add(publisher != null ? publisher.toString() : basedOnPublisher != null ? basedOnPublisher.toString() : article);
                Node generated = first(dsg.getGraph(iris.articleGraph(article)), iris.articleGraph(article), Vocab.Prov.generatedAtTime);
                if (generated != null && generated.isLiteral()) {
                    Instant at = Instant.parse(generated.getLiteralLexicalForm().endsWith("Z")
                            ? generated.getLiteralLexicalForm() : generated.getLiteralLexicalForm() + "Z");
                    added = added == null || at.isBefore(added) ? at : added;
                }
                if (url == null) {
                    Node u = first(g, articleNode, Vocab.Schema.url);
                    if (u == null && basedOn != null) {
                        u = first(g, basedOn, Vocab.Schema.url);
                    }
                    url = u == null ? null : u.isURI() ? u.getURI() : u.getLiteralLexicalForm();
                }
            }
            Node label = first(g, main, Vocab.RDFS_LABEL);
            rows.add(new EventRow(main.getURI(), label == null ? null : label.getLiteralLexicalForm(),
                    globalEventId(cluster.getKey()), day, code, quad, goldstein, first(g, main, Vocab.Sem.subEventOf) == null,
                    actors.first, actors.second, geo(g, first(g, main, Vocab.Sem.hasPlace)),
                    articles.size(), sources.size(), added, url));
        }
        return new Result(rows, leftOut);
    }

    /** A stable positive 64-bit id from the cluster's IRI: the same event always gets the same id. */
    static long globalEventId(String iri) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (h[i] & 0xFF);
            }
            return id & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String articleOf(String eventIri, String eventNs) {
        if (!eventIri.startsWith(eventNs)) {
            return null;
        }
        String rest = eventIri.substring(eventNs.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(0, slash);
    }

    /** The CAMEO code of the event's type: the type itself, or the code the project's type stands under. */
    private static String cameoCode(Graph g, Node event, String cameoNs) {
        for (Node type : g.find(event, Vocab.Sem.eventType, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            if (type.isURI() && type.getURI().startsWith(cameoNs)) {
                return type.getURI().substring(cameoNs.length());
            }
            for (Node broader : g.find(type, Vocab.SKOS_BROADER, Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (broader.isURI() && broader.getURI().startsWith(cameoNs)) {
                    return broader.getURI().substring(cameoNs.length());
                }
            }
        }
        return null;
    }

    /** The resolved day; else the day the timeline places the event on, when it places it on one day. */
    private LocalDate day(Graph g, Node event) {
        for (Node p : List.of(Vocab.Sem.hasTimeStamp, Vocab.Sem.hasBeginTimeStamp)) {
            LocalDate d = date(first(g, event, p));
            if (d != null) {
                return d;
            }
        }
        Node key = first(g, event, terms.timelineKey);
        if (key == null || !key.isLiteral()) {
            return null;
        }
        TimelineIndex.Key placed = new TimelineIndex.Key(key.getLiteralLexicalForm(), date(first(g, event, terms.timelineFirstDay)),
                date(first(g, event, terms.timelineLastDay)));
        return placed.firstDay() != null && placed.firstDay().equals(placed.lastDay()) ? placed.firstDay() : null;
    }

    private static LocalDate date(Node d) {
        return d != null && d.isLiteral() && d.getLiteralLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}")
                ? LocalDate.parse(d.getLiteralLexicalForm()) : null;
    }

    private int quadClass(Graph g, Node concept) {
        Node q = first(g, concept, terms.quadClass);
        return q == null ? 0 : Integer.parseInt(q.getURI().substring(q.getURI().lastIndexOf('-') + 1));
    }

    private record Actor2(EventRow.Actor first, EventRow.Actor second) {
    }

    /** Who acts (agent, visitor, speaker, leader, participant) and on whom (host, addressee, affected, subject, participant). */
    private Actor2 actors(Graph g, Node event) {
        Map<String, List<Node>> byRole = new HashMap<>();
        for (Node role : g.find(event, Vocab.Sem.hasActor, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node actor = first(g, role, Vocab.RDF_VALUE);
            Node type = first(g, role, Vocab.Sem.roleType);
            if (actor != null && type != null && type.isURI()) {
                String r = type.getURI().substring(type.getURI().lastIndexOf('/') + 1);
                byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(actor);
            }
        }
        Node first = pick(byRole, List.of(RoleType.AGENT, RoleType.VISITOR, RoleType.SPEAKER, RoleType.LEADER, RoleType.PARTICIPANT), null);
        Node second = pick(byRole, List.of(RoleType.HOST, RoleType.ADDRESSEE, RoleType.AFFECTED, RoleType.SUBJECT, RoleType.PARTICIPANT),
                first);
        return new Actor2(actor(g, first), actor(g, second));
    }

    private static Node pick(Map<String, List<Node>> byRole, List<RoleType> roles, Node not) {
        for (RoleType r : roles) {
            for (Node n : byRole.getOrDefault(r.id(), List.of())) {
                if (!n.equals(not)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The name, and the country with GOV where the facts tie the actor to a country's government. */
    private EventRow.Actor actor(Graph g, Node actor) {
        if (actor == null) {
            return null;
        }
        Node label = first(g, actor, Vocab.RDFS_LABEL);
        String name = label == null ? null : label.getLiteralLexicalForm().toUpperCase(Locale.ROOT);
        String iso3 = countryIso3(g, actor);
        if (iso3 != null) {
            return new EventRow.Actor(name, iso3, null);
        }
        Node country = first(g, actor, terms.delegationOf);
        if (country != null && countryIso3(g, country) != null) {
            return new EventRow.Actor(name, countryIso3(g, country), "GOV");
        }
        for (Node post : g.find(actor, ORG.holds.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node in = first(g, post, ORG.postIn.asNode());
            if (in != null && countryIso3(g, in) != null) {
                return new EventRow.Actor(name, countryIso3(g, in), "GOV");
            }
        }
        return new EventRow.Actor(name, null, null);
    }

    /** ISO 3166-1 alpha-3 of a country entity: from its GeoNames link, else from its English name. */
    private String countryIso3(Graph g, Node entity) {
        String iso2 = countryIso2(g, entity, true);
        return iso2 == null ? null : Countries.table().iso3OfIso2(iso2);
    }

    private String countryIso2(Graph g, Node entity, boolean countriesOnly) {
        if (countriesOnly && !hasAll(g, entity, countryClasses)) {
            return null;
        }
        for (Node same : g.find(entity, Vocab.OWL_SAME_AS, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node cc = first(g, same, org.apache.jena.graph.NodeFactory.createURI(GEONAMES_COUNTRY_CODE));
            if (cc != null && cc.isLiteral()) {
                return cc.getLiteralLexicalForm();
            }
        }
        Node label = first(g, entity, Vocab.RDFS_LABEL);
        if (label == null) {
            return null;
        }
        String name = NameKey.normalized(label.getLiteralLexicalForm());
        for (String cc : Locale.getISOCountries()) {
            if (NameKey.normalized(new Locale("", cc).getDisplayCountry(Locale.ENGLISH)).equals(name)) {
                return cc;
            }
        }
        return null;
    }

    /** GDELT's geography of a place: its type, name, country, and coordinates from its GeoNames link or an outside fact. */
    private EventRow.Geo geo(Graph g, Node place) {
        if (place == null) {
            return null;
        }
        Node label = first(g, place, Vocab.RDFS_LABEL);
        String name = label == null ? null : label.getLiteralLexicalForm();
        boolean country = hasAll(g, place, countryClasses);
        String iso2 = countryIso2(g, place, false);
        Node within = first(g, place, Vocab.Schema.containedInPlace);
        if (iso2 == null && within != null) {
            iso2 = countryIso2(g, within, false);
        }
        Double lat = null;
        Double lon = null;
        String feature = null;
        for (Node same : g.find(place, Vocab.OWL_SAME_AS, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node la = first(g, same, org.apache.jena.graph.NodeFactory.createURI(WGS84 + "lat"));
            Node lo = first(g, same, org.apache.jena.graph.NodeFactory.createURI(WGS84 + "long"));
            Double dLat = degrees(la, 90);
            Double dLon = degrees(lo, 180);
            if (dLat != null && dLon != null) {
                lat = dLat;
                lon = dLon;
            }
            if (same.isURI() && same.getURI().matches("https?://sws\\.geonames\\.org/\\d+/?")) {
                feature = same.getURI().replaceAll("\\D", "");
            }
        }
        if (lat == null) {
            Node geometry = first(g, place, Vocab.Geo.hasGeometry);
            Node wkt = geometry == null ? null : first(g, geometry, Vocab.Geo.asWKT);
            org.etkg.rdf.WktPoint point = wkt == null || !wkt.isLiteral() ? null : org.etkg.rdf.WktPoint.of(wkt.getLiteralLexicalForm());
            if (point != null) {
                lat = point.lat();
                lon = point.lon();
            }
        }
        String countryName = iso2 == null ? null : new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        String fullName = country || countryName == null || countryName.equals(name) ? name : name + ", " + countryName;
        int type = country ? 1 : hasAll(g, place, cityClasses) ? 4 : 5;
        return new EventRow.Geo(type, name, fullName, iso2, iso2 == null ? null : Countries.table().fipsOfIso2(iso2), lat, lon, feature);
    }

    /** A wgs84 latitude or longitude of a dataset's; null when it is none (not a number, or beyond ± {@code max}). */
    private static Double degrees(Node n, double max) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            double d = Double.parseDouble(n.getLiteralLexicalForm().strip());
            return Math.abs(d) <= max ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o == null || !o.isLiteral() ? null : o.getLiteralLexicalForm();
    }

    private static Node first(Graph g, Node s, Node p) {
        if (s == null) {
            return null;
        }
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
