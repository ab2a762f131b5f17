package org.etkg;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Optional;

/**
 * Says, in a few words, that a remote endpoint could not be reached at all, when that is
 * what a failure comes down to. Jena wraps it in messages that repeat the whole request.
 */
public final class ConnectFailure {
    private ConnectFailure() {
    }

    /** "cannot connect (ConnectException)" when the cause is one, else empty. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return Optional.of("cannot connect (" + t.getClass().getSimpleName()
                        + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ")");
            }
        }
        return Optional.empty();
    }
}
