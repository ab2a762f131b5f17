package org.etkg.search;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.etkg.store.EtkgStore;

/** SPARQL's way to the text index: jena-text's {@code text:query} property function. */
public final class TextQueries {
    /** jena-text's namespace: {@code PREFIX text: <http://jena.apache.org/text#>}. */
    public static final String NS = "http://jena.apache.org/text#";

    private TextQueries() {
    }

    /** Whether {@code query} asks the text index ({@code text:query} or another property of jena-text's). */
    public static boolean uses(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                el.patternElts().forEachRemaining(t -> {
                    if (t.getPredicate() != null && t.getPredicate().isURI() && t.getPredicate().getURI().startsWith(NS)) {
                        found.set(true);
                    }
                });
            }
        });
        return found.get();
    }

    /**
     * Lets {@code query}, when it asks the text index, find the store's: a store loaded before
     * the index is told to build it. Queries that do not ask it do not open it.
     */
    public static void prepare(EtkgStore store, Query query) {
        if (uses(query)) {
            TextIndex.required(store).attach(store.dataset());
        }
    }

    /** Makes the store's text index, when it has one, answer {@code text:query} on every query of the store (a served store). */
    public static void attachIfPresent(EtkgStore store) {
        TextIndex.of(store).ifPresent(index -> index.attach(store.dataset()));
    }
}
