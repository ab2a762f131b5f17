package org.etkg.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.etkg.index.TimelineIndex;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;

/**
 * The text index's documents of one article: one for each label and alternative label of its
 * people, organisations, places and events, each quote that evidences an event, each
 * statement's text and the headline. Derived from the article's own graph (and its timeline
 * index, for the date) both at load and by {@code etkg reindex}, so that the two agree and
 * {@code etkg validate} can compare them.
 *
 * <p>The fields are jena-text's (entity, graph, language, uid, and one field per indexed
 * property), so that {@code text:query} reads them, plus etkg's own: {@code all} (every text,
 * the field a query without a property searches), the kind, the day, and what a hit shows.
 */
public final class TextDocuments {
    static final String URI = "uri";
    static final String GRAPH = "graph";
    static final String LANG = "lang";
    static final String UID = "uid";
    static final String ALL = "all";
    static final String LABEL = "label";
    static final String QUOTE = "quote";
    static final String TEXT = "text";
    static final String HEADLINE = "headline";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String ARTICLE = "article";
    static final String NAME = "name";
    static final String SHOWN = "shown";

    /** The kinds of hit, as {@code etkg search --kind} names them (and "article", "entity" without a filter). */
    public enum Kind {
        person, event, statement, entity, article;
    }

    /** One indexed text: who says it, in which graph, under which field, and what a hit on it shows. */
    public record Entry(String uid, String subject, String graph, String field, String value, String lang, Kind kind,
                        String day, String article, String name, String shown) {
        Document document() {
            Document d = new Document();
            d.add(new StringField(URI, subject, Field.Store.YES));
            d.add(new StringField(GRAPH, graph, Field.Store.YES));
            if (lang != null && !lang.isEmpty()) {
                d.add(new StringField(LANG, lang, Field.Store.YES));
            }
            d.add(new StringField(UID, uid, Field.Store.YES));
            d.add(new TextField(ALL, value, Field.Store.YES));
            d.add(new TextField(field, value, Field.Store.YES));
            d.add(new StringField(KIND, kind.name(), Field.Store.YES));
            if (day != null) {
                d.add(new StringField(DAY, day, Field.Store.YES));
            }
            d.add(new StoredField(ARTICLE, article));
            if (name != null) {
                d.add(new StoredField(NAME, name));
            }
            if (shown != null) {
                d.add(new StoredField(SHOWN, shown));
            }
            return d;
        }
    }

    private TextDocuments() {
    }

    /** The property each field indexes; jena-text maps them back for {@code text:query (rdfs:label "…")}. */
    static final Map<String, List<Node>> FIELDS = Map.of(
            LABEL, List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL),
            QUOTE, List.of(OA.exact.asNode()),
            TEXT, List.of(Vocab.Schema.text),
            HEADLINE, List.of(Vocab.Schema.headline));

    /**
     * The entries of the article graph {@code name} ({@code <base>graph/article/ID}), with dates
     * from its timeline index graph (empty when there is none).
     */
    public static List<Entry> of(IriScheme iris, Node name, Graph facts, Graph timeline) {
        String graph = name.getURI();
        String article = graph.substring(iris.articleGraphPrefix().length());
        Map<String, TimelineIndex.Indexed> placed = TimelineIndex.read(timeline, iris.terms());
        Node articleNode = iris.article(article);
        String published = literal(facts, articleNode, Vocab.Schema.datePublished);
        List<Entry> out = new ArrayList<>();
        facts.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!t.getObject().isLiteral() || !(t.getSubject().isURI() || t.getSubject().isBlank())) {
                return;
            }
            String field;
            Kind kind;
            Node about = t.getSubject();
            if (p.equals(Vocab.RDFS_LABEL) || p.equals(Vocab.SKOS_ALT_LABEL)) {
                field = LABEL;
                kind = kindOf(facts, about, iris);
            } else if (p.equals(Vocab.Schema.text) && facts.contains(about, Vocab.RDF_TYPE, iris.terms().Statement)) {
                field = TEXT;
                kind = Kind.statement;
            } else if (p.equals(OA.exact.asNode())) {
                field = QUOTE;
                about = evidenced(facts, t.getSubject());
                kind = about == null ? null : kindOf(facts, about, iris);
            } else if (p.equals(Vocab.Schema.headline) && t.getSubject().equals(articleNode)) {
                field = HEADLINE;
                kind = Kind.article;
            } else {
                return;
            }
            if (kind == null) {
                return; // a role's, a graph's or a concept's label: not something an analyst looks for
            }
            String value = t.getObject().getLiteralLexicalForm();
            TimelineIndex.Indexed at = about.isURI() ? placed.get(about.getURI()) : null;
            String day = at != null && at.key().dated() ? at.key().anchorDay() : published;
            String shown = switch (field) {
                case QUOTE, TEXT, HEADLINE -> value;
                default -> at != null && at.entry() != null ? at.entry().quote() : null;
            };
            String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "_:" + t.getSubject().getBlankNodeLabel();
            out.add(new Entry(uid(graph, subject, field, value), subject, graph, field, value, t.getObject().getLiteralLanguage(),
                    kind, day, article, literal(facts, about, Vocab.RDFS_LABEL), shown));
        });
        return out;
    }

    /** The event (or person, place…) that the quote selector {@code selector} is evidence of: the annotation's body, through a role to its event. */
    private static Node evidenced(Graph facts, Node selector) {
        for (Triple target : facts.find(Node.ANY, OA.hasSelector.asNode(), selector).toList()) {
            for (Triple annotation : facts.find(Node.ANY, OA.hasTarget.asNode(), target.getSubject()).toList()) {
                for (Triple body : facts.find(annotation.getSubject(), OA.hasBody.asNode(), Node.ANY).toList()) {
                    Node b = body.getObject();
                    if (facts.contains(b, Vocab.RDF_TYPE, Vocab.Sem.Role)) {
                        var event = facts.find(Node.ANY, Vocab.Sem.hasActor, b);
                        return event.hasNext() ? event.next().getSubject() : null;
                    }
                    return b;
                }
            }
        }
        return null;
    }

    private static Kind kindOf(Graph facts, Node s, IriScheme iris) {
        if (facts.contains(s, Vocab.RDF_TYPE, iris.terms().Statement)) {
            return Kind.statement;
        }
        if (facts.contains(s, Vocab.RDF_TYPE, Vocab.Sem.Event)) {
            return Kind.event;
        }
        if (facts.contains(s, Vocab.RDF_TYPE, Vocab.Schema.Person)) {
            return Kind.person;
        }
        if (facts.contains(s, Vocab.RDF_TYPE, Vocab.Sem.Actor) || facts.contains(s, Vocab.RDF_TYPE, Vocab.Sem.Place)
                || facts.contains(s, Vocab.RDF_TYPE, Vocab.Schema.Organization) || facts.contains(s, Vocab.RDF_TYPE, Vocab.Schema.Place)) {
            return Kind.entity;
        }
        return null;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** One entry's identity: its graph, subject, field and text (what jena-text's uid field holds). */
    static String uid(String graph, String subject, String field, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((graph + "\n" + subject + "\n" + field + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
