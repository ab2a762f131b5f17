package org.etkg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.etkg.search.SearchService;
import org.etkg.search.SearchWriter;
import org.etkg.search.TextDocuments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Find words in the store's names, quotes, statements and headlines.",
        description = {
            "Look the words up in the store's text index (Lucene, through jena-text): the labels and",
            "alternative labels of people, organisations, places and events, the quotes that evidence",
            "them, the statements' texts and the headlines. Every word must be there (write OR between",
            "words for any of them; \"quoted words\" for a phrase; azi* for a prefix). Best hits first, each",
            "with its article, the quote and the date. A store loaded before etkg kept a text index",
            "needs etkg reindex first."
        })
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "the words to find")
    List<String> words;

    @Option(names = "--kind", paramLabel = "KIND", description = "only hits on a person, an event or a statement: one of person, event, statement")
    Kind kind;

    @Option(names = "--from", paramLabel = "DATE", description = "only hits dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "only hits dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    SearchWriter.Format format;

    /** The kinds --kind takes (hits on organisations, places and headlines come without it). */
    enum Kind {
        person, event, statement
    }

    @Override
    public Integer call() {
        SearchService.Request request = new SearchService.Request(String.join(" ", words),
                kind == null ? null : TextDocuments.Kind.valueOf(kind.name()), from, to, limit);
        SearchWriter.write(SearchService.search(storeOptions.store(), request), format, spec.commandLine().getOut());
        return 0;
    }
}
