package org.etkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.etkg.ExitCode;

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
        subcommands = {LoadCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class, TimelineCommand.class, ResolveCommand.class, ConflictsCommand.class, LinkCommand.class, ServeCommand.class, ReviewCommand.class, PublishCommand.class, GenerateCommand.class, DraftCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class, SearchCommand.class, ReindexCommand.class,
            CommandLine.HelpCommand.class})
public final class EtkgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line with etkg's error handling, for {@link #main} and for tests: every
     * command lists the exit codes of {@link ExitCode}, takes fixed values (formats, types)
     * in any case, and reports mistakes through {@link ErrorHandler}.
     */
    /** The width of help: the longest line of a command's description. */
    static final int HELP_WIDTH = 100;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EtkgCommand());
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(Integer.toString(code.code()), code.meaning());
        }
        withSubcommands(cl, c -> {
            // The descriptions are written in lines of up to 100 columns: printed as written, not wrapped again at 80.
            c.getCommandSpec().usageMessage().width(HELP_WIDTH);
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
            c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
            c.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL.code());
        });
        return cl;
    }

    private static void withSubcommands(CommandLine cl, Consumer<CommandLine> action) {
        action.accept(cl);
        cl.getSubcommands().values().forEach(sub -> withSubcommands(sub, action));
    }

    public static void main(String[] args) throws Exception {
        // Building the full command model takes longer than the JVM's own start: answer
        // the version, asked most often by scripts, before doing so.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new VersionProvider().getVersion()) {
                System.out.println(line);
            }
            System.exit(ExitCode.OK.code());
        }
        LoadJvm.followParent();
        java.util.OptionalInt inChild = LoadJvm.runInChild(args);
        int code;
        try {
            code = inChild.isPresent() ? inChild.getAsInt() : commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli, which hands only exceptions to the ErrorHandler.
            System.err.println(ErrorHandler.outOfMemory(args.length > 0 ? args[0] : null));
            code = ExitCode.BAD_DATA.code();
        }
        System.exit(code);
    }
}
