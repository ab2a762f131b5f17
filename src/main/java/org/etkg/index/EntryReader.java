package org.etkg.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OA;
import org.etkg.placing.Placing;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * Reads what the timeline shows of each event from one article's graphs: the facts the
 * placing rules need, and its label, type, time as written, place, participants with their
 * roles, source, modality, words and evidence. Plain lookups in small in-memory graphs, so
 * that it costs little at load.
 */
final class EntryReader {
    private EntryReader() {
    }

    /** Mutable while an article is read; becomes an immutable {@link TimelineEntry}. The ordering fields are {@link Placing.Item}'s. */
    static final class Builder extends Placing.Item {
        String label;
        boolean statement;
        String type;
        String asWritten;
        final TreeSet<String> resolvedBy = new TreeSet<>();
        String placeIri;
        String place;
        final List<TimelineEntry.Participant> participants = new ArrayList<>();
        String sourceIri;
        String source;
        String modality;
        String text;
        String quote;

        TimelineEntry entry(Map<String, String> labels) {
            List<TimelineEntry.Relation> rels = new ArrayList<>();
            for (Placing.Relation r : relations) {
                rels.add(new TimelineEntry.Relation(r.kind(), r.other(), labels.getOrDefault(r.other(), r.other()), r.gap()));
            }
            return TimelineEntry.builder(iri).label(label).statement(statement).type(type).asWritten(asWritten)
                    .writtenYear(year).writtenMonth(month).writtenDay(day).date(date).begin(begin).end(end)
                    .earliest(earliest).latest(latest).relations(rels)
                    .resolvedBy(resolvedBy.isEmpty() ? null : String.join("; ", resolvedBy)).anchor(anchor).placedBy(placedBy)
                    .placeIri(placeIri).place(place).participants(participants).sourceIri(sourceIri).source(source)
                    .modality(modality).text(text).quote(quote).quoteStart(quoteStart == Integer.MAX_VALUE ? -1 : quoteStart)
                    .partOf(partOf).partOfLabel(partOf == null ? null : labels.get(partOf)).article(article).build();
        }
    }

    static Map<String, Builder> read(Map<Node, Graph> graphs, Graph vocabulary, Terms terms) {
        // In the order of their names, so that the load and a later check read them alike.
        Map<Node, Graph> named = new TreeMap<>(Comparator.comparing(Node::toString));
        named.putAll(graphs);
        List<Graph> all = new ArrayList<>(named.values());
        Map<String, Builder> items = new TreeMap<>();
        for (Graph g : all) {
            g.find(Node.ANY, Vocab.RDF_TYPE, Vocab.Sem.Event).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    items.computeIfAbsent(t.getSubject().getURI(), k -> {
                        Builder b = new Builder();
                        b.iri = k;
                        return b;
                    });
                }
            });
        }
        Lookup look = new Lookup(all, vocabulary);
        for (Builder b : items.values()) {
            Node e = NodeFactory.createURI(b.iri);
            named.forEach((name, g) -> read(g, name, b, e, look, terms));
            b.participants.sort(Comparator.comparing(TimelineEntry.Participant::role).thenComparing(TimelineEntry.Participant::label));
        }
        return items;
    }

    /** Finds values in the article's graphs first, then in the vocabulary (concept labels). */
    private record Lookup(List<Graph> graphs, Graph vocabulary) {
        Node first(Node s, Node p) {
            for (Graph g : graphs) {
                Node o = TimelineIndex.first(g, s, p);
                if (o != null) {
                    return o;
                }
            }
            return vocabulary == null ? null : TimelineIndex.first(vocabulary, s, p);
        }

        String lexical(Node s, Node p) {
            Node o = first(s, p);
            return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
        }

        String label(Node s) {
            String l = lexical(s, Vocab.RDFS_LABEL);
            return l == null ? s.getURI() : l;
        }
    }

    private static void read(Graph g, Node graphName, Builder b, Node e, Lookup look, Terms terms) {
        g.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            Node o = t.getObject();
            LocalDate d = o.isLiteral() && STAMPS.containsKey(p) ? org.etkg.rdf.XsdDates.day(o.getLiteralLexicalForm()) : null;
            if (d != null) {
                switch (STAMPS.get(p)) {
                    case 0 -> b.date = d;
                    case 1 -> b.begin = d;
                    case 2 -> b.end = d;
                    case 3 -> b.earliestBegin = d;
                    default -> b.latestEnd = d;
                }
                // Who resolved it: the source the graph holding the date is derived from.
                Node source = TimelineIndex.first(g, graphName, Vocab.Prov.wasDerivedFrom);
                Node by = source == null ? null : TimelineIndex.first(g, source, Vocab.RDFS_LABEL);
                if (by != null && by.isLiteral()) {
                    b.resolvedBy.add(by.getLiteralLexicalForm());
                }
            } else if (p.equals(Vocab.RDFS_LABEL) && o.isLiteral()) {
                b.label = b.label == null ? o.getLiteralLexicalForm() : b.label;
            } else if (p.equals(Vocab.RDF_TYPE) && o.equals(terms.Statement)) {
                b.statement = true;
            } else if (p.equals(Vocab.Sem.eventType)) {
                b.type = look.lexical(o, Vocab.SKOS_PREF_LABEL);
            } else if (p.equals(Vocab.Sem.hasPlace) && o.isURI()) {
                b.placeIri = o.getURI();
                b.place = look.label(o);
            } else if (p.equals(Vocab.Sem.hasActor)) {
                Node actor = look.first(o, Vocab.RDF_VALUE);
                Node role = look.first(o, Vocab.Sem.roleType);
                String roleLabel = role == null ? null : look.lexical(role, Vocab.SKOS_PREF_LABEL);
                if (actor != null && actor.isURI() && roleLabel != null) {
                    TimelineEntry.Participant x = new TimelineEntry.Participant(actor.getURI(), look.label(actor), roleLabel);
                    if (!b.participants.contains(x)) {
                        b.participants.add(x);
                    }
                }
            } else if (p.equals(Vocab.Sem.accordingTo) && o.isURI()) {
                b.sourceIri = o.getURI();
                b.source = look.first(o, Vocab.Schema.articleBody) != null ? "the article" : look.lexical(o, Vocab.RDFS_LABEL);
            } else if (p.equals(terms.modality)) {
                b.modality = look.lexical(o, Vocab.SKOS_PREF_LABEL);
            } else if (p.equals(Vocab.Schema.text) && o.isLiteral()) {
                b.text = o.getLiteralLexicalForm();
            } else if (p.equals(Vocab.Sem.subEventOf) && o.isURI()) {
                b.partOf = o.getURI();
            } else if (p.equals(Vocab.Sem.hasTime)) {
                time(b, o, look, terms);
            }
        });
        g.find(Node.ANY, HAS_BODY, e).forEachRemaining(a -> g.find(a.getSubject(), HAS_TARGET, Node.ANY).forEachRemaining(target -> {
            Node article = TimelineIndex.first(g, target.getObject(), HAS_SOURCE);
            Integer start = null;
            String exact = null;
            var selectors = g.find(target.getObject(), HAS_SELECTOR, Node.ANY);
            while (selectors.hasNext()) {
                Node sel = selectors.next().getObject();
                Node s = TimelineIndex.first(g, sel, START);
                Node x = TimelineIndex.first(g, sel, EXACT);
                start = s != null && s.isLiteral() ? Integer.valueOf(s.getLiteralLexicalForm()) : start;
                exact = x != null && x.isLiteral() ? x.getLiteralLexicalForm() : exact;
            }
            if (start != null && exact != null && article != null && article.isURI() && start < b.quoteStart) {
                b.quoteStart = start;
                b.quote = exact;
                b.article = article.getURI();
            }
        }));
    }

    private static void time(Builder b, Node time, Lookup look, Terms terms) {
        for (Graph g : look.graphs()) {
            if (b.asWritten == null) {
                Node w = TimelineIndex.first(g, time, terms.asWritten);
                b.asWritten = w != null && w.isLiteral() ? w.getLiteralLexicalForm() : null;
            }
            for (Node link : List.of(Vocab.Time.inDateTime, Vocab.Time.hasDateTimeDescription)) {
                g.find(time, link, Node.ANY).forEachRemaining(d -> {
                    b.year = digits(TimelineIndex.first(g, d.getObject(), Vocab.Time.year));
                    b.month = digits(TimelineIndex.first(g, d.getObject(), Vocab.Time.month));
                    b.day = digits(TimelineIndex.first(g, d.getObject(), Vocab.Time.day));
                });
            }
            for (Node rel : List.of(Vocab.Time.before, Vocab.Time.after, terms.coincidesWith)) {
                g.find(time, rel, Node.ANY).forEachRemaining(r -> {
                    Node gap = TimelineIndex.first(g, time, terms.minimumGap);
                    for (Graph h : look.graphs()) {
                        h.find(Node.ANY, Vocab.Sem.hasTime, r.getObject()).forEachRemaining(other -> {
                            if (other.getSubject().isURI()) {
                                b.relations.add(new Placing.Relation(rel.getLocalName(), other.getSubject().getURI(),
                                        gap == null ? null : gap.getLiteralLexicalForm()));
                            }
                        });
                    }
                });
            }
        }
    }

    private static final Node HAS_BODY = OA.hasBody.asNode();
    private static final Node HAS_TARGET = OA.hasTarget.asNode();
    private static final Node HAS_SOURCE = OA.hasSource.asNode();
    private static final Node HAS_SELECTOR = OA.hasSelector.asNode();
    private static final Node START = OA.start.asNode();
    private static final Node EXACT = OA.exact.asNode();

    private static final Map<Node, Integer> STAMPS = Map.of(Vocab.Sem.hasTimeStamp, 0, Vocab.Sem.hasBeginTimeStamp, 1,
            Vocab.Sem.hasEndTimeStamp, 2, Vocab.Sem.hasEarliestBeginTimeStamp, 3, Vocab.Sem.hasLatestEndTimeStamp, 4);

    private static Integer digits(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String d = n.getLiteralLexicalForm().replaceAll("\\D", "");
        return d.isEmpty() ? null : Integer.valueOf(d);
    }
}
