package org.etkg.load;

import java.util.List;

/**
 * What a load put in the store.
 *
 * @param gdeltRows the GDELT rows read, kept and refused by the filter; null when the load read no GDELT file
 */
public record LoadReport(List<String> articles, List<String> datasets, long events, long statements, long triples, int graphs,
                         GdeltFile.RowCounts gdeltRows) {
    public LoadReport {
        articles = List.copyOf(articles);
        datasets = List.copyOf(datasets);
    }

    public LoadReport(List<String> articles, List<String> datasets, long events, long statements, long triples, int graphs) {
        this(articles, datasets, events, statements, triples, graphs, null);
    }
}
