package org.etkg;

/**
 * A problem the user can fix: bad data, a bad query, a store that cannot be opened.
 * The CLI prints {@link #getMessage()} as one line and exits with {@link #exitCode()};
 * anything that is not an EtkgException is a bug in etkg.
 */
public class EtkgException extends RuntimeException {
    /** Exit code for bad data or a failed validation. */
    public static final int BAD_DATA = 1;
    /** Exit code for bad usage (options, arguments, query names). */
    public static final int BAD_USAGE = 2;

    private final int exitCode;

    public EtkgException(String message) {
        this(message, BAD_DATA, null);
    }

    public EtkgException(String message, Throwable cause) {
        this(message, BAD_DATA, cause);
    }

    public EtkgException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static EtkgException usage(String message) {
        return new EtkgException(message, BAD_USAGE, null);
    }
}
