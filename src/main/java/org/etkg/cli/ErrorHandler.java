package org.etkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.etkg.EtkgException;
import org.etkg.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that turns exceptions into exit codes (from the {@link ExitCode} table) and
 * messages: a user's mistake is one line on standard error; anything else is a bug,
 * reported with its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof EtkgException e) {
            return e.exitCode().code();
        }
        if (outOfMemory(exception)) {
            return ExitCode.BAD_DATA.code();
        }
        if (exception instanceof ParameterException) {
            return ExitCode.USAGE.code();
        }
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof EtkgException e) {
            err.println(cmd.getColorScheme().errorText("etkg: " + e.getMessage()));
            // What went wrong while undoing the command's work, such as a store folder it could not remove.
            for (Throwable also : e.getSuppressed()) {
                if (also instanceof EtkgException more) {
                    err.println(cmd.getColorScheme().errorText("etkg: also: " + more.getMessage()));
                }
            }
        } else if (outOfMemory(ex)) {
            err.println(cmd.getColorScheme().errorText(outOfMemory(cmd.getCommandName())));
        } else {
            err.println("etkg: internal error (please report it): " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    /**
     * What to do when the heap is too small: not a bug to report but a limit to raise, or less
     * to do at once, said for the command that ran out. Jena's JSON-LD writer and the pretty TriG
     * and Turtle writers build the whole document in memory, and a SELECT's table is laid out
     * from all its rows; N-Quads, CSV, TSV and JSON stream.
     */
    static String outOfMemory(String command) {
        String less = switch (command == null ? "" : command) {
            case "export" -> "export --format nquads, which streams, or one --graph, instead of the whole store as JSON-LD, TriG or Turtle";
            case "query" -> "--format csv, tsv or json, which stream, instead of the table, which is laid out from all the rows; or a LIMIT";
            case "timeline" -> "--limit N and --after for pages, or --from/--to, --actor, --place or --type";
            case "load" -> "fewer folders at once, one load after another";
            default -> "less of the store at once";
        };
        return String.format(Locale.ROOT, "etkg: out of memory: Java's heap (at most %,d MB here) is too small for this; give it more "
                + "(java -Xmx16g -jar target/etkg.jar ...), or ask for less at once (%s)", Runtime.getRuntime().maxMemory() / (1024 * 1024), less);
    }

    /** Whether the heap ran out, itself or as the cause of what a library threw. */
    static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** A command line picocli cannot parse: the problem, a suggestion, and where help is. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(message(ex)));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return getExitCode(ex);
    }

    /** Unknown values of a fixed set (formats, types) name the choices, as the help does. */
    private static String message(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && arg.completionCandidates() != null
                && isEnum(arg) && ex.getMessage().startsWith("Invalid value")) {
            List<String> choices = new ArrayList<>();
            arg.completionCandidates().forEach(c -> choices.add(c.toLowerCase(Locale.ROOT)));
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            return "etkg: unknown " + name + " '" + ex.getValue() + "'; choose one of: " + String.join(", ", choices);
        }
        return "etkg: " + ex.getMessage();
    }

    private static boolean isEnum(ArgSpec arg) {
        if (arg.type().isEnum()) {
            return true;
        }
        Class<?>[] aux = arg.auxiliaryTypes();
        return aux.length > 0 && aux[0].isEnum();
    }
}
