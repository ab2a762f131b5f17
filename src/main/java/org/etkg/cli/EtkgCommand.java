package org.etkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The etkg command line: subcommands over the etkg library. */
@Command(name = "etkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Event-timeline knowledge graph of news articles: facts anchored in the words of",
            "their articles, in an embedded TDB2 store, queried with SPARQL."
        },
        subcommands = {LoadCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class, TimelineCommand.class, LinkCommand.class, ServeCommand.class, PublishCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad data, a failed validation, or a store that cannot be used",
            "2:bad usage (unknown option, missing argument, unknown query name)",
            "3:internal error (a bug in etkg)"
        })
public final class EtkgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with etkg's error handling, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EtkgCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) throws Exception {
        // Building the full command model takes longer than the JVM's own start: answer
        // the version, asked most often by scripts, before doing so.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new VersionProvider().getVersion()) {
                System.out.println(line);
            }
            System.exit(0);
        }
        System.exit(commandLine().execute(args));
    }
}
