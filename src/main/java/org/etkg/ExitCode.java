package org.etkg;

/**
 * etkg's exit codes: the one table. The CLI lists it in every command's help and maps
 * exceptions to it; scripts may rely on these numbers.
 */
public enum ExitCode {
    OK(0, "success"),
    BAD_DATA(1, "bad data, a failed validation, a store that cannot be used, or too little memory"),
    USAGE(2, "bad usage (unknown option, missing argument, unknown query name)"),
    INTERNAL(3, "internal error (a bug in etkg; please report it)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
