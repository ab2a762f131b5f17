package org.etkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The standard vocabularies of the data model (docs/data-model.md) and the prefixes it fixes:
 * the one place SPARQL prefixes come from. Web Annotation and ORG terms are Jena's own
 * {@code OA} and {@code ORG}; the project's terms are {@link Terms}.
 */
public final class Vocab {
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** Web Annotation: use Jena's {@link org.apache.jena.vocabulary.OA} for its terms. */
    public static final String OA = org.apache.jena.vocabulary.OA.NS;
    public static final String SCHEMA = "http://schema.org/";
    /** The Organization Ontology: use Jena's {@link org.apache.jena.vocabulary.ORG} for its terms. */
    public static final String ORG = org.apache.jena.vocabulary.ORG.NS;
    public static final String SKOS_NS = SKOS.uri;
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String GN = "http://sws.geonames.org/";

    private Vocab() {
    }

    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node RDF_TYPE = RDF.type.asNode();
    public static final Node RDF_VALUE = RDF.value.asNode();
    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node RDFS_COMMENT = RDFS.comment.asNode();
    public static final Node OWL_SAME_AS = OWL.sameAs.asNode();
    public static final Node SKOS_CONCEPT = SKOS.Concept.asNode();
    public static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();
    public static final Node SKOS_ALT_LABEL = SKOS.altLabel.asNode();
    public static final Node SKOS_NOTATION = SKOS.notation.asNode();
    public static final Node SKOS_BROADER = SKOS.broader.asNode();
    public static final Node SKOS_TOP_CONCEPT_OF = SKOS.topConceptOf.asNode();
    public static final Node SKOS_IN_SCHEME = SKOS.inScheme.asNode();
    public static final Node SKOS_CLOSE_MATCH = SKOS.closeMatch.asNode();
    public static final Node DCT_DESCRIPTION = DCTerms.description.asNode();

    public static final class Sem {
        public static final Node Event = uri(SEM, "Event");
        public static final Node Actor = uri(SEM, "Actor");
        public static final Node Place = uri(SEM, "Place");
        public static final Node Role = uri(SEM, "Role");
        public static final Node eventType = uri(SEM, "eventType");
        public static final Node hasActor = uri(SEM, "hasActor");
        public static final Node hasPlace = uri(SEM, "hasPlace");
        public static final Node hasTime = uri(SEM, "hasTime");
        public static final Node subEventOf = uri(SEM, "subEventOf");
        public static final Node roleType = uri(SEM, "roleType");
        public static final Node accordingTo = uri(SEM, "accordingTo");
        public static final Node hasTimeStamp = uri(SEM, "hasTimeStamp");
        public static final Node hasBeginTimeStamp = uri(SEM, "hasBeginTimeStamp");
        public static final Node hasEndTimeStamp = uri(SEM, "hasEndTimeStamp");
        public static final Node hasEarliestBeginTimeStamp = uri(SEM, "hasEarliestBeginTimeStamp");
        public static final Node hasLatestEndTimeStamp = uri(SEM, "hasLatestEndTimeStamp");

        private Sem() {
        }
    }

    public static final class Time {
        public static final Node Instant = uri(TIME, "Instant");
        public static final Node Interval = uri(TIME, "Interval");
        public static final Node DateTimeDescription = uri(TIME, "DateTimeDescription");
        public static final Node inDateTime = uri(TIME, "inDateTime");
        public static final Node hasDateTimeDescription = uri(TIME, "hasDateTimeDescription");
        public static final Node year = uri(TIME, "year");
        public static final Node month = uri(TIME, "month");
        public static final Node day = uri(TIME, "day");
        public static final Node unitType = uri(TIME, "unitType");
        public static final Node unitDay = uri(TIME, "unitDay");
        public static final Node unitMonth = uri(TIME, "unitMonth");
        public static final Node unitYear = uri(TIME, "unitYear");
        public static final Node before = uri(TIME, "before");
        public static final Node after = uri(TIME, "after");

        private Time() {
        }
    }

    public static final class Prov {
        public static final Node Entity = uri(PROV, "Entity");
        public static final Node wasDerivedFrom = uri(PROV, "wasDerivedFrom");
        public static final Node generatedAtTime = uri(PROV, "generatedAtTime");

        private Prov() {
        }
    }

    public static final class Schema {
        public static final Node NewsArticle = uri(SCHEMA, "NewsArticle");
        public static final Node Person = uri(SCHEMA, "Person");
        public static final Node Organization = uri(SCHEMA, "Organization");
        public static final Node NewsMediaOrganization = uri(SCHEMA, "NewsMediaOrganization");
        public static final Node Place = uri(SCHEMA, "Place");
        public static final Node City = uri(SCHEMA, "City");
        public static final Node Country = uri(SCHEMA, "Country");
        public static final Node Quotation = uri(SCHEMA, "Quotation");
        public static final Node Dataset = uri(SCHEMA, "Dataset");
        public static final Node WebSite = uri(SCHEMA, "WebSite");
        public static final Node CreativeWork = uri(SCHEMA, "CreativeWork");
        public static final Node headline = uri(SCHEMA, "headline");
        public static final Node articleBody = uri(SCHEMA, "articleBody");
        public static final Node inLanguage = uri(SCHEMA, "inLanguage");
        public static final Node datePublished = uri(SCHEMA, "datePublished");
        public static final Node publisher = uri(SCHEMA, "publisher");
        public static final Node isBasedOn = uri(SCHEMA, "isBasedOn");
        public static final Node about = uri(SCHEMA, "about");
        public static final Node text = uri(SCHEMA, "text");
        public static final Node creator = uri(SCHEMA, "creator");
        public static final Node url = uri(SCHEMA, "url");
        public static final Node containedInPlace = uri(SCHEMA, "containedInPlace");
        public static final Node name = uri(SCHEMA, "name");

        private Schema() {
        }
    }

    public static final class Geo {
        public static final Node Geometry = uri(GEO, "Geometry");
        public static final Node hasGeometry = uri(GEO, "hasGeometry");
        public static final Node asWKT = uri(GEO, "asWKT");
        public static final String wktLiteral = GEO + "wktLiteral";

        private Geo() {
        }
    }

    /** The prefixes of the data model, plus the project's own under the base of {@code iris}. */
    public static PrefixMapping prefixes(IriScheme iris) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("sem", SEM);
        pm.setNsPrefix("time", TIME);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("skos", SKOS_NS);
        pm.setNsPrefix("geo", GEO);
        pm.setNsPrefix("owl", OWL.NS);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("xsd", XSD.NS);
        pm.setNsPrefix("dcterms", DCTerms.NS);
        pm.setNsPrefix("wd", WD);
        pm.setNsPrefix("gn", GN);
        pm.setNsPrefix("etkg", iris.ontologyNamespace());
        for (Scheme scheme : Scheme.values()) {
            pm.setNsPrefix(scheme.prefix(), iris.conceptNamespace(scheme));
        }
        pm.setNsPrefix("id", iris.entityNamespace());
        return pm;
    }

    /** The same prefixes as a SPARQL prologue, to put before a query's text. */
    public static String sparqlPrefixes(IriScheme iris) {
        StringBuilder sb = new StringBuilder();
        prefixes(iris).getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
