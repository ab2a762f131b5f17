package org.etkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.etkg.EtkgException;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.review.ReviewServer;
import org.etkg.review.ReviewService;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        header = "Correct a draft in the browser, beside its article.",
        description = {
            "Serve a page on the loopback interface for one draft folder (as etkg draft wrote it) or a folder",
            "of drafts: the article with each item's words highlighted, the items to accept, reject, edit or",
            "merge, each checked by the loader's own checks as you work. Save writes facts.yaml and",
            "outside-facts.yaml; with --store, Load loads and resolves the draft and shows which of its",
            "events the store already held from other reports. Ctrl-C stops it."
        })
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "a draft's folder, or a folder of drafts' folders")
    Path folder;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store whose entities to offer and to load into (optional)")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3031", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw EtkgException.usage("--port must be between 0 and 65535");
        }
        IriScheme iris = store == null ? IriScheme.defaults() : EtkgStore.irisFor(store, null);
        ReviewService service = new ReviewService(folder, store, Ontology.load(iris));
        ReviewServer server = ReviewServer.start(service, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "etkg-review-shutdown"));
        var out = spec.commandLine().getOut();
        out.printf("Reviewing %s at http://127.0.0.1:%d/%s. Ctrl-C to stop.%n", folder, server.port(),
                store == null ? " (no --store: no Load, no store entities)" : " (store " + store + ")");
        out.flush();
        stopped.await();
        return 0;
    }
}
