package org.etkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.etkg.EtkgException;
import org.etkg.IoProblem;

/**
 * Fuseki's password file (Jetty's HashLoginService format), checked before the server starts:
 * {@code user: MD5:<hex>} or {@code user: CRYPT:<hash>} a line, optionally followed by
 * {@code , role}. A password in clear (or only obfuscated, OBF:) is refused: the file sits on
 * a shared server and its backups. A mistake names the file and line, never the password.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    /** The users the file names, in its order. */
    static Set<String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EtkgException.usage("--password-file " + file + ": cannot read: " + IoProblem.describe(e, file));
        }
        Set<String> users = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int split = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            if (split <= 0) {
                throw EtkgException.usage(where + "expected 'user: MD5:<hex of the password>' (Fuseki's password file format)");
            }
            String user = line.substring(0, split).strip();
            String credential = line.substring(split + 1).strip();
            int comma = credential.indexOf(',');
            if (comma >= 0) {
                credential = credential.substring(0, comma).strip();
            }
            if (!credential.startsWith("MD5:") && !credential.startsWith("CRYPT:")) {
                throw EtkgException.usage(where + "the password of user '" + user + "' is not hashed: write it as MD5:<hex>"
                        + " (printf %s 'PASSWORD' | md5sum) or CRYPT:<hash>; a password in clear is refused");
            }
            if (credential.startsWith("MD5:") && !credential.substring(4).matches("[0-9a-fA-F]{32}")) {
                throw EtkgException.usage(where + "user '" + user + "': MD5: must be followed by 32 hexadecimal digits");
            }
            if (!users.add(user)) {
                throw EtkgException.usage(where + "user '" + user + "' is named twice");
            }
        }
        if (users.isEmpty()) {
            throw EtkgException.usage("--password-file " + file + " names no user: write one 'user: MD5:<hex>' a line");
        }
        return users;
    }
}
