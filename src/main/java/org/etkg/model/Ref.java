package org.etkg.model;

/** A reference by id to something declared elsewhere in the facts, with where it was written. */
public record Ref(String id, Location location) {
    @Override
    public String toString() {
        return id;
    }
}
