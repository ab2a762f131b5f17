package org.etkg.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a named thing in the facts is; decides its classes in RDF. */
public enum EntityKind {
    PERSON, ORGANIZATION, GROUP, DELEGATION, COMMITTEE, NEWSPAPER, REPORT, POST,
    COUNTRY, CITY, REGION, PLATFORM, AGREEMENT, TOPIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActor() {
        return switch (this) {
            case PERSON, ORGANIZATION, GROUP, DELEGATION, COMMITTEE, NEWSPAPER, COUNTRY -> true;
            default -> false;
        };
    }

    public boolean isOrganization() {
        return switch (this) {
            case ORGANIZATION, DELEGATION, COMMITTEE, NEWSPAPER, COUNTRY -> true;
            default -> false;
        };
    }

    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == REGION;
    }

    public static EntityKind fromKey(String key) {
        for (EntityKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + key + "'; known kinds: "
                + Arrays.stream(values()).map(EntityKind::key).collect(Collectors.joining(", ")));
    }
}
