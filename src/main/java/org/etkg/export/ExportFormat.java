package org.etkg.export;

import org.apache.jena.riot.RDFFormat;

/** Export formats; Turtle holds one graph (the union unless a graph is named); GDELT and ACLED are event tables. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, false),
    TRIG(RDFFormat.TRIG_PRETTY, true),
    NQUADS(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true),
    /** Rows of the GDELT 2.0 Event table (org.etkg.eventdata), not RDF. */
    GDELT(null, false),
    /** Rows of ACLED's CSV export (org.etkg.eventdata), not RDF. */
    ACLED(null, false);

    private final RDFFormat rdfFormat;
    private final boolean dataset;

    ExportFormat(RDFFormat rdfFormat, boolean dataset) {
        this.rdfFormat = rdfFormat;
        this.dataset = dataset;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the format is an event dataset's table rather than RDF. */
    public boolean eventTable() {
        return rdfFormat == null;
    }

    /** Whether the format keeps named graphs. */
    public boolean keepsGraphs() {
        return dataset;
    }

    /**
     * The format a file's name asks for: .ttl, .trig, .nq (or .nquads), .jsonld, each also
     * gzipped (.nq.gz); empty for any other name.
     */
    public static java.util.Optional<ExportFormat> forFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        ExportFormat f = n.endsWith(".ttl") ? TURTLE : n.endsWith(".trig") ? TRIG
                : n.endsWith(".nq") || n.endsWith(".nquads") ? NQUADS : n.endsWith(".jsonld") ? JSONLD : null;
        return java.util.Optional.ofNullable(f);
    }

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
