package org.etkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;

/** The people, organisations and places of the store, with the context that can confirm a link. */
final class OurEntities {
    private OurEntities() {
    }

    private static final class Builder {
        LinkType kind;
        final Set<String> preferred = new LinkedHashSet<>();
        final Set<String> alternative = new LinkedHashSet<>();
        final Set<String> country = new LinkedHashSet<>();
        final Set<String> posts = new LinkedHashSet<>();
        boolean isCountry;
    }

    static List<LinkEntity> from(DatasetGraph dsg, IriScheme iris, Set<LinkType> kinds) {
        String prefixes = Vocab.sparqlPrefixes(iris);
        Map<String, Builder> all = new LinkedHashMap<>();
        run(dsg, prefixes, """
                SELECT ?e ?kind WHERE {
                  { ?e a schema:Person BIND ("person" AS ?kind) }
                  UNION { ?e a sem:Place BIND ("place" AS ?kind) }
                  UNION { ?e a sem:Actor , schema:Organization FILTER NOT EXISTS { ?e a sem:Place } BIND ("organization" AS ?kind) }
                  FILTER (isIRI(?e))
                } ORDER BY ?e""", s -> {
            LinkType kind = LinkType.ofKey(s.getLiteral("kind").getString());
            if (kinds.contains(kind)) {
                all.computeIfAbsent(s.getResource("e").getURI(), k -> new Builder()).kind = kind;
            }
        });
        run(dsg, prefixes, "SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?e ?l", s -> with(all, s, b -> b.preferred.add(lex(s, "l"))));
        run(dsg, prefixes, "SELECT ?e ?l WHERE { ?e skos:altLabel ?l } ORDER BY ?e ?l", s -> with(all, s, b -> b.alternative.add(lex(s, "l"))));
        run(dsg, prefixes, "SELECT ?e WHERE { ?e a schema:Country }", s -> with(all, s, b -> b.isCountry = true));
        run(dsg, prefixes, "SELECT ?e ?c WHERE { ?e schema:containedInPlace+ ?p . ?p owl:sameAs ?c }",
                s -> with(all, s, b -> b.country.add(s.getResource("c").getURI())));
        run(dsg, prefixes, "SELECT ?e ?c WHERE { ?e org:holds/org:postIn ?p . ?p a schema:Country ; owl:sameAs ?c }",
                s -> with(all, s, b -> b.country.add(s.getResource("c").getURI())));
        run(dsg, prefixes, "SELECT ?e ?l WHERE { ?e org:holds ?p . ?p rdfs:label|skos:altLabel ?l }",
                s -> with(all, s, b -> b.posts.add(lex(s, "l"))));
        List<LinkEntity> out = new ArrayList<>();
        all.forEach((iri, b) -> {
            if (b.kind == null || b.preferred.isEmpty()) {
                return;
            }
            List<String> labels = new ArrayList<>(b.preferred);
            b.alternative.stream().filter(l -> !labels.contains(l)).forEach(labels::add);
            out.add(new LinkEntity(iri, b.kind, labels, b.country, b.isCountry, new ArrayList<>(b.posts), !b.posts.isEmpty(), null));
        });
        return out;
    }

    private static void with(Map<String, Builder> all, QuerySolution s, java.util.function.Consumer<Builder> action) {
        Builder b = all.get(s.getResource("e").getURI());
        if (b != null && b.kind != null) {
            action.accept(b);
        }
    }

    private static String lex(QuerySolution s, String v) {
        return s.getLiteral(v).getLexicalForm();
    }

    private static void run(DatasetGraph dsg, String prefixes, String query, java.util.function.Consumer<QuerySolution> each) {
        UnionQuery.select(dsg, prefixes + query, each);
    }
}
