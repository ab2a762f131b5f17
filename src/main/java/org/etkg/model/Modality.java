package org.etkg.model;

import java.util.Locale;

/**
 * How a report holds what it tells: asserted, reported, alleged, promised, expected (planned),
 * ...; the ids are those of the ontology's modality scheme ({@code <base>concept/modality/ID}),
 * which VocabularyAgreementTest checks.
 */
public enum Modality {
    ASSERTED, REPORTED, OBSERVED, ALLEGED, PROMISED, EXPECTED, ASSESSED;

    /** The id in facts files and the modality scheme: "expected". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a modality's id, or the IRI of its concept, names this modality. */
    public boolean names(String idOrIri) {
        return idOrIri != null && (idOrIri.equals(id()) || idOrIri.endsWith("/" + id()));
    }
}
