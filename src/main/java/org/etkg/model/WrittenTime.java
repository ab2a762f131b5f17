package org.etkg.model;

/**
 * A time as the article writes it: the words, the date parts it gives (may be null),
 * and its relations to other events' times (each may be null).
 *
 * @param minimumGap an xsd:duration such as P15M: with {@code before}, the least time between
 */
public record WrittenTime(String written, PartialDate date, Ref before, Ref after, Ref coincidesWith,
                          String minimumGap, boolean interval, Location location) {
}
