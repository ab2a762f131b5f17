package org.etkg.model;

import org.etkg.EtkgException;
import org.etkg.ExitCode;

/** Bad input in a facts file, article or data file, with where it is. */
public class DataError extends EtkgException {
    private final Location location;
    private final String problem;

    public DataError(Location location, String problem) {
        this(location, problem, null);
    }

    public DataError(Location location, String problem, Throwable cause) {
        super(location + ": " + problem, ExitCode.BAD_DATA, cause);
        this.location = location;
        this.problem = problem;
    }

    public Location location() {
        return location;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
