package org.etkg.bench;

import org.etkg.index.TimelineEntry;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.etkg.query.NamedQueries;
import org.etkg.query.QueryRunner;
import org.etkg.query.ResultFormat;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.etkg.timeline.TimelineFilter;
import org.etkg.timeline.TimelineService;

/**
 * Warm in-process latency of every competency question and of the timeline for actors
 * (comma-separated) and for one month, on a store: 3 warm-up runs, then up to 10 timed
 * runs (fewer when a query is slow), and of etkg search when the store has a text index. Prints
 * "name median_ms p95_ms runs". Run by src/bench/benchmark.sh; -Detkg.bench.queriesOnly=true
 * stops after the questions and the searches.
 */
public final class QueryLatency {
    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path queries = Path.of(args.length > 1 ? args[1] : "queries");
        String actor = args.length > 2 ? args[2] : "Farid Rahimi";
        String month = args.length > 3 ? args[3] : "2021-03";
        String place = args.length > 4 ? args[4] : "Ghazni";
        String type = args.length > 5 ? args[5] : "meeting";
        IriScheme iris = IriScheme.defaults();
        try (EtkgStore store = EtkgStore.openExisting(storeDir)) {
            QueryRunner runner = new QueryRunner(store, iris);
            OutputStream sink = OutputStream.nullOutputStream();
            for (Map.Entry<String, NamedQueries.NamedQuery> q : NamedQueries.list(queries).entrySet()) {
                Query query = runner.parse(q.getValue().text(), q.getKey());
                report(q.getKey(), () -> runner.run(query, ResultFormat.JSON, sink));
            }
            // etkg search as the command runs it (the index's last commit opened each time), when the store has a text index.
            if (org.etkg.search.TextIndex.exists(storeDir)) {
                for (String words : List.of("security talks", "rahimi", "border OR trade")) {
                    report("search " + words, () -> org.etkg.search.SearchService.search(storeDir,
                            new org.etkg.search.SearchService.Request(words, null, null, null, 20)));
                }
            }
            if (Boolean.getBoolean("etkg.bench.queriesOnly")) {
                return;
            }
            // As `etkg serve` holds it: the whole index in memory, read before the first timed request.
            TimelineService timeline = TimelineService.keptInMemory(store, iris);
            long read = System.nanoTime();
            timeline.awaitMemory(java.time.Duration.ofMinutes(10));
            System.out.printf("%-34s %10.0f ms%n", "timeline-index-into-memory", (System.nanoTime() - read) / 1e6);
            org.etkg.timeline.Paging firstPage = new org.etkg.timeline.Paging(100, 0, null);
            for (String name : actor.split(",")) {
                report("timeline-actor " + name, () -> timeline.timeline(new TimelineFilter(null, null, name, null)));
                report("timeline-actor-page100 " + name, () -> timeline.page(new TimelineFilter(null, null, name, null), firstPage));
            }
            // The most cited actor's whole timeline written as JSON, row by row as it is read
            // (TimelineService.stream, as `etkg timeline --format json` and GET /timeline write it):
            // rows per second from the request to the last byte, median of 5 runs. With each
            // identity's spellings (the README's figure), and with each quote in its paragraph too,
            // which is what the command line's JSON carries.
            String most = actor.split(",")[actor.split(",").length - 1];
            for (org.etkg.timeline.PageDetail detail : List.of(org.etkg.timeline.PageDetail.SPELLINGS, org.etkg.timeline.PageDetail.IN_CONTEXT)) {
                List<Double> rates = new ArrayList<>();
                int count = 0;
                for (int run = 0; run < 5; run++) {
                    long t0 = System.nanoTime();
                    java.io.PrintWriter nowhere = new java.io.PrintWriter(OutputStream.nullOutputStream());
                    org.etkg.timeline.RowWriter rows = org.etkg.timeline.TimelineFormat.JSON.rows(new org.etkg.timeline.TimelineWriter.Options("", 0, false), nowhere);
                    count = timeline.stream(new TimelineFilter(null, null, most, null), org.etkg.timeline.Paging.ALL, detail, rows).size();
                    rows.finish();
                    rates.add(count / ((System.nanoTime() - t0) / 1e9));
                }
                Collections.sort(rates);
                System.out.printf("%-34s %10.0f rows/s (%d rows, median of 5 runs; target >= 50000 rows/s)%n",
                        "timeline-actor-stream" + (detail == org.etkg.timeline.PageDetail.IN_CONTEXT ? "-in-context " : " ") + most,
                        rates.get(2), count);
            }
            LocalDate first = LocalDate.parse(month + "-01");
            TimelineFilter oneMonth = new TimelineFilter(first, first.plusMonths(1).minusDays(1), null, null);
            report("timeline-month", () -> timeline.timeline(oneMonth));
            report("timeline-month-page100", () -> timeline.page(oneMonth, firstPage));
            report("timeline-all-page100", () -> timeline.page(TimelineFilter.all(), firstPage));
            report("timeline-place-page100 " + place, () -> timeline.page(new TimelineFilter(null, null, null, place), firstPage));
            report("timeline-type-page100 " + type, () -> timeline.page(TimelineFilter.of(null, null, null, null, type, null, ""), firstPage));
        }
    }

    private static void report(String name, Runnable work) {
        List<Double> times = new ArrayList<>();
        long budget = System.nanoTime() + 60_000_000_000L;
        for (int i = 0; i < 13 && System.nanoTime() < budget; i++) {
            long t = System.nanoTime();
            work.run();
            if (i >= 3 || System.nanoTime() - t > 5_000_000_000L) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p95 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1));
        System.out.printf("%-34s %10.1f %10.1f %5d%n", name, median, p95, times.size());
    }
}
