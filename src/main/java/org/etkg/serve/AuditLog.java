package org.etkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Collection;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Every write to a served store, one JSON object a line in {@code <store>/audit.log}: when,
 * who (the login, or "anonymous" and the address it came from), what (method, endpoint, the
 * graphs loaded or changed) and how it ended (the HTTP status). Appended and forced to disk
 * before the client gets its answer, so a write the store holds is in the log.
 */
final class AuditLog {
    static final String FILE = "audit.log";
    /** The request attribute an endpoint sets to the graphs a write loaded or changed. */
    static final String GRAPHS = "etkg.audit.graphs";
    /** The request attribute an endpoint sets to a few words on what the write did. */
    static final String DETAIL = "etkg.audit.detail";

    private final Path file;
    private final Clock clock;

    AuditLog(Path storeDir, Clock clock) {
        this.file = storeDir.resolve(FILE);
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    /** One write: who, from where, what, the graphs it named and its status. */
    synchronized void record(String user, String remote, String method, String what, Collection<String> graphs,
                             String detail, int status) {
        JsonObject o = new JsonObject();
        o.put("time", clock.instant().toString());
        o.put("user", user == null ? "anonymous" : user);
        o.put("remote", remote);
        o.put("request", method + " " + what);
        JsonArray g = new JsonArray();
        graphs.forEach(g::add);
        o.put("graphs", g);
        if (detail != null) {
            o.put("detail", detail);
        }
        o.put("status", status);
        try {
            Files.writeString(file, JSON.toStringFlat(o) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file, e);
        }
    }
}
