// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etkg.draft.DraftedArticle;

/**
 * Within-document event identity: "the meetings", "this visit" name again an event already drafted
 * (and may give its date), a second trigger of one type in one sentence is the same event, and a
 * meeting without a place takes the place of the visit drafted before it.
 * Needs: events drafted so far, TimeStage. Gives: dates added to earlier events; whether to draft.
 */
final class EventIdentity {
    private final ArticleState st;
    private final TimeStage times;
    /** The first event drafted of each type, which "the visit", "this meeting" name again. */
    private final Map<String, String> eventsByType = new HashMap<>();
    /** "sentence:type" of the events drafted: "arrived ... for a two-day visit" is one visit. */
    private final Set<String> typesInSentence = new HashSet<>();
    private String lastVisitPlace;

    EventIdentity(ArticleState st, TimeStage times) {
        this.st = st;
        this.times = times;
    }

    boolean known(String type) {
        return eventsByType.containsKey(type);
    }

    String drafted(String type) {
        return eventsByType.get(type);
    }

    void draftedAs(String type, String eventId) {
        eventsByType.putIfAbsent(type, eventId);
    }

    boolean inSentence(int s, String type) {
        return typesInSentence.contains(s + ":" + type);
    }

    void addInSentence(int s, String type) {
        typesInSentence.add(s + ":" + type);
    }

    String lastVisitPlace() {
        return lastVisitPlace;
    }

    void visitedPlace(String place) {
        lastVisitPlace = place;
    }

    /** "The high-level visit took place on April 16": the date of an event drafted before. */
    void dateAgain(int s, String eventId) {
        DraftedArticle.Time time = times.dateIn(st.doc.sentences().get(s));
        for (int i = 0; i < st.events.size() && time != null; i++) {
            DraftedArticle.Event e = st.events.get(i);
            if (e.id().equals(eventId) && e.time() == null) {
                List<String> checks = new ArrayList<>(e.checks());
                checks.add("time \"" + time.written() + "\" from a later sentence that names this " + e.type() + " again");
                st.events.set(i, new DraftedArticle.Event(e.id(), e.type(), e.label(), e.quote(), e.place(), time,
                        e.participants(), e.series(), e.ordinal(), e.partOf(), e.statement(), checks));
                if (st.published != null) {
                    times.resolve(e.id(), time);
                }
            }
        }
    }
}
