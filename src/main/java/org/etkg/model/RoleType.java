package org.etkg.model;

import java.util.Locale;

/**
 * The role an actor plays in an event, as a facts file names it; the ids are those of the
 * ontology's role scheme ({@code <base>concept/role/ID}), which VocabularyAgreementTest checks.
 */
public enum RoleType {
    LEADER, MEMBER, VISITOR, HOST, PARTICIPANT, SPEAKER, ADDRESSEE, SUBJECT, AGENT, AFFECTED;

    /** The id in facts files and the role scheme: "visitor". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a role's id, or the IRI of its concept, names this role. */
    public boolean names(String idOrIri) {
        return idOrIri != null && (idOrIri.equals(id()) || idOrIri.endsWith("/" + id()));
    }
}
