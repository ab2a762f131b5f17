package org.etkg;

/**
 * A problem the user can fix: bad data, a bad query, a store that cannot be opened.
 * The CLI prints {@link #getMessage()} as one line and exits with {@link #exitCode()};
 * anything that is not an EtkgException is a bug in etkg.
 */
public class EtkgException extends RuntimeException {
    private final ExitCode exitCode;

    public EtkgException(String message) {
        this(message, ExitCode.BAD_DATA, null);
    }

    public EtkgException(String message, Throwable cause) {
        this(message, ExitCode.BAD_DATA, cause);
    }

    public EtkgException(String message, ExitCode exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static EtkgException usage(String message) {
        return new EtkgException(message, ExitCode.USAGE, null);
    }
}
