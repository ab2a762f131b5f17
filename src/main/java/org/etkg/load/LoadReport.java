package org.etkg.load;

import java.util.List;

/** What a load put in the store. */
public record LoadReport(List<String> articles, List<String> datasets, long events, long statements, long triples, int graphs) {
    public LoadReport {
        articles = List.copyOf(articles);
        datasets = List.copyOf(datasets);
    }
}
