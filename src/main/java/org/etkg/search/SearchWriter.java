package org.etkg.search;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import org.etkg.export.Csv;

/** Search hits as a table to read, CSV (one row per hit) or JSON (an array of hits). */
public final class SearchWriter {
    public enum Format {
        TABLE, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final List<String> COLUMNS = List.of("date", "article", "kind", "name", "field", "matched", "quote", "subject", "score");

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private SearchWriter() {
    }

    public static void write(List<SearchService.Hit> hits, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(hits, out);
            case CSV -> csv(hits, out);
            case JSON -> out.println(GSON.toJson(hits));
        }
        out.flush();
    }

    private static List<String> cells(SearchService.Hit h) {
        return java.util.Arrays.asList(h.date(), h.article(), h.kind(), h.name(), h.field(), h.matched(), h.quote(), h.subject(),
                String.format(Locale.ROOT, "%.3f", h.score()));
    }

    private static void csv(List<SearchService.Hit> hits, PrintWriter out) {
        var printer = Csv.printer(out, COLUMNS);
        hits.forEach(h -> Csv.record(printer, cells(h)));
        Csv.flush(printer);
    }

    private static void table(List<SearchService.Hit> hits, PrintWriter out) {
        if (hits.isEmpty()) {
            out.println("No hits.");
            return;
        }
        for (SearchService.Hit h : hits) {
            out.printf("%-10s  %s  %s  %s%n", h.date() == null ? "(undated)" : h.date(), h.article(), h.kind(),
                    h.name() == null ? h.matched() : h.name());
            if (!h.matched().equals(h.name())) {
                out.printf("            %s: %s%n", h.field(), h.matched());
            }
            if (h.quote() != null && !h.quote().equals(h.matched())) {
                out.printf("            quote: \u201c%s\u201d%n", h.quote());
            }
        }
        out.printf("%d hit(s)%n", hits.size());
    }
}
