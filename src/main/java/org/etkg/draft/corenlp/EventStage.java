// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.Modality;
import org.etkg.model.EntityKind;
import org.etkg.model.RoleType;

/**
 * Events from trigger words (visit, meet, talks, round, attack ...) and "was in Islamabad" as a
 * visit, with participants, place and time; an event the article names again goes to EventIdentity.
 * Needs: entities, the dependency parse, TimeStage, ParticipantStage, EventIdentity. Gives: events.
 */
final class EventStage {
    private static final Set<String> PLACED_TYPES = Set.of("visit", "meeting", "talks", "committee-round", "attack", "airstrike",
            "suspension", "military-force");
    private final ArticleState st;
    private final TimeStage times;
    private final ParticipantStage participantStage;
    private final EventIdentity identity;
    private final EventNames names;

    EventStage(ArticleState st, TimeStage times, ParticipantStage participantStage, EventIdentity identity) {
        this.st = st;
        this.names = new EventNames(st);
        this.times = times;
        this.participantStage = participantStage;
        this.identity = identity;
    }

    /** Events from their trigger words, with participants by grammatical relation and place and time nearby. */
    void triggers(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        List<CoreLabel> tokens = sentence.tokens();
        for (IndexedWord w : g.vertexListSorted()) {
            String type = callsOn(g, w) ? "meeting" : Lexicon.EVENT_TRIGGERS.get(w.lemma().toLowerCase(Locale.ROOT));
            if (type == null || !(w.tag().startsWith("VB") || w.tag().startsWith("NN"))) {
                continue;
            }
            if (st.tokenEntity.containsKey(ArticleState.key(s, w.index()))) {
                continue; // part of a name: "Transit Trade Agreement"
            }
            if (type.equals("agreement") && w.tag().startsWith("NN")) {
                continue;
            }
            boolean referring = false;
            Integer ordinal = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("det") && Lexicon.REFERRING_DETERMINERS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                    referring = true;
                }
                if ((rel.equals("amod") || rel.equals("nummod")) && "ORDINAL".equals(tokens.get(e.getDependent().index() - 1).ner())) {
                    ordinal = ordinal(tokens.get(e.getDependent().index() - 1));
                }
            }
            if (type.equals("committee-round") && ordinal == null) {
                type = "meeting";
                if (w.lemma().equals("round") || w.lemma().equals("session")) {
                    referring = referring || true;
                }
            }
            // "the previous round, held in February": another event than the one described, drafted as its own.
            String another = EventIdentity.namesAnother(g, w);
            if (another != null) {
                referring = false;
            }
            // "Its previous meeting was held in Islamabad" (dev: jcc-seventh-session-kabul): a round of the committee,
            // whose ordinal the text does not give; a round in a series needs one, so it is drafted as a meeting.
            String ofCommittee = another != null && type.equals("meeting") ? names.committeeNamedBy(s, g, w) : null;
            // "the meetings", "this visit": the article names again an event it drafted already, may say
            // when it was ("The high-level visit took place on April 16") and who took part in it.
            if (referring && identity.known(type)) {
                identity.dateAgain(s, identity.drafted(type));
                identity.joinParticipants(identity.drafted(type), participantStage.participants(s, g, w, type, new ArrayList<>()));
                continue;
            }
            if (referring && w.tag().startsWith("NN") && !type.equals("committee-round") && identity.known(type)) {
                continue;
            }
            if (type.equals("suspension") && g.descendants(w).stream().anyMatch(d -> d.lemma().equals("aid"))) {
                type = "aid-halt";
            }
            // "Regional army commanders ... will meet face to face on July 29, and the General Border Committee (GBC)
            // is to meet on Aug. 4" (dev: putrajaya-ceasefire-wire): a verb with a subject of its own is another event.
            boolean ownSubject = w.tag().startsWith("VB") && g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                    && st.entityAt(s, g, e.getDependent()) != null);
            if (identity.inSentence(s, type) && !ownSubject) {
                // "arrived ... for a two-day visit": one visit; "opening with a dinner that Secretary-General António
                // Guterres is hosting" gives the meeting its host (dev: cyprus-new-york-meeting-preview).
                identity.joinParticipants(identity.inSentenceEvent(s, type), participantStage.participants(s, g, w, type, new ArrayList<>()));
                continue;
            }
            List<String> checks = new ArrayList<>();
            List<DraftedArticle.Participant> participants = participantStage.participants(s, g, w, type, checks);
            if (type.equals("visit") && participants.isEmpty()) {
                continue;
            }
            String series = null;
            if (type.equals("committee-round")) {
                series = names.seriesOf(s, g, w);
                if (series == null) {
                    type = "meeting";
                    ordinal = null;
                    checks.add("a numbered round, but of no committee the drafter recognised");
                }
            }
            if (referring && identity.known(type)) {
                continue;
            }
            Span quote = st.coverNames(s, eventSpan(g, w, sentence));
            Place place = placeOf(s, g, w, participants, type);
            if (place == null && (type.equals("meeting") || type.equals("talks")) && identity.lastVisitPlace() != null) {
                place = new Place(identity.lastVisitPlace(), "place of the visit drafted before: is this meeting part of it?");
            }
            if (place != null && place.check() != null) {
                checks.add(place.check());
            }
            DraftedArticle.Time time = times.ownDate(s, Graphs.ownWords(g, w));
            if (time == null) {
                time = times.timeOf(s, checks);
            }
            String lasting = TimeStage.lasting(tokens, w.index() - 1);
            if (lasting != null) {
                time = time == null ? new DraftedArticle.Time(lasting, null, true) : time.asInterval();
                checks.add("\"" + lasting + "\": an interval, not a day");
            }
            String label = names.label(type, participants, place == null ? null : place.id(), series, ordinal);
            String id = st.eventId(type, series != null ? series : participants.isEmpty() ? (place == null ? null : place.id())
                    : participants.get(0).actor());
            checks.add(0, "an event from the word \"" + w.word() + "\"; participants' roles and the label are the drafter's");
            String plan = PlanStage.eventPlan(g, tokens, w);
            String modality = plan == null ? null : Modality.EXPECTED.id();
            if (plan != null) {
                checks.add("modality expected, from \"" + plan + "\": a plan, not yet held?");
            }
            if (type.equals("agreement") && PlanStage.commits(g, tokens, w)) {
                modality = Modality.PROMISED.id();
                checks.add("modality promised: the parties agreed to something still to come");
            }
            if (ofCommittee != null) {
                checks.add("a round of the " + st.entities.get(ofCommittee).label + "? make it a committee-round with its series and ordinal");
            }
            if (another != null) {
                checks.add("\"" + another + "\": another event than the one described; relate them (before, after, part of)?");
            }
            st.events.add(new DraftedArticle.Event(id, type, label, quote, place == null ? null : place.id(), time,
                    participants, series, ordinal, null, null, checks, modality));
            identity.draftedAs(type, id);
            if (type.equals("visit") && place != null) {
                identity.visitedPlace(place.id());
            }
            identity.addInSentence(s, type, id);
            if (time != null && st.published != null) {
                times.resolve(id, time, plan != null);
            }
        }
    }

    /** "a Taliban delegation led by X was in Islamabad": a visit, though no word says so. */
    void presence(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        for (IndexedWord w : g.vertexListSorted()) {
            String place = st.tokenEntity.get(ArticleState.key(s, w.index()));
            if (place == null || st.entities.get(place).kind != EntityKind.CITY || !Graphs.hasCase(g, w, Set.of("in"))
                    || g.outgoingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().equals("cop"))) {
                continue;
            }
            List<SemanticGraphEdge> subjects = Graphs.subjects(g, w);
            if (subjects.isEmpty()) {
                // "a delegation led by X was in Islamabad", parsed with "led" at the top
                for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                    if (in.getRelation().toString().startsWith("obl")) {
                        subjects = Graphs.subjects(g, in.getGovernor());
                    }
                }
            }
            for (SemanticGraphEdge e : subjects) {
                String visitor = st.entityAt(s, g, e.getDependent());
                if (visitor == null || !(st.entities.get(visitor).kind == EntityKind.DELEGATION || st.entities.get(visitor).kind == EntityKind.PERSON)) {
                    continue;
                }
                List<String> checks = new ArrayList<>();
                checks.add("a visit, as the article says the " + st.entities.get(visitor).kind.key() + " was in " + st.entities.get(place).label);
                List<DraftedArticle.Participant> participants = new ArrayList<>(participantStage.participants(s, g, e.getDependent(), "visit", new ArrayList<>()));
                participants.removeIf(p -> p.actor().equals(visitor));
                participants.add(0, new DraftedArticle.Participant(visitor, RoleType.VISITOR.id(), null));
                Span quote = st.coverNames(s, new Span(Math.min(e.getDependent().beginPosition(), st.subtree(g, e.getDependent(), Set.of()).start()), w.endPosition()));
                DraftedArticle.Time time = times.timeOf(s, checks);
                String id = st.eventId("visit", visitor);
                identity.visitedPlace(place);
                st.events.add(new DraftedArticle.Event(id, "visit", Words.capital(st.entities.get(visitor).label) + "'s visit to " + st.entities.get(place).label,
                        quote, place, time, participants, null, null, null, null, checks));
                if (time != null && st.published != null) {
                    times.resolve(id, time);
                }
            }
        }
    }

    /**
     * "Sadiq called on the acting foreign minister": "call on" someone, with no "to" clause ("called on
     * Kabul to act" is an appeal), is a meeting (issue 25, dev set: sadiq-kabul-wire).
     */
    static boolean callsOn(SemanticGraph g, IndexedWord w) {
        if (!w.lemma().equals("call") || !w.tag().startsWith("VB")) {
            return false;
        }
        boolean on = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl:to")) {
                return false;
            }
            on |= rel.equals("obl:on");
        }
        return on;
    }

    private static Integer ordinal(CoreLabel t) {
        String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        try {
            return normalized == null ? null : (int) Double.parseDouble(normalized);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Place(String id, String check) {
    }

    /** A city or region in the event's own words, else in the sentence, else in the one before. */
    private Place placeOf(int s, SemanticGraph g, IndexedWord w, List<DraftedArticle.Participant> participants, String type) {
        if (!PLACED_TYPES.contains(type)) {
            return null;
        }
        Set<String> actors = new HashSet<>();
        participants.forEach(p -> actors.add(p.actor()));
        for (IndexedWord d : Graphs.ownWords(g, w)) {
            String id = st.tokenEntity.get(ArticleState.key(s, d.index()));
            SemanticGraphEdge toPlace = g.getEdge(w, d);
            // "visit Pakistan", "travel to Pakistan" (dev: sadiq-kabul-wire, sadiq-kabul-march-2025): the country visited
            boolean visited = type.equals("visit") && toPlace != null && Set.of("obj", "obl:to").contains(toPlace.getRelation().toString());
            if (id != null && st.entities.get(id).kind.isPlace() && !actors.contains(id)
                    && (st.entities.get(id).kind != EntityKind.COUNTRY || visited || Graphs.hasCase(g, d, Set.of("in", "within", "inside", "across")))) {
                return new Place(id, null);
            }
        }
        List<CoreLabel> tokens = st.doc.sentences().get(s).tokens();
        for (CoreLabel t : tokens) {
            String id = st.tokenEntity.get(ArticleState.key(s, t.index()));
            if (id != null && (st.entities.get(id).kind == EntityKind.CITY || st.entities.get(id).kind == EntityKind.REGION)
                    && t.index() > 1 && Set.of("in", "to").contains(tokens.get(t.index() - 2).word())) {
                return new Place(id, "place from elsewhere in the sentence");
            }
        }
        if (s > 1) {
            for (CoreLabel t : st.doc.sentences().get(s - 1).tokens()) {
                String id = st.tokenEntity.get(ArticleState.key(s - 1, t.index()));
                if (id != null && st.entities.get(id).kind == EntityKind.CITY) {
                    return new Place(id, "place from the sentence before");
                }
            }
        }
        return null;
    }

    /** The trigger with its own words, not whole clauses hanging on it; at most about a sentence. */
    private Span eventSpan(SemanticGraph g, IndexedWord w, CoreSentence sentence) {
        Span span = st.subtree(g, w, Set.of("punct", "advcl", "parataxis", "ccomp", "conj", "cc", "acl:relcl", "appos"));
        if (span.end() - span.start() > 220) {
            span = new Span(w.beginPosition(), w.endPosition());
        }
        return span;
    }
}
