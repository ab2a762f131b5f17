package org.etkg.model;

import java.util.List;

/**
 * A person, organisation, place, post, topic or other named thing the article mentions.
 * Relations to other entities are references; those that do not apply to a kind are empty.
 */
public record Entity(String id, EntityKind kind, String label, List<String> altLabels, String comment,
                     List<Quote> evidence,
                     List<Ref> holds, List<Ref> headOf, List<Ref> memberOf,
                     Ref postIn, Ref delegationOf, Ref within, Ref publisher,
                     Location location) {
    public Entity {
        altLabels = List.copyOf(altLabels);
        evidence = List.copyOf(evidence);
        holds = List.copyOf(holds);
        headOf = List.copyOf(headOf);
        memberOf = List.copyOf(memberOf);
    }
}
