package org.etkg.model;

import java.util.List;

/** An actor taking part in an event in a role; {@code accordingTo} may be null. */
public record Participation(Ref actor, Ref role, Ref accordingTo, List<Quote> evidence, Location location) {
    public Participation {
        evidence = List.copyOf(evidence);
    }
}
