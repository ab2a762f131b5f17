package org.etkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.etkg.rdf.IriScheme;

/**
 * The entities of a target dataset, classified by their types as Wikidata (P31), schema.org,
 * FOAF, ORG, SEM or GeoNames state them. Entities of no known kind are left out: a person
 * only matches a human, a place a place.
 */
final class TargetEntities {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final Set<String> HUMAN = Set.of(WD + "Q5", "http://schema.org/Person",
            "http://xmlns.com/foaf/0.1/Person", "http://dbpedia.org/ontology/Person");
    private static final Set<String> COUNTRY = Set.of(WD + "Q6256", WD + "Q3624078", WD + "Q3024240",
            "http://schema.org/Country");
    private static final Set<String> PLACE = Set.of(WD + "Q515", WD + "Q5119", WD + "Q1549591", WD + "Q1637706",
            WD + "Q486972", WD + "Q532", WD + "Q3957", WD + "Q10864048", WD + "Q1048835", WD + "Q2221906",
            WD + "Q56061", WD + "Q200250", WD + "Q174844", WD + "Q15284", WD + "Q82794",
            "http://schema.org/Place", "http://schema.org/City", "http://semanticweb.cs.vu.nl/2009/11/sem/Place",
            "http://www.geonames.org/ontology#Feature", "http://dbpedia.org/ontology/Place");
    private static final Set<String> ORGANIZATION = Set.of(WD + "Q43229", WD + "Q4830453", WD + "Q7278",
            WD + "Q17149090", WD + "Q11032", WD + "Q1002697", WD + "Q2659904", WD + "Q327333", WD + "Q484652",
            WD + "Q15911314", WD + "Q1331793", WD + "Q1110794", WD + "Q17127659", WD + "Q7210356",
            "http://schema.org/Organization", "http://xmlns.com/foaf/0.1/Organization",
            "http://www.w3.org/ns/org#Organization", "http://dbpedia.org/ontology/Organisation");
    private static final List<String> PREFERRED = List.of("http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://schema.org/name", "http://xmlns.com/foaf/0.1/name",
            TargetReader.GN + "officialName", TargetReader.GN + "name");
    private static final List<String> ALTERNATIVE = List.of("http://www.w3.org/2004/02/skos/core#altLabel",
            "http://schema.org/alternateName", TargetReader.GN + "alternateName");

    private TargetEntities() {
    }

    /** The target's entities of the given kinds; our own etkg:State (under {@code iris}' base) counts as a country. */
    static List<LinkEntity> from(Graph g, IriScheme iris, Set<LinkType> kinds) {
        Set<String> countryTypes = new HashSet<>(COUNTRY);
        countryTypes.add(iris.terms().State.getURI());
        Set<Node> subjects = new LinkedHashSet<>();
        for (String p : PREFERRED) {
            g.find(Node.ANY, NodeFactory.createURI(p), Node.ANY).forEachRemaining(t -> subjects.add(t.getSubject()));
        }
        List<LinkEntity> out = new ArrayList<>();
        for (Node s : subjects) {
            if (!s.isURI()) {
                continue;
            }
            Set<String> types = objects(g, s, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
            types.addAll(objects(g, s, TargetReader.WDT + "P31"));
            boolean isCountry = types.stream().anyMatch(countryTypes::contains)
                    || objects(g, s, TargetReader.GN + "featureCode").contains(TargetReader.GN + "A.PCLI");
            LinkType kind = types.stream().anyMatch(HUMAN::contains) ? LinkType.PERSON
                    : isCountry || types.stream().anyMatch(PLACE::contains) ? LinkType.PLACE
                    : types.stream().anyMatch(ORGANIZATION::contains) ? LinkType.ORGANIZATION : null;
            if (kind == null || !kinds.contains(kind)) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            PREFERRED.forEach(p -> labels.addAll(literals(g, s, p)));
            ALTERNATIVE.forEach(p -> labels.addAll(literals(g, s, p)));
            Set<String> country = new LinkedHashSet<>();
            country.addAll(objects(g, s, TargetReader.WDT + "P17"));
            country.addAll(objects(g, s, TargetReader.WDT + "P27"));
            country.addAll(objects(g, s, TargetReader.GN + "parentCountry"));
            if (isCountry) {
                country.clear();
            }
            List<String> positions = new ArrayList<>();
            Set<String> held = objects(g, s, TargetReader.WDT + "P39");
            held.addAll(objects(g, s, TargetReader.WDT + "P106"));
            for (String p : held) {
                List<String> names = new ArrayList<>();
                PREFERRED.forEach(pr -> names.addAll(literals(g, NodeFactory.createURI(p), pr)));
                positions.addAll(names.isEmpty() ? List.of(p.substring(p.lastIndexOf('/') + 1)) : names);
            }
            List<String> description = literals(g, s, "http://schema.org/description");
            out.add(new LinkEntity(s.getURI(), kind, new ArrayList<>(new LinkedHashSet<>(labels)), country, isCountry,
                    positions, !held.isEmpty(), description.isEmpty() ? null : description.get(0)));
        }
        out.sort(Comparator.comparing(LinkEntity::iri));
        return out;
    }

    private static Set<String> objects(Graph g, Node s, String p) {
        Set<String> out = new HashSet<>();
        g.find(s, NodeFactory.createURI(p), Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject().getURI());
            }
        });
        return out;
    }

    /** Literals in English, in no language, or in Wikidata's "mul", sorted for stable output. */
    private static List<String> literals(Graph g, Node s, String p) {
        List<String> out = new ArrayList<>();
        g.find(s, NodeFactory.createURI(p), Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage().toLowerCase();
                if (lang.isEmpty() || lang.equals("en") || lang.startsWith("en-") || lang.equals("mul")) {
                    out.add(o.getLiteralLexicalForm());
                }
            }
        });
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
