package org.etkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.etkg.EtkgException;
import org.etkg.serve.EtkgServer;
import org.etkg.serve.Security;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store over the SPARQL protocols with an embedded Fuseki.",
        description = {
            "Serve the store over the SPARQL 1.1 protocols with an embedded Fuseki: queries at /etkg/sparql,",
            "graphs at /etkg/get, a page at / with the competency questions. Read-only unless --update;",
            "loopback only unless --host 0.0.0.0. Ctrl-C stops it cleanly.",
            "With --update, POST /load with a zip or tar.gz of article folders in the body loads them into the",
            "served store (readers see it before or after, never half) and POST /resolve resolves: the way to",
            "load while serving. --update off loopback needs --password-file (docs/security.md).",
            "With --drafts-root DIR, /review/ lists the drafts under DIR and serves etkg review's page for each."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (loopback only) or 0.0.0.0 (every interface) (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class, description = "longest a query may run (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", description = "most rows a result may have (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--update", description = "also accept SPARQL Update, Graph Store writes, POST /load and POST /resolve")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "users who may log in (HTTP Basic), Fuseki's format: 'user: MD5:<hex of the password>' a line; required with --update off loopback")
    Path passwordFile;

    @Option(names = "--read-users", paramLabel = "USER[,USER]", split = ",",
            description = "reads need a login as one of these ('*': any user of the password file); default: reads are open")
    List<String> readUsers = new ArrayList<>();

    @Option(names = "--write-users", paramLabel = "USER[,USER]", split = ",",
            description = "who may write (default: every user of the password file)")
    List<String> writeUsers = new ArrayList<>();

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "an endpoint a query's SERVICE may call (repeatable); default: SERVICE is refused")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "a site whose pages may query this server from a browser, e.g. https://dash.example.org (repeatable); default: none")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--load-root", paramLabel = "DIR",
            description = "the folder POST /load?path= may read from (paths relative to it); default: loads by upload only")
    Path loadRoot;

    @Option(names = "--drafts-root", paramLabel = "DIR",
            description = "serve the review page (as etkg review) for each draft folder under DIR at /review/; saves are writes"
                    + " (off loopback: a writer's login); Load loads into this store with --update only")
    Path draftsRoot;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "512",
            description = "largest archive POST /load takes, in megabytes (default: ${DEFAULT-VALUE})")
    long maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        if (maxRows < 1 || port < 0 || port > 65535) {
            throw EtkgException.usage("--max-rows must be at least 1 and --port between 0 and 65535");
        }
        if (maxUploadMb < 1) {
            throw EtkgException.usage("--max-upload must be at least 1 (megabytes)");
        }
        Security.UploadLimits d = Security.UploadLimits.DEFAULTS;
        Security security = Security.DEFAULTS.withLogins(passwordFile, readUsers, writeUsers).withAllowService(allowService)
                .withLoadRoot(loadRoot).withDraftsRoot(draftsRoot).withCorsOrigins(corsOrigins).withUpload(new Security.UploadLimits(maxUploadMb << 20, d.maxEntries(), d.maxDepth(),
                        d.maxExpandedBytes(), d.maxRatio()));
        EtkgServer.Options options = new EtkgServer.Options(host, port, timeout, maxRows, update, security);
        EtkgServer.check(options);
        EtkgStore store = EtkgStore.openExisting(storeOptions.store());
        EtkgServer server;
        try {
            server = EtkgServer.start(store, storeOptions.iris(), options);
        } catch (RuntimeException e) {
            try {
                store.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (RuntimeException stillReading) {
                // The timeline may still be read into memory: a read leaves nothing to recover, and the
                // process's end releases the files and the lock all the same.
            }
            stopped.countDown();
        }, "etkg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        var out = spec.commandLine().getOut();
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        out.printf("Serving %s at http://%s:%d/ (SPARQL: http://%s:%d%s/sparql)%s. Ctrl-C to stop.%n", storeOptions.store(),
                shown, server.port(), shown, server.port(), EtkgServer.DATASET, update ? ", updates allowed" + (passwordFile == null ? " from this machine" : " to logged-in writers") : ", read-only");
        if (draftsRoot != null) {
            out.printf("Drafts under %s at http://%s:%d%s/%s.%n", draftsRoot, shown, server.port(), org.etkg.review.ReviewServer.SERVED_PREFIX,
                    update ? "" : " (Load needs --update)");
        }
        out.flush();
        long started = System.nanoTime();
        Thread ready = new Thread(() -> {
            try {
                if (server.awaitTimeline(Duration.ofHours(1))) {
                    out.printf("Timeline in memory after %.1f s: its pages now answer in milliseconds.%n", (System.nanoTime() - started) / 1e9);
                    out.flush();
                }
            } catch (RuntimeException e) {
                // Not fatal: every page is still answered, from the store's own index.
                var err = spec.commandLine().getErr();
                err.println("etkg: the timeline could not be read into memory (" + e.getMessage() + "); its pages are read from the store");
                err.flush();
            }
        }, "etkg-serve-timeline");
        ready.setDaemon(true);
        ready.start();
        stopped.await();
        return 0;
    }
}
