// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle;
import org.etkg.model.RoleType;

/**
 * Who takes part in an event and in what role (visitor, host, leader, participant, agent,
 * affected), by grammatical relation to the event's word.
 * Needs: entities, the dependency parse. Gives: the participants of one event.
 */
final class ParticipantStage {
    /** Events whose subject takes part in them, a country too: "Thailand and Cambodia agreed", "Pakistan will take part in". */
    private static final java.util.Set<String> PARTY_TYPES = java.util.Set.of("agreement", "meeting", "talks", "committee-round");
    private final ArticleState st;

    ParticipantStage(ArticleState st) {
        this.st = st;
    }

    List<DraftedArticle.Participant> participants(int s, SemanticGraph g, IndexedWord w, String type, List<String> checks) {
        Map<String, String> roles = new LinkedHashMap<>();
        java.util.Set<String> convened = new java.util.HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            List<IndexedWord> heads = new ArrayList<>(List.of(e.getDependent()));
            for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
                if (c.getRelation().toString().startsWith("conj")) {
                    heads.add(c.getDependent());
                }
            }
            for (IndexedWord h : heads) {
                RoleType found = role(type, w.lemma(), rel);
                List<String> sides = NominalMentions.sides(st, g, h);
                if (sides != null && found != null) {
                    // "both sides agreed": the two countries take part, though places
                    sides.forEach(c -> roles.putIfAbsent(c, found.id()));
                    convened.addAll(sides);
                    continue;
                }
                String actor = st.entityAt(s, g, h);
                if (actor == null || !st.entities.get(actor).kind.isActor()) {
                    continue;
                }
                String role = found == null ? null : found.id();
                if (role != null) {
                    roles.putIfAbsent(actor, role);
                    if (party(type, actor, found, rel)) {
                        convened.add(actor);
                    }
                }
                // "meetings involving leaders, including X and Y"
                if (rel.startsWith("acl")) {
                    continue;
                }
                // "a delegation led by X": X leads it.
                for (SemanticGraphEdge a : g.outgoingEdgeList(h)) {
                    if (a.getRelation().toString().startsWith("acl") && (a.getDependent().lemma().equals("lead") || a.getDependent().lemma().equals("head"))) {
                        for (SemanticGraphEdge b : g.outgoingEdgeList(a.getDependent())) {
                            String leader = st.entityAt(s, g, b.getDependent());
                            if (leader != null && b.getRelation().toString().startsWith("obl")) {
                                roles.putIfAbsent(leader, RoleType.LEADER.id());
                            }
                        }
                    }
                }
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (!e.getRelation().toString().startsWith("acl")) {
                continue;
            }
            for (SemanticGraphEdge o : g.outgoingEdgeList(e.getDependent())) {
                // "the talks, which Anwar chaired as the current chair of the Association of Southeast Asian Nations":
                // the clause's object is the event itself, whose words are all of the clause (issue 25, dev set:
                // putrajaya-ceasefire-wire, where ASEAN took part).
                if (o.getRelation().toString().equals("obj") && !o.getDependent().equals(w)) {
                    for (IndexedWord d : g.descendants(o.getDependent())) {
                        String actor = st.tokenEntity.get(ArticleState.key(s, d.index()));
                        if (actor != null && st.entities.get(actor).kind.isActor() && !st.entities.get(actor).kind.isPlace()) {
                            roles.putIfAbsent(actor, RoleType.PARTICIPANT.id());
                        }
                    }
                }
            }
        }
        // "the talks, which Anwar chaired": the chair or host of a relative clause on the event's noun
        // (issue 25, dev set: putrajaya-ceasefire-wire).
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            RoleType byVerb = roleOfVerb(e.getDependent().lemma());
            if (e.getRelation().toString().equals("acl:relcl") && byVerb != null) {
                for (SemanticGraphEdge sub : Graphs.subjects(g, e.getDependent())) {
                    String actor = st.entityAt(s, g, sub.getDependent());
                    if (actor != null && st.entities.get(actor).kind.isActor()) {
                        roles.putIfAbsent(actor, byVerb.id());
                    }
                }
            }
        }
        // "the United Nations-convened meeting": who convenes or hosts it, by the adjective on the event's noun (issue 25,
        // dev set: doha-three-pakistan-attends).
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            RoleType byVerb = roleOfVerb(e.getDependent().lemma());
            if (e.getRelation().toString().equals("amod") && byVerb != null) {
                for (SemanticGraphEdge o : g.outgoingEdgeList(e.getDependent())) {
                    String actor = o.getRelation().toString().startsWith("obl") ? st.entityAt(s, g, o.getDependent()) : null;
                    if (actor != null && st.entities.get(actor).kind.isActor() && !st.entities.get(actor).kind.isPlace()) {
                        roles.putIfAbsent(actor, byVerb.id());
                    }
                }
            }
        }
        // "Anwar Ibrahim said after hosting the leaders", "Azizi is set to visit": a verb without a subject of
        // its own takes the subject of the verb it hangs on (issue 25, dev set: putrajaya-ceasefire-wire).
        if (w.tag().startsWith("VB") && g.outgoingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
            for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                String rel = in.getRelation().toString();
                if (!rel.startsWith("advcl") && !rel.equals("xcomp")) {
                    continue;
                }
                for (SemanticGraphEdge e : Graphs.subjects(g, in.getGovernor())) {
                    String actor = st.entityAt(s, g, e.getDependent());
                    RoleType found = role(type, w.lemma(), "nsubj");
                    if (actor != null && st.entities.get(actor).kind.isActor() && found != null) {
                        roles.putIfAbsent(actor, found.id());
                    }
                }
            }
        }
        // "Sadiq led the delegation and took part in the 7th round": the subject of the verb the event hangs on.
        if (w.tag().startsWith("NN")) {
            for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                IndexedWord gov = in.getGovernor();
                for (SemanticGraphEdge e : Graphs.subjects(g, gov)) {
                    String actor = st.entityAt(s, g, e.getDependent());
                    if (actor != null && st.entities.get(actor).kind.isActor() && !roles.containsKey(actor)) {
                        RoleType byVerb = roleOfVerb(gov.lemma());
                        RoleType found = byVerb != null ? byVerb : type.equals("visit") ? RoleType.VISITOR : RoleType.PARTICIPANT;
                        roles.put(actor, found.id());
                        if (party(type, actor, found, "nsubj")) {
                            convened.add(actor); // "Pakistan will take part in the ... meeting" (dev: doha-three-pakistan-attends)
                        }
                    }
                }
                // "he convened the two Cypriot leaders and the guarantor powers, Greece, Türkiye and the United
                // Kingdom, for an informal meeting" (dev: un-cyprus-geneva-note): whom the host convenes take part.
                if (gov.lemma().equals("convene")) {
                    for (SemanticGraphEdge o : g.outgoingEdgeList(gov)) {
                        if (o.getRelation().toString().equals("obj")) {
                            for (IndexedWord d : g.descendants(o.getDependent())) {
                                String actor = st.tokenEntity.get(ArticleState.key(s, d.index()));
                                if (actor != null && st.entities.get(actor).kind.isActor()) {
                                    roles.putIfAbsent(actor, RoleType.PARTICIPANT.id());
                                    convened.add(actor); // a country convened takes part, though a place
                                }
                            }
                        }
                    }
                }
                if (in.getRelation().toString().startsWith("conj")) {
                    for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                        if (e.getRelation().toString().startsWith("nsubj")) {
                            String actor = st.entityAt(s, g, e.getDependent());
                            if (actor != null && st.entities.get(actor).kind.isActor() && !roles.containsKey(actor)) {
                                roles.put(actor, RoleType.PARTICIPANT.id());
                            }
                        }
                    }
                }
            }
        }
        List<DraftedArticle.Participant> out = new ArrayList<>();
        roles.forEach((actor, role) -> {
            // "Azizi is set to visit Pakistan": the country visited is the visit's place, not a host
            // (issue 25, dev set: sadiq-kabul-wire).
            if (type.equals("visit") && RoleType.HOST.names(role) && st.entities.get(actor).kind.isPlace()) {
                return;
            }
            if (convened.contains(actor) || !(st.entities.get(actor).kind.isPlace() && !RoleType.VISITOR.names(role) && !RoleType.HOST.names(role) && !RoleType.AGENT.names(role))) {
                out.add(new DraftedArticle.Participant(actor, role, null));
            }
        });
        if (out.isEmpty()) {
            checks.add("no participants found; add them");
        }
        return out;
    }

    /**
     * A country that is the subject of an agreement or a meeting takes part in it as a party, though it is a
     * place: "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire" (issue 25,
     * dev set: putrajaya-ceasefire-wire). Countries in other relations ("talks with Pakistan") stay out.
     */
    private boolean party(String type, String actor, RoleType role, String rel) {
        return PARTY_TYPES.contains(type) && role == RoleType.PARTICIPANT && rel.startsWith("nsubj")
                && st.entities.get(actor).kind == org.etkg.model.EntityKind.COUNTRY;
    }

    /**
     * The role the subject of a verb has in the event it governs: "Dar chaired a meeting" (dev:
     * mofa-dar-chairs-afghan-review) and "which Anwar chaired" lead it; "hosted" hosts it; null for others.
     */
    static RoleType roleOfVerb(String lemma) {
        return switch (lemma) {
            case "chair", "lead", "head" -> RoleType.LEADER;
            // "There he convened the two Cypriot leaders and the guarantor powers ... for an informal meeting" (dev: un-cyprus-geneva-note)
            case "host", "convene" -> RoleType.HOST;
            default -> null;
        };
    }

    static RoleType role(String type, String lemma, String rel) {
        if (rel.equals("nsubj:xsubj")) {
            rel = "nsubj"; // "Azizi is set to visit Pakistan": Azizi is the subject of "visit" too
        }
        boolean subject = rel.equals("nsubj") || rel.equals("obl:agent") && !lemma.equals("receive") && !lemma.equals("host")
                || rel.equals("nmod:poss");
        return switch (type) {
            case "visit" -> subject || rel.equals("nsubj") ? RoleType.VISITOR : rel.equals("obj") ? RoleType.HOST : null;
            case "meeting", "talks" -> switch (lemma) {
                case "receive", "host" -> rel.equals("nsubj") || rel.equals("obl:agent") ? RoleType.HOST
                        : rel.equals("obj") || rel.equals("nsubj:pass") ? RoleType.VISITOR : null;
                // "Sadiq called on the acting foreign minister" (dev: sadiq-kabul-wire): a courtesy visit to a host.
                case "call" -> rel.equals("nsubj") ? RoleType.VISITOR : rel.equals("obl:on") ? RoleType.HOST : null;
                default -> subject || rel.equals("obj") || rel.startsWith("obl:with") || rel.startsWith("nmod:with")
                        || rel.startsWith("nmod:between") || rel.startsWith("acl") ? RoleType.PARTICIPANT : null;
            };
            case "attack", "airstrike" -> subject ? RoleType.AGENT : rel.equals("obj") || rel.startsWith("obl:on")
                    || rel.startsWith("nmod:on") ? RoleType.AFFECTED : null;
            case "committee-round", "agreement" -> subject || rel.startsWith("nmod:between") || rel.startsWith("obl:with")
                    ? RoleType.PARTICIPANT : null;
            case "suspension" -> subject ? RoleType.AGENT : null;
            default -> subject ? RoleType.AGENT : null;
        };
    }
}
