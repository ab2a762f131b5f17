package org.etkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Many readers while a writer works, against a running etkg serve --update: CLIENTS threads ask
 * the competency questions of queries/ and timeline pages, and probe the store's article count,
 * for at least SECONDS; meanwhile one POST /load of a folder of new articles and one POST
 * /resolve. Every request must succeed; every probe must see the store before the load or after
 * it (the number of articles, and as many timeline graphs as articles); the p50 and p99
 * latencies and the throughput are reported. Used by LoadHeldTest (small) and by
 * src/bench/load-held.sh (32 clients, 60 s, 1,000 articles):
 *
 *   java -cp target/etkg.jar:target/test-classes org.etkg.bench.LoadHeld BASE_URL FOLDER CLIENTS SECONDS
 */
public final class LoadHeld {
    /** Articles and their timeline graphs, counted in one query: equal, and a count before or after the load. */
    static final String PROBE = """
            SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?t) AS ?timelines) WHERE {
              { GRAPH ?a { } FILTER(STRSTARTS(STR(?a), "https://w3id.org/etkg/graph/article/")) }
              UNION
              { GRAPH ?t { } FILTER(STRSTARTS(STR(?t), "https://w3id.org/etkg/graph/timeline/")) }
            }""";

    private LoadHeld() {
    }

    /** What the clients saw. */
    public record Report(long requests, List<String> failures, List<String> tornReads, double p50Millis, double p99Millis,
                         double requestsPerSecond, double seconds, double loadSeconds, double resolveSeconds,
                         long articlesBefore, long articlesAfter, String loadAnswer) {
        public String summary() {
            return String.format(Locale.ROOT, "%d requests in %.1f s (%.0f/s); p50 %.1f ms, p99 %.1f ms; %d failed, %d torn reads;"
                            + " load %.1f s (%d -> %d articles), resolve %.1f s",
                    requests, seconds, requestsPerSecond, p50Millis, p99Millis, failures.size(), tornReads.size(),
                    loadSeconds, articlesBefore, articlesAfter, resolveSeconds);
        }
    }

    public static Report run(String base, Path folder, int clients, Duration atLeast, List<String> actors) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> gets = readRequests(base, actors);
        long before = articles(http, base);
        int toLoad;
        try (Stream<Path> walk = Files.walk(folder)) {
            toLoad = (int) walk.filter(p -> p.getFileName().toString().equals("facts.yaml")).count();
        }
        long after = before + toLoad;
        Set<Long> allowed = Set.of(before, after);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong requests = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    for (int i = offset; !stop.get(); i++) {
                        // Every fourth request a probe, the rest the questions and pages in turn.
                        boolean probe = i % 4 == 0;
                        String uri = probe ? sparql(base, PROBE) : gets.get(i % gets.size());
                        long t0 = System.nanoTime();
                        HttpResponse<String> r;
                        try {
                            r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                                    .header("Accept", "application/sparql-results+json, application/json").GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (IOException e) {
                            failures.add(uri + ": " + e);
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                        requests.incrementAndGet();
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + uri + ": " + r.body().lines().findFirst().orElse(""));
                        } else if (probe) {
                            long[] n = counts(r.body());
                            if (!allowed.contains(n[0]) || n[0] != n[1]) {
                                torn.add(n[0] + " articles and " + n[1] + " timelines (before " + before + ", after " + after + ")");
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-held-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        // Let the readers settle first, so that the load meets a steady stream of them.
        Thread.sleep(Math.min(5_000, atLeast.toMillis() / 6));
        long l0 = System.nanoTime();
        String loadAnswer = post(http, base + "/load?path=" + URLEncoder.encode(folder.toAbsolutePath().toString(), StandardCharsets.UTF_8));
        double loadSeconds = (System.nanoTime() - l0) / 1e9;
        long r0 = System.nanoTime();
        post(http, base + "/resolve");
        double resolveSeconds = (System.nanoTime() - r0) / 1e9;
        long rest = atLeast.toNanos() - (System.nanoTime() - start);
        if (rest > 0) {
            Thread.sleep(rest / 1_000_000);
        }
        stop.set(true);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long finalCount = articles(http, base);
        if (finalCount != after) {
            failures.add("after the load the store holds " + finalCount + " articles, not " + after);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Report(requests.get(), List.copyOf(failures), List.copyOf(torn), percentile(sorted, 0.50), percentile(sorted, 0.99),
                requests.get() / seconds, seconds, loadSeconds, resolveSeconds, before, finalCount, loadAnswer);
    }

    /** The competency questions and timeline pages (the first page, an actor's, a month's), as GET URLs. */
    static List<String> readRequests(String base, List<String> actors) throws IOException {
        List<String> gets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                gets.add(sparql(base, Files.readString(q)));
            }
        }
        gets.add(base + "/timeline?limit=100");
        gets.add(base + "/timeline?from=2025-04&to=2025-04&limit=100");
        for (String actor : actors) {
            gets.add(base + "/timeline?limit=100&actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8));
        }
        return gets;
    }

    static String sparql(String base, String query) {
        return base + "/etkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static long articles(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql(base, PROBE)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the probe failed: " + r.statusCode() + " " + r.body());
        }
        return counts(r.body())[0];
    }

    static long[] counts(String json) {
        JsonObject row = JSON.parse(json).getObj("results").get("bindings").getAsArray().get(0).getAsObject();
        return new long[] {Long.parseLong(row.getObj("articles").getString("value")),
            Long.parseLong(row.getObj("timelines").getString("value"))};
    }

    static String post(HttpClient http, String uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(30))
                .header("X-Requested-By", "etkg").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST " + uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().strip();
    }

    static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, i))) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadHeld BASE_URL FOLDER CLIENTS SECONDS [ACTOR ...]");
            System.exit(2);
        }
        List<String> actors = args.length > 4 ? List.of(args).subList(4, args.length) : List.of("Mohammad Sadiq");
        Report r = run(args[0], Path.of(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(Long.parseLong(args[3])), actors);
        System.out.println(r.summary());
        System.out.println("load answered: " + r.loadAnswer());
        r.failures().stream().limit(10).forEach(f -> System.out.println("failed: " + (f.length() > 240 ? f.substring(0, 120) + " … " + f.substring(f.length() - 100) : f)));
        r.tornReads().stream().limit(10).forEach(f -> System.out.println("torn: " + f));
        System.exit(r.failures().isEmpty() && r.tornReads().isEmpty() ? 0 : 1);
    }
}
