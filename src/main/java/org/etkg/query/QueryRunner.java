package org.etkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.etkg.EtkgException;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.search.TextQueries;
import org.etkg.store.EtkgStore;

/**
 * Runs SPARQL over the union of all graphs of a store (GRAPH ?g still reaches each named
 * graph) and writes the results in the chosen format.
 */
public final class QueryRunner {
    private final EtkgStore store;
    private final IriScheme iris;

    public QueryRunner(EtkgStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Parses a query, naming line and column of a syntax error. */
    public Query parse(String text, String sourceName) {
        try {
            Query q = QueryFactory.create(text);
            return q;
        } catch (QueryParseException e) {
            String msg = e.getMessage().replaceAll("\\s+", " ").replaceFirst("^Line \\d+, column \\d+: ", "").trim();
            throw new DataError(new Location(sourceName, Math.max(e.getLine(), 0), Math.max(e.getColumn(), 0)),
                    "SPARQL syntax error: " + msg);
        }
    }

    /** Runs a query and writes its results to {@code out} in {@code format}. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        try {
            execute(query, format, out);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new EtkgException("a SERVICE in the query could not be reached: " + e.getMessage().lines().findFirst().orElse("")
                    .replaceAll("\\?query=.*", "") + " (federated queries need network access to the endpoint)", e);
        }
    }

    private void execute(Query query, ResultFormat format, OutputStream out) {
        TextQueries.prepare(store, query);
        store.read(dsg -> {
            try (QueryExecution qe = execution(query, dsg)) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), format, query, out);
                } else if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (format) {
                        case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                        case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
                        case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                        case TABLE -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
                    }
                } else if (query.isConstructType() || query.isDescribeType()) {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    m.setNsPrefixes(Vocab.prefixes(iris));
                    Lang lang = switch (format) {
                        case JSON -> Lang.JSONLD;
                        case XML -> Lang.RDFXML;
                        case TABLE -> Lang.TURTLE;
                        default -> throw EtkgException.usage("CONSTRUCT and DESCRIBE results are RDF: use --format table (Turtle), json (JSON-LD) or xml (RDF/XML)");
                    };
                    RDFDataMgr.write(out, m, lang);
                } else {
                    throw EtkgException.usage("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run; use SPARQL Update elsewhere");
                }
            }
            return null;
        });
    }

    private QueryExecution execution(Query query, DatasetGraph dsg) {
        return UnionQuery.over(dsg, query, java.util.Map.of());
    }

    private void writeSelect(ResultSet rs, ResultFormat format, Query query, OutputStream out) {
        switch (format) {
            case TABLE -> {
                Prologue prologue = new Prologue(Vocab.prefixes(iris));
                prologue.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                ResultSetFormatter.out(out, rs, prologue);
            }
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
        }
    }
}
