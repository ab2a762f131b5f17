package org.etkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, without {@code LOAD <url>}: LOAD makes the server read any URL,
 * file: ones included (a client could copy /etc/passwd into a graph and query it), so a served
 * store loads only what a client sends (POST /load). Tells the audit log which graphs an
 * update names.
 */
final class GuardedUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(text, StandardCharsets.UTF_8), "http://base.invalid/");
        } catch (QueryParseException e) {
            // Fuseki's own parse reports it, with line and column.
            super.execute(action, new ByteArrayInputStream(text));
            return;
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> is refused: a served store reads no URL or file"
                        + " for its clients; send the data instead (POST /load with a zip or tar.gz, or the Graph Store Protocol)");
            }
        }
        action.getRequest().setAttribute(AuditLog.GRAPHS, graphs(request));
        super.execute(action, new ByteArrayInputStream(text));
    }

    /** The graphs an update names: IRIs, "default", "all", "all named", or "?var" for a graph a pattern chooses. */
    static List<String> graphs(UpdateRequest request) {
        Set<String> named = new TreeSet<>();
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateDropClear dc) {
                named.add(target(dc.getTarget()));
            } else if (u instanceof UpdateCreate c) {
                named.add(node(c.getGraph()));
            } else if (u instanceof UpdateBinaryOp b) {
                named.add(target(b.getSrc()));
                named.add(target(b.getDest()));
            } else if (u instanceof UpdateData d) {
                d.getQuads().forEach(q -> named.add(node(q.getGraph())));
            } else if (u instanceof UpdateDeleteWhere d) {
                d.getQuads().forEach(q -> named.add(node(q.getGraph())));
            } else if (u instanceof UpdateModify m) {
                m.getDeleteQuads().forEach(q -> named.add(withOr(m, q)));
                m.getInsertQuads().forEach(q -> named.add(withOr(m, q)));
            }
        }
        return List.copyOf(named);
    }

    private static String withOr(UpdateWithUsing m, Quad q) {
        return q.isDefaultGraph() && m.getWithIRI() != null ? node(m.getWithIRI()) : node(q.getGraph());
    }

    private static String target(Target t) {
        return t.isAll() ? "all" : t.isAllNamed() ? "all named" : t.isDefault() ? "default" : node(t.getGraph());
    }

    private static String node(Node g) {
        if (g == null || Quad.isDefaultGraph(g)) {
            return "default";
        }
        return g.isURI() ? g.getURI() : g.toString();
    }
}
