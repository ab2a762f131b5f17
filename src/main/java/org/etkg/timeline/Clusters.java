package org.etkg.timeline;

import java.util.Comparator;
import java.util.function.Function;

import org.etkg.resolve.Identity;

/** Where a cluster of reports of one event stands in a timeline, the one rule every reader follows. */
final class Clusters {
    private Clusters() {
    }

    /**
     * The event a cluster's entry is shown as: its representative when that is at hand (among
     * the events a reader has keys for), else the member at hand that comes first in time;
     * null when no member is at hand. {@code atHand} gives a reader's handle of an event (its
     * IRI, its rank) or null.
     */
    static <T> T shownAs(String event, Identity identity, Function<String, T> atHand, Comparator<? super T> inTimeOrder) {
        T representative = atHand.apply(identity.representative(event));
        if (representative != null) {
            return representative;
        }
        T first = null;
        for (String member : identity.members(event)) {
            T t = atHand.apply(member);
            if (t != null && (first == null || inTimeOrder.compare(t, first) < 0)) {
                first = t;
            }
        }
        return first;
    }
}
