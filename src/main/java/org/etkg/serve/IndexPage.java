package org.etkg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.owasp.encoder.Encode;
import org.etkg.query.NamedQueries;
import org.etkg.query.UnionQuery;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/** The page at /: what the dataset holds, its endpoints, and the competency questions to run. */
final class IndexPage extends HttpServlet {
    private static final String COUNTS = """
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?statement) AS ?statements)
            WHERE {
              { ?article schema:articleBody ?b } UNION { ?event a sem:Event } UNION { ?statement a etkg:Statement }
            }""";

    /** Runs a competency question when its button is clicked, and shows the answer as a table. */
    private static final String SCRIPT = "document.querySelectorAll('button[data-query]').forEach(function(b){b.addEventListener('click',function(){"
                + "var box=document.getElementById('results');box.textContent='Running…';"
                + "fetch('" + EtkgServer.DATASET + "/sparql',{method:'POST',headers:{'Content-Type':'application/sparql-query','Accept':'application/sparql-results+json'},body:b.dataset.query})"
                + ".then(function(r){if(!r.ok){throw new Error('HTTP '+r.status);}return r.json();}).then(function(j){"
                + "var t=document.createElement('table'),h=t.insertRow();j.head.vars.forEach(function(v){var th=document.createElement('th');th.textContent=v;h.appendChild(th);});"
                + "j.results.bindings.forEach(function(row){var tr=t.insertRow();j.head.vars.forEach(function(v){tr.insertCell().textContent=row[v]?row[v].value:'';});});"
                + "box.textContent='';box.appendChild(t);}).catch(function(e){box.textContent='Query failed: '+e.message;});});});";
    /** Only the page's own script runs (by its hash); requests go to this server only. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'self'; script-src "
            + org.etkg.timeline.HtmlWriter.scriptHashes("<script>" + SCRIPT + "</script>");

    private final transient EtkgStore store;
    private final transient IriScheme iris;
    private final transient EtkgServer.Options options;

    IndexPage(EtkgStore store, IriScheme iris, EtkgServer.Options options) {
        this.store = store;
        this.iris = iris;
        this.options = options;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI()) && !"/index.html".equals(req.getRequestURI())) {
            resp.sendError(404, "Not found: " + req.getRequestURI());
            return;
        }
        long[] counts = store.read(dsg -> {
            long[] c = new long[5];
            UnionQuery.select(dsg, Vocab.sparqlPrefixes(iris) + COUNTS, s -> {
                c[0] = s.getLiteral("articles").getLong();
                c[1] = s.getLiteral("events").getLong();
                c[2] = s.getLiteral("statements").getLong();
            });
            dsg.listGraphNodes().forEachRemaining(g -> c[3]++);
            c[4] = dsg.stream().count();
            return c;
        });
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", POLICY);
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>etkg SPARQL endpoint</title>");
        out.println("<link rel=\"icon\" href=\"data:,\"><style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#1d2330}"
                + "code{background:#f1f3f6;padding:1px 4px;border-radius:3px}table{border-collapse:collapse}td,th{border:1px solid #d5dae2;padding:3px 8px;text-align:left;vertical-align:top}"
                + "li{margin:4px 0}button{font:inherit;cursor:pointer}#results{overflow-x:auto;margin-top:12px}.q{color:#5d6675}</style></head><body>");
        out.println("<h1>etkg — event-timeline knowledge graph</h1>");
        // The store's folder by its name only: where it sits on the server is no client's business.
        out.printf("<p>Store <code>%s</code> holds %d article(s), %d events and statements (%d of them statements) in %d named graphs, %d quads.</p>%n",
                Encode.forHtml(String.valueOf(store.dir().toAbsolutePath().getFileName())), counts[0], counts[1], counts[2], counts[3], counts[4]);
        out.printf("<p>SPARQL query: <code>%s/sparql</code> (GET or POST; JSON, XML, CSV, TSV results; any RDF syntax for CONSTRUCT). "
                + "Graph Store Protocol (read): <code>%s/get?graph=IRI</code>. The default graph is the union of all graphs. "
                + "Every query stops after %d s and returns at most %d rows. %s</p>%n",
                EtkgServer.DATASET, EtkgServer.DATASET, options.timeout().toSeconds(), options.maxRows(),
                options.update() ? "Updates are allowed at <code>" + EtkgServer.DATASET + "/update</code>." : "The endpoint is read-only.");
        if (options.security().draftsRoot() != null) {
            out.println("<p>Drafts to correct: <a href=\"/review/\">the review page</a>.</p>");
        }
        out.println("<h2>Competency questions</h2><ol>");
        for (Map.Entry<String, NamedQueries.NamedQuery> e : NamedQueries.list(Path.of("queries")).entrySet()) {
            String text = e.getValue().forBase(iris.base()).text();
            String href = EtkgServer.DATASET + "/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            out.printf("<li><button type=\"button\" data-query=\"%s\">Run</button> %s <span class=\"q\">(<a href=\"%s&amp;output=csv\">CSV</a>, "
                    + "<a href=\"%s&amp;output=json\">JSON</a>; %s)</span></li>%n",
                    Encode.forHtml(text), Encode.forHtml(e.getValue().question()), Encode.forHtml(href), Encode.forHtml(href), Encode.forHtml(e.getKey()));
        }
        out.println("</ol><div id=\"results\"></div>");
        out.println("<script>" + SCRIPT + "</script>");
        out.println("</body></html>");
    }

}
