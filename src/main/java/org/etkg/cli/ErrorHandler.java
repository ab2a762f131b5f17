package org.etkg.cli;

import java.io.PrintWriter;

import org.etkg.EtkgException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into exit codes: a user's mistake is one line on
 * standard error and exit 1 or 2; anything else is a bug, reported with its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof EtkgException e) {
            err.println(cmd.getColorScheme().errorText("etkg: " + e.getMessage()));
            err.flush();
            return e.exitCode();
        }
        err.println("etkg: internal error (please report it): " + ex);
        ex.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }
}
