package org.etkg.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;

/** Which of our countries each entity lies in (places) or holds a post in (people). */
final class Containment {
    private Containment() {
    }

    static Map<String, Set<String>> of(DatasetGraph dsg, IriScheme iris) {
        Map<String, Set<String>> within = new HashMap<>();
        String q = Vocab.sparqlPrefixes(iris) + """
                SELECT ?e ?c WHERE {
                  { ?e schema:containedInPlace+ ?c } UNION { ?e org:holds/org:postIn ?c }
                  ?c a schema:Country }""";
        UnionQuery.select(dsg, q, s -> within.computeIfAbsent(s.getResource("e").getURI(),
                k -> new LinkedHashSet<>()).add(s.getResource("c").getURI()));
        return within;
    }
}
