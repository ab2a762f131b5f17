package org.etkg.query;

/** Output formats of query results. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML
}
