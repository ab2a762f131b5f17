package org.etkg.cli;

/** The exit codes each subcommand lists in its help. */
final class ExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String OK = "0:success";
    static final String BAD_DATA = "1:bad data, a failed validation, or a store that cannot be used";
    static final String USAGE = "2:bad usage";

    private ExitCodes() {
    }
}
