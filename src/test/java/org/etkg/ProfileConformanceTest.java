package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data model's patterns (docs/data-model.md), checked with SPARQL on the TriG export of the first article, as
 * an analyst's own tools would see it (not through etkg).
 */
class ProfileConformanceTest {
    static final String PREFIXES = """
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <http://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX etkg: <https://w3id.org/etkg/ontology#>
            """;
    static final String ARTICLE_GRAPH = "<https://w3id.org/etkg/graph/article/shift-in-stance-taliban-ttp>";

    @TempDir
    static Path dir;
    static Dataset exported;

    @BeforeAll
    static void exportTrig() {
        Path store = Cli.firstArticleStore(dir);
        Path trig = dir.resolve("all.trig");
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "trig", "-o", trig.toString());
        assertEquals(0, r.exitCode(), r.toString());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(trig).parse(dsg);
        // Queries see the union of all graphs as their default graph, as in etkg query.
        DatasetGraph withUnion = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(quad -> {
            withUnion.add(quad);
            withUnion.getDefaultGraph().add(quad.asTriple());
        });
        exported = DatasetFactory.wrap(withUnion);
    }

    /** Rows of a query whose answers are violations: an empty answer means the pattern holds. */
    static List<String> violations(String where) {
        return rows(where + " } LIMIT 20");
    }

    static List<String> rows(String whereAndRest) {
        List<String> rows = new ArrayList<>();
        String q = PREFIXES + "SELECT * WHERE { " + whereAndRest;
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(exported).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.toString()));
        }
        return rows;
    }

    static void holds(String pattern, String where) {
        List<String> v = violations(where);
        assertTrue(v.isEmpty(), pattern + " is broken by: " + v);
    }

    static int count(String where) {
        return rows(where + " }").size();
    }

    @Test
    void pattern1_noBlankNodesAndEnglishLabels() {
        holds("no blank nodes", "GRAPH ?g { ?s ?p ?o } FILTER (isBlank(?s) || isBlank(?o))");
        holds("labels", "GRAPH ?g { ?s a ?c } FILTER (?c IN (sem:Event, sem:Actor, sem:Place, org:Post, schema:Person))"
                + " FILTER NOT EXISTS { GRAPH ?h { ?s rdfs:label ?l } FILTER (lang(?l) = 'en') }");
        assertTrue(count("GRAPH ?g { <https://w3id.org/etkg/id/noor-ud-din-azizi> skos:altLabel 'Nooruddin Azizi'@en }") == 1);
    }

    @Test
    void pattern2_oneArticleGraphAndSourceGraphsWithProvenance() {
        assertEquals(1, count("GRAPH " + ARTICLE_GRAPH + " { ?a a schema:NewsArticle ; schema:articleBody ?b ; schema:headline ?h ; "
                + "schema:isBasedOn ?r . ?r schema:publisher ?p . " + ARTICLE_GRAPH + " prov:wasDerivedFrom ?a ; prov:generatedAtTime ?t }"
                + " FILTER (!CONTAINS(?b, 'Scroll to Top'))"));
        holds("every named graph says where it came from and when", "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?g prov:wasDerivedFrom ?src ; prov:generatedAtTime ?t } }"
                + " FILTER (?g != <https://w3id.org/etkg/graph/ontology>)");
        assertTrue(count("GRAPH ?g { ?g prov:wasDerivedFrom ?src } FILTER (?g != " + ARTICLE_GRAPH + ")") >= 8);
        holds("no publication date is invented for the article", "GRAPH ?g { ?a schema:articleBody ?b ; schema:datePublished ?d }");
    }

    @Test
    void pattern3_eventsTypesPartsAndRounds() {
        holds("events have a type concept", "GRAPH ?g { ?e a sem:Event } FILTER NOT EXISTS { ?e sem:eventType ?t . ?t a skos:Concept }");
        assertEquals(1, count("?r etkg:ordinal 7 ; etkg:inSeries ?s ; sem:subEventOf ?visit ; etkg:previousRound ?p . "
                + "FILTER (datatype(7) = xsd:integer) ?p etkg:ordinal 6 ; sem:hasPlace/rdfs:label 'Islamabad'@en ."));
        assertEquals(1, count("?v sem:eventType/skos:notation ?code ; sem:hasPlace/rdfs:label 'Kabul'@en . ?v a etkg:DiplomaticVisit FILTER (STR(?code) = '042')"));
    }

    @Test
    void pattern4_everyParticipationIsARole() {
        holds("actors only through roles", "?e sem:hasActor ?r FILTER NOT EXISTS { ?r a sem:Role ; rdf:value ?a ; sem:roleType/skos:prefLabel ?l }");
        assertEquals(3, count("<https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul> sem:hasActor/rdf:value ?a"));
    }

    @Test
    void pattern5_peoplePostsDelegations() {
        assertEquals(4, count("?p a schema:Person , sem:Actor ; org:holds ?post . ?post a org:Post ; rdfs:label ?l ; org:postIn ?o"));
        assertEquals(2, count("?p org:headOf ?d . ?d a org:Organization , sem:Actor"));
    }

    @Test
    void pattern6_timeAsWrittenAndResolvedApart() {
        holds("no year written into the article graph", "GRAPH " + ARTICLE_GRAPH + " { ?d time:year ?y }");
        holds("no resolved date in the article graph", "GRAPH " + ARTICLE_GRAPH + " { ?e sem:hasTimeStamp|sem:hasBeginTimeStamp|sem:hasLatestEndTimeStamp ?d }");
        assertEquals(1, count("GRAPH " + ARTICLE_GRAPH + " { <https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/visit-kabul> sem:hasTime ?t ."
                + " ?t a time:Instant ; time:inDateTime ?d . ?d time:month '--04'^^xsd:gMonth ; time:day '---16'^^xsd:gDay ; time:unitType time:unitDay }"));
        assertEquals(1, count("GRAPH ?g { <https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/jcc-round-6> sem:hasLatestEndTimeStamp '2024-01-16'^^xsd:date }"
                + " FILTER (?g != " + ARTICLE_GRAPH + ")"));
    }

    @Test
    void pattern7_statementsHaveSourceTextAndModality() {
        holds("statements", "?s a etkg:Statement FILTER NOT EXISTS { ?s schema:text ?t ; sem:accordingTo ?src ; etkg:modality/skos:prefLabel ?m }");
        assertEquals(3, count("?q a schema:Quotation ; schema:creator ?c"));
        assertEquals(2, count("?s sem:accordingTo/rdfs:label 'The Express Tribune'@en"));
        assertEquals(1, count("?s etkg:modality/skos:prefLabel 'alleged'@en"));
        assertEquals(1, count("?s etkg:modality/skos:prefLabel 'promised'@en"));
    }

    @Test
    void pattern8_evidenceOffsetsAreExact() {
        holds("every event, statement and post has evidence", "{ ?x a sem:Event } UNION { ?x a org:Post } FILTER NOT EXISTS { ?a oa:hasBody ?x }");
        holds("offsets give exactly the quote", "?a oa:hasTarget ?t . ?t oa:hasSource ?art ; oa:hasSelector ?q , ?p . ?q oa:exact ?x ."
                + " ?p oa:start ?s ; oa:end ?e . ?art schema:articleBody ?b FILTER (SUBSTR(?b, ?s + 1, ?e - ?s) != ?x)");
        assertTrue(count("?a a oa:Annotation") > 60);
    }

    @Test
    void pattern9_placesAndLinksInTheirOwnGraphs() {
        holds("places are both", "?p a sem:Place FILTER NOT EXISTS { ?p a schema:Place }");
        assertEquals(1, count("<https://w3id.org/etkg/id/kabul> owl:sameAs <http://www.wikidata.org/entity/Q5838> , <http://sws.geonames.org/1138958/> ;"
                + " <http://www.opengis.net/ont/geosparql#hasGeometry>/<http://www.opengis.net/ont/geosparql#asWKT> ?w"));
        holds("no links in the article graph", "GRAPH " + ARTICLE_GRAPH + " { ?s owl:sameAs ?o }");
        holds("no identifier invented for the Taliban, the TTP or the people", "?s owl:sameAs ?o FILTER (?s IN ("
                + "<https://w3id.org/etkg/id/afghan-taliban>, <https://w3id.org/etkg/id/ttp>, <https://w3id.org/etkg/id/mohammad-sadiq>))");
    }
}
