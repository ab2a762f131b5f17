package org.etkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.EtkgException;
import org.etkg.generate.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a deterministic synthetic corpus for benchmarks.",
        description = {
            "Write a deterministic synthetic corpus (articles with their facts files) for benchmarks:",
            "the same --articles and --seed always give the same files."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", required = true, description = "how many articles")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the corpus into")
    Path out;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw EtkgException.usage("--articles must be at least 1");
        }
        try {
            new CorpusGenerator(seed, articles).write(out, articles);
        } catch (IOException e) {
            throw new EtkgException("cannot write the corpus to " + out + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %d articles (seed %d) to %s%n", articles, seed, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
