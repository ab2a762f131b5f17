package org.etkg;

/** Small datasets of an analyst's own, as Turtle, for tests of what a load makes of them. */
public final class DatasetText {
    private DatasetText() {
    }

    /** One event of a dataset (not of an article: an etkg:ImportedEvent), a CAMEO 043 visit, with this xsd:date. */
    public static String talksInDoha(String xsdDate) {
        return """
                @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/talks> a sem:Event , <https://w3id.org/etkg/ontology#ImportedEvent> ;
                    <http://www.w3.org/2000/01/rdf-schema#label> "Talks in Doha"@en ;
                    sem:eventType <https://w3id.org/etkg/concept/cameo/043> ;
                    sem:hasTimeStamp "%s"^^xsd:date .
                """.formatted(xsdDate);
    }
}
