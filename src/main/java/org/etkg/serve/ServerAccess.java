package org.etkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.etkg.EtkgException;

/**
 * Logins on a served store, through Fuseki's own authentication: HTTP Basic against the
 * operator's password file, a login required on every write endpoint (and on every path when
 * --read-users says who may read), and each endpoint allowing only its users. Writes are
 * offered at /etkg/update and /etkg/data only, never at the dataset's own URL, so that reads
 * there stay open.
 */
final class ServerAccess {
    /** The realm a browser shows when it asks for a login. */
    static final String REALM = "etkg";

    private final Security security;
    private final boolean update;
    /** Who may write: null when there are no logins. */
    private final AuthPolicy writers;
    /** Who may read: null when reads are open. */
    private final AuthPolicy readers;

    private ServerAccess(Security security, boolean update, AuthPolicy writers, AuthPolicy readers) {
        this.security = security;
        this.update = update;
        this.writers = writers;
        this.readers = readers;
    }

    /**
     * Checks the options against each other and the password file, before anything listens:
     * writes from other machines need logins, and every user named must be in the file.
     */
    static ServerAccess of(Security security, boolean update, boolean loopback, String host) {
        if (security.passwordFile() == null) {
            if (security.draftsRoot() != null && !loopback) {
                throw EtkgException.usage("--drafts-root on --host " + host + " would let anyone who reaches the port rewrite the drafts:"
                        + " give --password-file FILE (who may log in; see docs/security.md), or serve on 127.0.0.1");
            }
            if (update && !loopback) {
                throw EtkgException.usage("--update on --host " + host + " would let anyone who reaches the port change the store:"
                        + " give --password-file FILE (who may log in; see docs/security.md), or serve on 127.0.0.1");
            }
            if (!security.readUsers().isEmpty() || !security.writeUsers().isEmpty()) {
                throw EtkgException.usage("--read-users and --write-users name users of a --password-file: give one");
            }
            return new ServerAccess(security, update, null, null);
        }
        Set<String> known = PasswordFile.users(security.passwordFile());
        List<String> writeUsers = named(security.writeUsers(), known, "--write-users", security);
        List<String> readUsers = named(security.readUsers(), known, "--read-users", security);
        AuthPolicy writers = writeUsers.isEmpty() || writeUsers.contains("*") ? Auth.ANY_USER : Auth.policyAllowSpecific(writeUsers);
        AuthPolicy readers = null;
        if (!readUsers.isEmpty()) {
            // Writers read too: they are asked to check what they wrote.
            Set<String> all = new LinkedHashSet<>(readUsers);
            all.addAll(writeUsers.isEmpty() ? known : writeUsers);
            readers = all.contains("*") ? Auth.ANY_USER : Auth.policyAllowSpecific(all);
        }
        return new ServerAccess(security, update, writers, readers);
    }

    private static List<String> named(List<String> given, Set<String> known, String option, Security security) {
        List<String> users = new ArrayList<>();
        for (String u : given) {
            for (String one : u.split(",")) {
                String name = one.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.equals("*") && !known.contains(name)) {
                    throw EtkgException.usage(option + ": no user '" + name + "' in " + security.passwordFile());
                }
                users.add(name);
            }
        }
        return users;
    }

    /** Who may write, for the write guard: null when there are no logins (writes from this machine only). */
    AuthPolicy writers() {
        return writers;
    }

    /** The dataset's endpoints: queries and graph reads for readers, update and graph writes for writers. */
    DataService dataService(DatasetGraph dsg) {
        DataService.Builder b = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R);
        if (update) {
            b.addEndpoint(Operation.Update, "update", writers)
                    .addEndpoint(Operation.GSP_RW, "data", writers);
        }
        return b.build();
    }

    /** Sets up the logins on the server being built: HTTP Basic, and a login required where a policy needs one. */
    void configure(FusekiServer.Builder builder) {
        if (security.passwordFile() == null) {
            return;
        }
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(security.passwordFile().toString()), AuthScheme.BASIC);
        if (update) {
            // etkg's own writes, beside Fuseki's: Fuseki adds the constraints of its endpoints' policies.
            JettySecurityLib.addPathConstraint(handler, "/load");
            JettySecurityLib.addPathConstraint(handler, "/resolve");
        }
        if (security.draftsRoot() != null) {
            // The review page's saves and loads are writes; its reads and checks follow the read rules.
            for (String write : WriteGuard.REVIEW_WRITES) {
                ConstraintMapping posts = new ConstraintMapping();
                posts.setPathSpec(write);
                posts.setMethod("POST");
                posts.setConstraint(Constraint.ANY_USER);
                handler.addConstraintMapping(posts);
            }
        }
        builder.securityHandler(handler).serverAuthPolicy(readers == null ? Auth.ANY_ANON : readers);
    }
}
