package org.etkg.export;

import org.apache.jena.riot.RDFFormat;

/** Export formats; Turtle holds one graph (the union unless a graph is named). */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY, false),
    TRIG(RDFFormat.TRIG_PRETTY, true),
    NQUADS(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    private final RDFFormat rdfFormat;
    private final boolean dataset;

    ExportFormat(RDFFormat rdfFormat, boolean dataset) {
        this.rdfFormat = rdfFormat;
        this.dataset = dataset;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the format keeps named graphs. */
    public boolean keepsGraphs() {
        return dataset;
    }

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
