package org.etkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.IoProblem;
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
            "the same --articles, --seed and --overlap always give the same files. With --overlap, that",
            "share of the articles report again an earlier article's event, with their own ids and other",
            "spellings (some as decoys: the same meeting a year earlier, the next round on the same day);",
            "the true clusters go to true-clusters.txt and the decoys to decoys.txt beside the corpus."
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

    @Option(names = "--overlap", paramLabel = "SHARE", defaultValue = "0",
            description = "share of articles (0 to 0.9) that report an earlier article's event again (default: ${DEFAULT-VALUE})")
    double overlap;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw EtkgException.usage("--articles must be at least 1");
        }
        if (!(overlap >= 0 && overlap <= 0.9)) {
            throw EtkgException.usage("--overlap must be between 0 and 0.9");
        }
        try {
            new CorpusGenerator(seed, articles, overlap).write(out, articles);
        } catch (IOException e) {
            throw new EtkgException("cannot write the corpus to " + out + ": " + IoProblem.describe(e), e);
        }
        spec.commandLine().getOut().printf("Wrote %d articles (seed %d) to %s%n", articles, seed, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
