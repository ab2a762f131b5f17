package org.etkg.load;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.etkg.model.DataError;
import org.etkg.model.Location;

/** Checks IRIs written by users before they reach RDF. */
public final class Iris {
    private Iris() {
    }

    /** Accepts an absolute IRI (RFC 3987) and names the problem otherwise. */
    public static String checkIri(String iri, Location at) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new DataError(at, "'" + iri + "' is not an absolute IRI (it needs a scheme such as https:)");
            }
            if (parsed.hasViolations()) {
                StringBuilder sb = new StringBuilder();
                parsed.handleViolations((error, msg) -> {
                    if (error && sb.isEmpty()) {
                        sb.append(msg);
                    }
                });
                if (!sb.isEmpty()) {
                    throw new DataError(at, "bad IRI '" + iri + "': " + sb);
                }
            }
            return iri;
        } catch (IRIException e) {
            throw new DataError(at, "bad IRI '" + iri + "': " + e.getMessage());
        }
    }
}
