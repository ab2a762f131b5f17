package org.etkg.model;

/**
 * Words of the article that support a fact, as the analyst wrote them. {@code prefix}
 * and {@code suffix} (may be null) pick one occurrence when the words occur more than once.
 */
public record Quote(String exact, String prefix, String suffix, Location location) {
}
