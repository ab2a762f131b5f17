package org.etkg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.etkg.query.NamedQueries;
import org.etkg.query.QueryRunner;
import org.etkg.query.ResultFormat;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL query, or one of the competency questions by name.",
        description = {
            "Run a SPARQL query over the union of all graphs (GRAPH ?g reaches each named graph).",
            "QUERY is a .rq file, the name of a competency question in queries/ (see --list),",
            "or the query text itself (SELECT, ASK, CONSTRUCT, DESCRIBE or PREFIX first), as is -e TEXT."
        })
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "a .rq file, NAME of a file in queries/ without .rq, or the query text itself")
        String fileOrName;

        @Option(names = {"-e", "--expr"}, paramLabel = "TEXT", description = "the query text itself")
        String text;

        @Option(names = "--list", description = "list the competency questions of queries/ and exit")
        boolean list;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); CONSTRUCT gives Turtle, JSON-LD or RDF/XML")
    ResultFormat format;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", hidden = true,
            description = "folder of named queries (default: ${DEFAULT-VALUE})")
    Path queriesDir;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (source.list) {
            NamedQueries.list(queriesDir).values()
                    .forEach(q -> out.printf("%-28s %s%n", q.name(), q.question()));
            out.flush();
            return 0;
        }
        ResultFormat resultFormat = format;
        String text;
        String name;
        if (source.text != null) {
            text = source.text;
            name = "-e";
        } else {
            NamedQueries.NamedQuery q = NamedQueries.resolve(source.fileOrName, queriesDir).forBase(storeOptions.iris().base());
            text = q.text();
            name = q.name().equals(NamedQueries.INLINE) ? q.name() : source.fileOrName;
        }
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            QueryRunner runner = new QueryRunner(store, storeOptions.iris());
            Query query = runner.parse(text, name);
            try (OutputStream stream = OutputTarget.over(out)) {
                runner.run(query, resultFormat, stream);
            }
        }
        return 0;
    }
}
