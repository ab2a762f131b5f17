package org.etkg.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * Who may do what on a served store, and what a client may make the server do.
 *
 * @param passwordFile  users and their hashed passwords, in Fuseki's (Jetty's) format; null: no logins
 * @param readUsers     who may read when reads need a login (empty: reads are open; "*": any user of the file)
 * @param writeUsers    who may write (empty: any user of the password file)
 * @param allowService  endpoints a query's SERVICE may call; empty: SERVICE is refused
 * @param loadRoot      the only folder POST /load?path= may read from; null: loads by upload only
 * @param upload        limits on an uploaded archive
 * @param corsOrigins   origins whose pages may read through a browser (CORS); empty: none
 * @param draftsRoot    the folder of drafts whose review pages are served at /review/; null: none
 */
public record Security(Path passwordFile, List<String> readUsers, List<String> writeUsers, List<String> allowService,
                       Path loadRoot, UploadLimits upload, List<String> corsOrigins, Path draftsRoot) {
    /** No logins, no SERVICE, no server paths, the default upload limits, no CORS. */
    public static final Security DEFAULTS = new Security(null, List.of(), List.of(), List.of(), null, UploadLimits.DEFAULTS, List.of(), null);

    public Security {
        readUsers = List.copyOf(readUsers);
        writeUsers = List.copyOf(writeUsers);
        allowService = List.copyOf(allowService);
        corsOrigins = List.copyOf(corsOrigins);
    }

    public Security withDraftsRoot(Path root) {
        return new Security(passwordFile, readUsers, writeUsers, allowService, loadRoot, upload, corsOrigins, root);
    }

    public Security withCorsOrigins(List<String> origins) {
        return new Security(passwordFile, readUsers, writeUsers, allowService, loadRoot, upload, origins, draftsRoot);
    }

    public Security withLoadRoot(Path root) {
        return new Security(passwordFile, readUsers, writeUsers, allowService, root, upload, corsOrigins, draftsRoot);
    }

    public Security withUpload(UploadLimits limits) {
        return new Security(passwordFile, readUsers, writeUsers, allowService, loadRoot, limits, corsOrigins, draftsRoot);
    }

    public Security withAllowService(List<String> endpoints) {
        return new Security(passwordFile, readUsers, writeUsers, endpoints, loadRoot, upload, corsOrigins, draftsRoot);
    }

    public Security withLogins(Path file, List<String> readers, List<String> writers) {
        return new Security(file, readers, writers, allowService, loadRoot, upload, corsOrigins, draftsRoot);
    }

    /**
     * Limits on an archive sent to POST /load: its size as sent, its number of entries, how deep
     * its folders go, and what it may expand to, in all and per byte sent (a zip bomb expands a
     * few kilobytes into gigabytes).
     */
    public record UploadLimits(long maxBytes, int maxEntries, int maxDepth, long maxExpandedBytes, int maxRatio) {
        public static final UploadLimits DEFAULTS = new UploadLimits(512L << 20, 200_000, 16, 8L << 30, 200);
    }
}
