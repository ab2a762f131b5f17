package org.etkg.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Vocab;

/**
 * A GDELT 2.0 mentions file ({@code *.mentions.CSV}, plain or zipped: tab-separated, no header, 16
 * columns) read as a dataset graph: each mention of an event the store holds is a report of it
 * ({@code ?event sem:accordingTo ?report}, the report a schema:NewsArticle with its URL, outlet and
 * time), so that an analyst can go from a GDELT event to the articles behind it. A mention of an event
 * the store does not hold (its row filtered out, or its file not loaded) is counted and passed over:
 * without its event it would be a report of nothing.
 */
public final class GdeltMentions {
    public static final int COLUMNS = 16;
    private static final Pattern NAME = Pattern.compile("(?i).*\\.mentions\\.csv(\\.zip)?$");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{14}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** MentionType 1 is a web page, whose MentionIdentifier is its URL; the others cite a document by other means. */
    private static final String WEB = "1";
    /** With its seconds always (LocalDateTime's own text leaves out ":00", which xsd:dateTime does not allow). */
    private static final DateTimeFormatter XSD_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter LABEL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final IriScheme iris;

    public GdeltMentions(IriScheme iris) {
        this.iris = iris;
    }

    public static boolean isMentions(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /**
     * @param badRows     where bad rows go to be left out and reported; null to refuse the file at the first
     * @param knownEvents whether the store (or this load, before this file) holds the event of this GLOBALEVENTID
     * @param counts      where the mentions read, kept and passed over are counted
     */
    public Graph read(Path file, Consumer<DataError> badRows, LongPredicate knownEvents, GdeltFile.RowCounts counts) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> outlets = new HashSet<>();
        counts.mentionFiles++;
        GdeltLines.rows(file, (bytes, from, to) -> {
            counts.mentionsRead++;
            // The event's id is read off the line's bytes: most of a month's mentions are of events a region's
            // filter left out, and they should cost a scan, not 16 strings. A line whose first field is not an
            // id is kept, so that the row's own checks refuse it at its column.
            long id = leadingId(bytes, from, to);
            if (id < 0 || knownEvents.test(id)) {
                return true;
            }
            counts.mentionsPassedOver++;
            return false;
        }, (lineNo, fields) -> {
            try {
                row(g, file, lineNo, fields, outlets);
                counts.mentionsKept++;
            } catch (DataError e) {
                if (badRows == null) {
                    throw e;
                }
                badRows.accept(e);
            }
        });
        Node graphName = iris.datasetGraph(DatasetFiles.graphName(file));
        g.add(Triple.create(graphName, Vocab.RDF_TYPE, Vocab.Prov.Entity));
        g.add(Triple.create(graphName, Vocab.Prov.wasDerivedFrom, NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString())));
        g.add(Triple.create(graphName, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("GDELT mentions " + DatasetFiles.graphName(file), "en")));
        return g;
    }

    /** The GLOBALEVENTID at the start of the line, or -1 when the first field is not one. */
    static long leadingId(byte[] bytes, int from, int to) {
        long id = 0;
        int i = from;
        for (; i < to && bytes[i] != '\t'; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9 || i - from >= 18) {
                return -1;
            }
            id = id * 10 + d;
        }
        return i == from ? -1 : id;
    }

    /** Checks the row whole, then adds its triples: a bad row leaves nothing behind. */
    private void row(Graph g, Path file, int line, String[] f, Set<Node> outlets) {
        if (f.length != COLUMNS) {
            throw new DataError(new Location(file.toString(), line, 1), "a GDELT 2.0 mentions row has " + COLUMNS
                    + " tab-separated columns; this one has " + f.length);
        }
        if (!ID.matcher(f[0]).matches()) {
            throw error(file, line, f, 0, "GLOBALEVENTID '" + f[0] + "' is not a number");
        }
        timestamp(file, line, f, 1, "EventTimeDate");
        LocalDateTime when = timestamp(file, line, f, 2, "MentionTimeDate");
        String type = f[3];
        if (!type.matches("[1-6]")) {
            throw error(file, line, f, 3, "MentionType '" + type + "' is not one of GDELT's 1-6 (1 is a web page)");
        }
        String identifier = f[5];
        if (identifier.isEmpty()) {
            throw error(file, line, f, 5, "MentionIdentifier is empty: a mention names the document that made it");
        }
        Node url = null;
        if (type.equals(WEB)) {
            Location at = location(file, line, f, 5);
            Iris.checkIri(identifier, at);
            if (!identifier.regionMatches(true, 0, "http://", 0, 7) && !identifier.regionMatches(true, 0, "https://", 0, 8)) {
                throw new DataError(at, "MentionIdentifier '" + identifier + "' of a web page (MentionType 1) is not an http(s) URL");
            }
            url = NodeFactory.createURI(identifier);
        }
        Node event = iris.gdelt("event/" + f[0]);
        // One report per document, whichever events it mentions: its IRI is a digest of the identifier.
        Node report = iris.gdelt("report/" + digest(identifier));
        String outlet = f[4];
        Node time = NodeFactory.createLiteralDT(XSD_TIME.format(when), XSDDatatype.XSDdateTime);
        g.add(Triple.create(event, Vocab.Sem.accordingTo, report));
        g.add(Triple.create(report, Vocab.RDF_TYPE, Vocab.Schema.NewsArticle));
        g.add(Triple.create(report, Vocab.RDF_TYPE, Vocab.Prov.Entity));
        g.add(Triple.create(report, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("Report" + (outlet.isEmpty() ? "" : " by " + outlet)
                + ", " + LABEL_TIME.format(when) + " UTC", "en")));
        g.add(Triple.create(report, Vocab.Schema.datePublished, time));
        if (url != null) {
            g.add(Triple.create(report, Vocab.Schema.url, url));
        } else {
            g.add(Triple.create(report, IDENTIFIER, NodeFactory.createLiteralString(identifier)));
        }
        if (!outlet.isEmpty()) {
            Node publisher = iris.gdelt("outlet/" + outlet.replaceAll("[^A-Za-z0-9.-]+", "-"));
            g.add(Triple.create(report, Vocab.Schema.publisher, publisher));
            if (outlets.add(publisher)) {
                g.add(Triple.create(publisher, Vocab.RDF_TYPE, Vocab.Schema.NewsMediaOrganization));
                g.add(Triple.create(publisher, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(outlet, "en")));
            }
        }
    }

    /** schema.org's identifier: a document GDELT cites by other means than a URL (MentionType 2-6). */
    static final Node IDENTIFIER = NodeFactory.createURI(Vocab.SCHEMA + "identifier");

    /** A GDELT timestamp YYYYMMDDHHMMSS (UTC); refused at its line and column when it is not one. */
    private static LocalDateTime timestamp(Path file, int line, String[] f, int c, String column) {
        String s = f[c];
        try {
            if (!TIMESTAMP.matcher(s).matches()) {
                throw new DateTimeException("not 14 digits");
            }
            return LocalDateTime.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)), Integer.parseInt(s.substring(8, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw error(file, line, f, c, column + " '" + s + "' is not a time YYYYMMDDHHMMSS");
        }
    }

    private static String digest(String identifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Location location(Path file, int line, String[] f, int c) {
        int column = 1;
        for (int i = 0; i < c; i++) {
            column += f[i].length() + 1;
        }
        return new Location(file.toString(), line, column);
    }

    private static DataError error(Path file, int line, String[] f, int c, String problem) {
        return new DataError(location(file, line, f, c), problem);
    }
}
