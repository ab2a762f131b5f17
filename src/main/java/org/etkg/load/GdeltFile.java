package org.etkg.load;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.model.RoleType;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;

/**
 * A GDELT 2.0 event file ({@code *.export.CSV}, plain or zipped: tab-separated, no header, 61
 * columns) read as a dataset graph: each row a sem:Event (an etkg:ImportedEvent, whose evidence is
 * the row, not an article's words) with its CAMEO type, day, actors with their CAMEO actor codes,
 * and its action place with coordinates. A row that is not GDELT's is refused with file:line:column.
 */
public final class GdeltFile {
    public static final int COLUMNS = 61;
    private static final Pattern NAME = Pattern.compile("(?i).*\\.export\\.csv(\\.zip)?$");
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Ontology ontology;
    private final IriScheme iris;
    private final Terms terms;

    public GdeltFile(Ontology ontology) {
        this.ontology = ontology;
        this.iris = ontology.iris();
        this.terms = iris.terms();
    }

    public static boolean isGdelt(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /** "20250416.export.CSV.zip" is the dataset "20250416-export". */
    public static String graphName(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csv(\\.zip)?$", "");
        return name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-|-$", "");
    }

    public Graph read(Path file) {
        return read(file, null);
    }

    /** @param badRows where bad rows go to be left out and reported; null to refuse the file at the first */
    public Graph read(Path file, java.util.function.Consumer<DataError> badRows) {
        return read(file, badRows, GdeltFilter.ALL, new RowCounts());
    }

    /**
     * How many rows a load read, kept (they passed the filter) and refused (they did not); and of
     * mentions files, the mentions read, kept and passed over (their event is not in the store).
     */
    public static final class RowCounts {
        long read;
        long kept;
        long refused;
        int mentionFiles;
        long mentionsRead;
        long mentionsKept;
        long mentionsPassedOver;

        public long read() {
            return read;
        }

        public long kept() {
            return kept;
        }

        public long refused() {
            return refused;
        }

        /** Whether the load read a mentions file. */
        public boolean mentions() {
            return mentionFiles > 0;
        }

        public long mentionsRead() {
            return mentionsRead;
        }

        public long mentionsKept() {
            return mentionsKept;
        }

        public long mentionsPassedOver() {
            return mentionsPassedOver;
        }

        void add(RowCounts other) {
            read += other.read;
            kept += other.kept;
            refused += other.refused;
            mentionFiles += other.mentionFiles;
            mentionsRead += other.mentionsRead;
            mentionsKept += other.mentionsKept;
            mentionsPassedOver += other.mentionsPassedOver;
        }
    }

    /**
     * @param filter the rows to keep, looked at on the line before anything else is done with it
     * @param counts where the rows read, kept and refused are counted
     */
    public Graph read(Path file, java.util.function.Consumer<DataError> badRows, GdeltFilter filter, RowCounts counts) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> places = new HashSet<>();
        Set<Node> actors = new HashSet<>();
        GdeltLines.rows(file, (bytes, from, to) -> {
            counts.read++;
            if (filter.keeps(bytes, from, to)) {
                counts.kept++;
                return true;
            }
            counts.refused++;
            return false;
        }, (lineNo, fields) -> {
            if (badRows == null) {
                row(g, file, lineNo, fields, actors, places);
            } else {
                // A row is checked whole before any of its triples is added, so a bad one leaves nothing behind.
                try {
                    row(g, file, lineNo, fields, actors, places);
                } catch (DataError e) {
                    badRows.accept(e);
                }
            }
        });
        Node graphName = iris.datasetGraph(graphName(file));
        g.add(Triple.create(graphName, Vocab.RDF_TYPE, Vocab.Prov.Entity));
        g.add(Triple.create(graphName, Vocab.Prov.wasDerivedFrom, NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString())));
        g.add(Triple.create(graphName, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("GDELT events " + graphName(file), "en")));
        return g;
    }

    /** One row of a GDELT file: its line number and its tab-separated fields, as many as the line has. */
    @FunctionalInterface
    public interface Row {
        void accept(int line, String[] fields);
    }

    /** Hands each non-empty line of a GDELT file (plain or zipped) to {@code each}, split at the tabs. */
    public static void rows(Path file, Row each) {
        GdeltLines.rows(file, (bytes, from, to) -> true, each);
    }

    private void row(Graph g, Path file, int line, String[] f, Set<Node> actors, Set<Node> places) {
        if (f.length != COLUMNS) {
            throw new DataError(new Location(file.toString(), line, 1), "a GDELT 2.0 event row has " + COLUMNS
                    + " tab-separated columns; this one has " + f.length
                    + (f.length == 57 || f.length == 58 ? " (GDELT 1.0's daily files have 57 or 58, and are named as 2.0's are:"
                            + " etkg reads GDELT 2.0, the 15-minute files of data.gdeltproject.org/gdeltv2/)" : ""));
        }
        String id = f[0];
        if (!id.matches("\\d{1,19}")) {
            throw error(file, line, f, 0, "GLOBALEVENTID '" + id + "' is not a number");
        }
        LocalDate day = day(file, line, f);
        String code = f[26];
        if (ontology.eventClass(Ontology.CAMEO_PREFIX + code).isEmpty()) {
            throw error(file, line, f, 26, "EventCode '" + code + "' is not a CAMEO 1.1b3 code");
        }
        for (int c : new int[] {56, 57}) {
            if (!f[c].isEmpty() && !NUMBER.matcher(f[c]).matches()) {
                throw error(file, line, f, c, (c == 56 ? "ActionGeo_Lat" : "ActionGeo_Long") + " '" + f[c] + "' is not a number");
            }
        }
        Node event = iris.gdelt("event/" + id);
        Node type = iris.concept(Scheme.CAMEO, code);
        g.add(Triple.create(event, Vocab.RDF_TYPE, Vocab.Sem.Event));
        g.add(Triple.create(event, Vocab.RDF_TYPE, terms.ImportedEvent));
        g.add(Triple.create(event, Vocab.Sem.eventType, type));
        Node name = ontology.graph().find(type, Vocab.SKOS_PREF_LABEL, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        g.add(Triple.create(event, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang("GDELT event " + id
                + (name == null ? "" : ": " + name.getLiteralLexicalForm()), "en")));
        g.add(Triple.create(event, Vocab.Sem.hasTimeStamp, NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate)));
        actor(g, event, "actor1", f[5], f[6], RoleType.AGENT, actors);
        actor(g, event, "actor2", f[15], f[16], RoleType.PARTICIPANT, actors);
        if (!f[52].isEmpty()) {
            String key = !f[58].isEmpty() ? f[58].replaceAll("[^A-Za-z0-9-]", "-") : (f[53] + "-" + f[56] + "-" + f[57]).replaceAll("[^A-Za-z0-9.-]", "-");
            Node place = iris.gdelt("place/" + key);
            g.add(Triple.create(event, Vocab.Sem.hasPlace, place));
            if (places.add(place)) {
                g.add(Triple.create(place, Vocab.RDF_TYPE, Vocab.Sem.Place));
                g.add(Triple.create(place, Vocab.RDF_TYPE, Vocab.Schema.Place));
                g.add(Triple.create(place, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(f[52], "en")));
                if (!f[53].isEmpty()) {
                    g.add(Triple.create(place, terms.fipsCountryCode, NodeFactory.createLiteralString(f[53])));
                }
                if (!f[56].isEmpty() && !f[57].isEmpty()) {
                    Node geometry = iris.child(place, "geometry");
                    g.add(Triple.create(place, Vocab.Geo.hasGeometry, geometry));
                    g.add(Triple.create(geometry, Vocab.RDF_TYPE, Vocab.Geo.Geometry));
                    g.add(Triple.create(geometry, Vocab.Geo.asWKT, NodeFactory.createLiteralDT("POINT(" + f[57] + " " + f[56] + ")",
                            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.Geo.wktLiteral))));
                }
            }
        }
        if (f[60].matches("https?://\\S+")) {
            g.add(Triple.create(event, Vocab.Schema.url, NodeFactory.createURI(f[60])));
        }
    }

    private void actor(Graph g, Node event, String slot, String code, String name, RoleType role, Set<Node> actors) {
        if (code.isEmpty() && name.isEmpty()) {
            return;
        }
        String key = (code + "-" + name).replaceAll("[^A-Za-z0-9-]+", "-");
        Node actor = iris.gdelt("actor/" + key);
        Node r = iris.child(event, slot);
        g.add(Triple.create(event, Vocab.Sem.hasActor, r));
        g.add(Triple.create(r, Vocab.RDF_TYPE, Vocab.Sem.Role));
        g.add(Triple.create(r, Vocab.RDF_VALUE, actor));
        g.add(Triple.create(r, Vocab.Sem.roleType, iris.concept(Scheme.ROLE, role.id())));
        if (actors.add(actor)) {
            g.add(Triple.create(actor, Vocab.RDF_TYPE, Vocab.Sem.Actor));
            g.add(Triple.create(actor, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(name.isEmpty() ? code : name, "en")));
            if (!code.isEmpty()) {
                g.add(Triple.create(actor, terms.cameoActorCode, NodeFactory.createLiteralString(code)));
            }
        }
    }

    /** A row's SQLDATE; refused at its line and column when it is not a day written YYYYMMDD. */
    public static LocalDate day(Path file, int line, String[] f) {
        try {
            if (!DAY.matcher(f[1]).matches()) {
                throw new DateTimeException("not 8 digits");
            }
            return LocalDate.of(Integer.parseInt(f[1].substring(0, 4)), Integer.parseInt(f[1].substring(4, 6)),
                    Integer.parseInt(f[1].substring(6, 8)));
        } catch (DateTimeException e) {
            throw error(file, line, f, 1, "SQLDATE '" + f[1] + "' is not a date YYYYMMDD");
        }
    }

    private static DataError error(Path file, int line, String[] f, int c, String problem) {
        int column = 1;
        for (int i = 0; i < c; i++) {
            column += f[i].length() + 1;
        }
        return new DataError(new Location(file.toString(), line, column), problem);
    }
}
