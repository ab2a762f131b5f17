package org.etkg.query;

/** Output formats of query results. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    /** As written on the command line and in help. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
