package org.etkg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a command spends its time (each query of resolve and of the timeline, the index
 * built in memory), as debug messages through SLF4J. {@code -Detkg.trace} is the switch: it turns
 * debug logging on for org.etkg (slf4j-simple's {@code org.slf4j.simpleLogger.log.org.etkg=debug},
 * which also works by itself). See docs/tracing.md.
 */
public final class Trace {
    /** The system property that turns tracing on, whatever its value. */
    public static final String SWITCH = "etkg.trace";
    private static final String LEVEL = "org.slf4j.simpleLogger.log.org.etkg";

    static {
        // slf4j-simple reads a logger's level when the logger is made: set before any trace logger is.
        if (System.getProperty(SWITCH) != null && System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "debug");
        }
    }

    private Trace() {
    }

    /** The logger a class traces to; its debug messages show under -Detkg.trace. */
    public static Logger logger(Class<?> c) {
        return LoggerFactory.getLogger(c);
    }

    /** The first 90 characters of a query on one line, to name it in a trace. */
    public static String shortQuery(String query) {
        String line = query.replaceAll("\\s+", " ").trim();
        return line.substring(0, Math.min(90, line.length()));
    }
}
