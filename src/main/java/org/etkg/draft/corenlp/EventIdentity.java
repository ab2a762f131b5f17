// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
    private final Map<String, String> typesInSentence = new HashMap<>();
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
        return typesInSentence.containsKey(s + ":" + type);
    }

    /** The event of this type drafted from sentence {@code s}, or null. */
    String inSentenceEvent(int s, String type) {
        return typesInSentence.get(s + ":" + type);
    }

    void addInSentence(int s, String type, String eventId) {
        typesInSentence.put(s + ":" + type, eventId);
    }

    String lastVisitPlace() {
        return lastVisitPlace;
    }

    void visitedPlace(String place) {
        lastVisitPlace = place;
    }

    /**
     * "the previous round", "the last JCC", "the next meeting": the word that makes an event's noun name
     * another event than the one the article describes, or null (issue 25, dev set:
     * doha-three-pakistan-attends, "It stayed away from the previous round, held in February").
     */
    static String namesAnother(SemanticGraph g, IndexedWord w) {
        if (!w.tag().startsWith("NN")) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().equals("amod") && OTHER.contains(word)) {
                return e.getDependent().word() + " " + w.word();
            }
        }
        return null;
    }

    /** "a separate session" is another meeting too (dev: tv-kabul-ttp-flexibility, "In a separate session on Saturday"). */
    private static final Set<String> OTHER = Set.of("previous", "last", "earlier", "next", "former", "prior", "past", "separate", "another");

    /**
     * "attended the talks", "briefed the meeting", "is to attend the JCC session": who takes part in an
     * event named again takes part in the event drafted before (issue 25, dev set: putrajaya-ceasefire-wire,
     * mofa-dar-chairs-afghan-review, sadiq-kabul-wire). Only people and bodies it does not have yet are added.
     */
    void joinParticipants(String eventId, List<DraftedArticle.Participant> more) {
        for (int i = 0; i < st.events.size() && !more.isEmpty(); i++) {
            DraftedArticle.Event e = st.events.get(i);
            if (!e.id().equals(eventId)) {
                continue;
            }
            List<DraftedArticle.Participant> all = new ArrayList<>(e.participants());
            List<String> checks = new ArrayList<>(e.checks());
            for (DraftedArticle.Participant p : more) {
                // A country that takes part as a party ("Pakistan will take part in") joins; other places do not.
                boolean party = st.entities.get(p.actor()).kind == org.etkg.model.EntityKind.COUNTRY
                        && org.etkg.model.RoleType.PARTICIPANT.names(p.role());
                if (all.stream().noneMatch(q -> q.actor().equals(p.actor())) && (party || !st.entities.get(p.actor()).kind.isPlace())) {
                    all.add(p);
                    checks.add(st.entities.get(p.actor()).label + " (" + p.role() + ") from a later sentence that names this " + e.type() + " again");
                }
            }
            checks.remove("no participants found; add them");
            st.events.set(i, new DraftedArticle.Event(e.id(), e.type(), e.label(), e.quote(), e.place(), e.time(),
                    all, e.series(), e.ordinal(), e.partOf(), e.statement(), checks, e.modality()));
        }
    }

    /**
     * "The US ambassador to Malaysia, Edgard Kagan, and the Chinese ambassador, Ouyang Yujing, were also present"
     * (issue 25, dev set: putrajaya-ceasefire-wire), "Its Special Representative on Afghanistan, Asif Durrani, and
     * Ahmad Naseem Warraich ... are to represent the country" (dev: doha-three-pakistan-attends), "The other
     * delegations are led by the Turkish Cypriot leader Ersin Tatar, the foreign ministers of Greece and Turkey,
     * Giorgos Gerapetritis and Hakan Fidan, and ..." (dev: cyprus-new-york-meeting-preview): a sentence with no event
     * word of its own says who else takes part in the meeting the article is about, the first one drafted.
     */
    void present(int s, SemanticGraph g) {
        String meeting = st.events.stream().filter(e -> e.statement() == null && Set.of("meeting", "talks", "committee-round").contains(e.type()))
                .map(DraftedArticle.Event::id).findFirst().orElse(null);
        for (IndexedWord w : g.vertexListSorted()) {
            if (meeting == null) {
                return;
            }
            List<IndexedWord> who = new ArrayList<>();
            if (w.lemma().equals("present") && w.tag().startsWith("JJ") && has(g, w, "cop", null)
                    || w.lemma().equals("represent") && has(g, w, "obj", d -> d.lemma().equals("country")
                    || st.entityAt(s, g, d) != null && st.entities.get(st.entityAt(s, g, d)).kind == org.etkg.model.EntityKind.COUNTRY)) {
                Graphs.subjects(g, w).forEach(e -> who.add(e.getDependent()));
            } else if (Set.of("lead", "head").contains(w.lemma()) && has(g, w, "nsubj:pass", d -> d.lemma().equals("delegation"))) {
                // "the foreign ministers of Greece and Turkey, Giorgos Gerapetritis and Hakan Fidan": the people named in each leader's words
                g.outgoingEdgeList(w).stream().filter(e -> e.getRelation().toString().equals("obl:agent"))
                        .forEach(e -> g.descendants(e.getDependent()).stream().filter(d -> {
                            String id = st.tokenEntity.get(ArticleState.key(s, d.index()));
                            return id != null && st.entities.get(id).kind == org.etkg.model.EntityKind.PERSON;
                        }).forEach(who::add));
            }
            List<DraftedArticle.Participant> people = new ArrayList<>();
            for (IndexedWord d : who) {
                String actor = st.entityAt(s, g, d);
                if (actor != null && st.entities.get(actor).kind.isActor() && !st.entities.get(actor).kind.isPlace()
                        && people.stream().noneMatch(p -> p.actor().equals(actor))) {
                    people.add(new DraftedArticle.Participant(actor, org.etkg.model.RoleType.PARTICIPANT.id(), null));
                }
            }
            joinParticipants(meeting, people);
        }
    }

    private static boolean has(SemanticGraph g, IndexedWord w, String rel, java.util.function.Predicate<IndexedWord> test) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals(rel) && (test == null || test.test(e.getDependent())));
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
                        e.participants(), e.series(), e.ordinal(), e.partOf(), e.statement(), checks, e.modality()));
                if (st.published != null) {
                    times.resolve(e.id(), time, org.etkg.model.Modality.EXPECTED.id().equals(e.modality()));
                }
            }
        }
    }
}
