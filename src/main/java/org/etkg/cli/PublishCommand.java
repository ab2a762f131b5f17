package org.etkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.etkg.IoProblem;
import org.etkg.EtkgException;
import org.etkg.load.Iris;
import org.etkg.model.Location;
import org.etkg.publish.Publisher;
import org.etkg.store.EtkgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        header = "Copy the store's named graphs to a team's triple store.",
        description = {
            "Copy the store's named graphs to a team's triple store through the SPARQL 1.1 Graph Store",
            "Protocol (Fuseki, GraphDB, Virtuoso, Neptune, ...): one PUT per graph, so publishing again",
            "leaves the remote graphs identical."
        })
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "Graph Store Protocol endpoint, such as http://host:3030/ds/data")
    String to;

    @Option(names = "--graph", paramLabel = "IRI|NAME", description = "publish only this graph (repeatable): its IRI, or its name after <base>graph/ (article/ID); default all named graphs")
    List<String> graphs = new ArrayList<>();

    @Option(names = "--user", paramLabel = "U", description = "user for HTTP basic authentication")
    String user;

    @Option(names = "--password-file", paramLabel = "F", description = "file whose first line is the password (kept off the command line)")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class, description = "connect timeout (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        Iris.checkIri(to, new Location("--to", 0, 0));
        if (!to.startsWith("http://") && !to.startsWith("https://")) {
            throw EtkgException.usage("--to needs an http:// or https:// URL");
        }
        List<String> graphs = this.graphs.stream().map(g -> storeOptions.iris().graphIri(g)).toList();
        graphs.forEach(g -> Iris.checkIri(g, new Location("--graph", 0, 0)));
        if ((user == null) != (passwordFile == null)) {
            throw EtkgException.usage("--user and --password-file go together");
        }
        String password = null;
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new EtkgException("cannot read password file " + passwordFile + ": " + IoProblem.describe(e), e);
            }
        }
        List<Publisher.Sent> sent;
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            sent = new Publisher(to, user, password, timeout).publish(store, graphs);
        }
        PrintWriter out = spec.commandLine().getOut();
        long total = 0;
        for (Publisher.Sent s : sent) {
            out.printf("PUT %8d triples  <%s>%n", s.triples(), s.graph());
            total += s.triples();
        }
        out.printf("Published %d graph(s), %d triples, to %s%n", sent.size(), total, to);
        out.flush();
        return 0;
    }
}
