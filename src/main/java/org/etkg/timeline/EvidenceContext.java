package org.etkg.timeline;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineEntry;
import org.etkg.index.TimelineEntry.Context;
import org.etkg.rdf.Vocab;

/**
 * Puts each evidence quote of a page back in its article: the paragraph and sentence around
 * it (the article's text is in the store as schema:articleBody, the quote's offset in the
 * index), with the article's headline, the outlet that published the report it is based on,
 * and its date. Read per page, once per article, so a page costs a few lookups more.
 */
final class EvidenceContext {
    private final DatasetGraph dsg;
    private final Map<String, Optional<Article>> articles = new HashMap<>();

    /** What a page needs of an article. */
    private record Article(String body, String headline, String outlet, String published) {
    }

    private EvidenceContext(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The entries, and their reports' members, each with its quote in context where the article's text has it. */
    static List<TimelineEntry> of(DatasetGraph dsg, List<TimelineEntry> entries) {
        EvidenceContext c = new EvidenceContext(dsg);
        List<TimelineEntry> out = new ArrayList<>(entries.size());
        entries.forEach(e -> out.add(c.placed(e)));
        return out;
    }

    private TimelineEntry placed(TimelineEntry e) {
        TimelineEntry.Reports r = e.reports();
        if (!r.members().isEmpty()) {
            List<TimelineEntry> members = new ArrayList<>();
            r.members().forEach(m -> members.add(placed(m)));
            r = new TimelineEntry.Reports(r.sameAs(), r.articles(), r.differences(), members);
        }
        return e.withContext(context(e), r);
    }

    private Context context(TimelineEntry e) {
        if (e.article() == null) {
            return null;
        }
        Optional<Article> found = articles.computeIfAbsent(e.article(), this::article);
        if (found.isEmpty()) {
            return null;
        }
        Article a = found.get();
        String body = a.body();
        if (e.quote() == null || body == null) {
            return new Context(a.headline(), a.outlet(), a.published(), null, -1, -1, -1, -1);
        }
        int at = e.quoteStart();
        // The offset the annotation gives, when the text there is the quote; else the first place it is.
        if (at < 0 || at + e.quote().length() > body.length() || !body.startsWith(e.quote(), at)) {
            at = body.indexOf(e.quote());
        }
        if (at < 0) {
            return new Context(a.headline(), a.outlet(), a.published(), null, -1, -1, -1, -1);
        }
        int end = at + e.quote().length();
        // A paragraph runs between blank lines (a single line break is a line of the same paragraph).
        int from = body.lastIndexOf("\n\n", at);
        from = from < 0 ? 0 : from + 2;
        int to = body.indexOf("\n\n", end);
        to = to < 0 ? body.length() : to;
        String paragraph = body.substring(from, to);
        int qs = at - from;
        int qe = end - from;
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(paragraph);
        int ss = sentences.preceding(Math.min(qs + 1, paragraph.length()));
        ss = ss == BreakIterator.DONE ? 0 : ss;
        int se = sentences.following(Math.max(qe - 1, 0));
        se = se == BreakIterator.DONE ? paragraph.length() : se;
        return new Context(a.headline(), a.outlet(), a.published(), paragraph, ss, se, qs, qe);
    }

    private Optional<Article> article(String iri) {
        Node a = NodeFactory.createURI(iri);
        String body = literal(a, Vocab.Schema.articleBody);
        String headline = literal(a, Vocab.Schema.headline);
        if (body == null && headline == null) {
            return Optional.empty();
        }
        String published = literal(a, Vocab.Schema.datePublished);
        String outlet = null;
        // The outlet: the publisher of the article itself, else of the report it is based on.
        for (Node source : nodes(a, Vocab.Schema.isBasedOn, a)) {
            if (published == null) {
                published = literal(source, Vocab.Schema.datePublished);
            }
            for (Node publisher : nodes(source, Vocab.Schema.publisher, null)) {
                outlet = outlet != null ? outlet : label(publisher);
            }
        }
        return Optional.of(new Article(body, headline, outlet, published));
    }

    /** The objects of a subject's property; {@code self} first when given (the subject itself, for an article its own source). */
    private List<Node> nodes(Node s, Node p, Node self) {
        List<Node> out = new ArrayList<>();
        if (self != null) {
            out.add(self);
        }
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private String label(Node n) {
        String name = literal(n, Vocab.Schema.name);
        return name != null ? name : literal(n, Vocab.RDFS_LABEL);
    }

    private String literal(Node s, Node p) {
        if (p == null || !s.isURI() && !s.isBlank()) {
            return null;
        }
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            Iter.close(it);
        }
    }
}
