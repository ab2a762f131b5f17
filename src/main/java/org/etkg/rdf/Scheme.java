package org.etkg.rdf;

/** The project's SKOS concept schemes, each under {@code <base>concept/<path>/}. */
public enum Scheme {
    EVENT_TYPE("event-type", "et"),
    ROLE("role", "role"),
    MODALITY("modality", "mod"),
    ENTITY_KIND("entity-kind", "kind"),
    TOPIC("topic", "topic"),
    /** The CAMEO event codebook (ontology/cameo.ttl); event types are narrower concepts under its codes. */
    CAMEO("cameo", "cameo");

    private final String path;
    private final String prefix;

    Scheme(String path, String prefix) {
        this.path = path;
        this.prefix = prefix;
    }

    /** The folder of the scheme's IRIs under {@code <base>concept/}. */
    public String path() {
        return path;
    }

    /** The prefix etkg writes and queries use for the scheme's namespace. */
    public String prefix() {
        return prefix;
    }
}
