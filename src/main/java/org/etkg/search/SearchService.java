package org.etkg.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.etkg.EtkgException;


/**
 * {@code etkg search}: words in the store's labels, quotes, statement texts and headlines,
 * found in its text index, best first, each hit with its article, the quote and the date.
 * The words are Lucene's query syntax; every word must be there unless joined by OR.
 */
public final class SearchService {
    private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** What to look for: {@code kind} null for every kind; {@code from}/{@code to} a year, month or day, null for open. */
    public record Request(String words, TextDocuments.Kind kind, String from, String to, int limit) {
        public Request {
            if (words == null || words.isBlank()) {
                throw EtkgException.usage("search: give the words to look for");
            }
            if (from != null && !DAY.matcher(from).matches()) {
                throw EtkgException.usage("--from '" + from + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
            }
            if (to != null && !DAY.matcher(to).matches()) {
                throw EtkgException.usage("--to '" + to + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
            }
            if (limit < 1) {
                throw EtkgException.usage("--limit must be 1 or more, not " + limit);
            }
        }
    }

    /** One hit: the article, what was found (kind, its IRI and name, the field and text), the quote to show, the date. */
    public record Hit(String article, String kind, String subject, String name, String field, String matched, String quote,
                      String date, float score) {
    }

    private SearchService() {
    }

    /** The hits in the text index of the store in {@code storeDir}, which is read as last committed (the store itself is not opened). */
    public static List<Hit> search(Path storeDir, Request request) {
        Query query = query(request);
        return TextIndex.readCommitted(storeDir, searcher -> {
            try {
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc sd : searcher.search(query, request.limit()).scoreDocs) {
                    Document d = stored.document(sd.doc);
                    hits.add(new Hit(d.get(TextDocuments.ARTICLE), d.get(TextDocuments.KIND), d.get(TextDocuments.URI),
                            d.get(TextDocuments.NAME), field(d), d.get(TextDocuments.ALL), d.get(TextDocuments.SHOWN),
                            d.get(TextDocuments.DAY), sd.score));
                }
                return hits;
            } catch (IOException e) {
                throw new EtkgException("cannot read the text index of " + storeDir + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The text fields, by name only: a search touches no Jena class (TextDocuments.FIELDS names
     * RDF terms, whose classes would start Jena's initialisation from the middle of a vocabulary).
     */
    private static final List<String> TEXT_FIELDS = List.of(TextDocuments.LABEL, TextDocuments.QUOTE, TextDocuments.TEXT,
            TextDocuments.HEADLINE);

    private static String field(Document d) {
        for (String f : TEXT_FIELDS) {
            if (d.get(f) != null) {
                return f;
            }
        }
        return TextDocuments.ALL;
    }

    static Query query(Request request) {
        QueryParser parser = new QueryParser(TextDocuments.ALL, new StandardAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query words;
        try {
            words = parser.parse(request.words());
        } catch (ParseException e) {
            throw EtkgException.usage("search: cannot read '" + request.words() + "' as search words: "
                    + e.getMessage().lines().findFirst().orElse("") + " (put words with + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / in quotes, or leave those out)");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (request.kind() != null) {
            b.add(new TermQuery(new Term(TextDocuments.KIND, request.kind().name())), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            // Days are ISO dates: a year or month as given sorts before each of its days, and as an upper bound with \uffff after every one.
            b.add(TermRangeQuery.newStringRange(TextDocuments.DAY, request.from(), request.to() == null ? null : request.to() + "\uffff",
                    true, true), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
