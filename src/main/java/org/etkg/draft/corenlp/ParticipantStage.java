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
    private final ArticleState st;

    ParticipantStage(ArticleState st) {
        this.st = st;
    }

    List<DraftedArticle.Participant> participants(int s, SemanticGraph g, IndexedWord w, String type, List<String> checks) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            List<IndexedWord> heads = new ArrayList<>(List.of(e.getDependent()));
            for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
                if (c.getRelation().toString().startsWith("conj")) {
                    heads.add(c.getDependent());
                }
            }
            for (IndexedWord h : heads) {
                String actor = st.entityAt(s, g, h);
                if (actor == null || !st.entities.get(actor).kind.isActor()) {
                    continue;
                }
                RoleType found = role(type, w.lemma(), rel);
                String role = found == null ? null : found.id();
                if (role != null) {
                    roles.putIfAbsent(actor, role);
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
                if (o.getRelation().toString().equals("obj")) {
                    for (IndexedWord d : g.descendants(o.getDependent())) {
                        String actor = st.tokenEntity.get(ArticleState.key(s, d.index()));
                        if (actor != null && st.entities.get(actor).kind.isActor() && !st.entities.get(actor).kind.isPlace()) {
                            roles.putIfAbsent(actor, RoleType.PARTICIPANT.id());
                        }
                    }
                }
            }
        }
        // "Sadiq led the delegation and took part in the 7th round": the subject of the verb the event hangs on.
        if (w.tag().startsWith("NN")) {
            for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                IndexedWord gov = in.getGovernor();
                for (SemanticGraphEdge e : Graphs.subjects(g, gov)) {
                    {
                        String actor = st.entityAt(s, g, e.getDependent());
                        if (actor != null && st.entities.get(actor).kind.isActor() && !roles.containsKey(actor)) {
                            roles.put(actor, (type.equals("visit") ? RoleType.VISITOR : RoleType.PARTICIPANT).id());
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
            if (!(st.entities.get(actor).kind.isPlace() && !RoleType.VISITOR.names(role) && !RoleType.HOST.names(role) && !RoleType.AGENT.names(role))) {
                out.add(new DraftedArticle.Participant(actor, role, null));
            }
        });
        if (out.isEmpty()) {
            checks.add("no participants found; add them");
        }
        return out;
    }

    private static RoleType role(String type, String lemma, String rel) {
        boolean subject = rel.equals("nsubj") || rel.equals("obl:agent") && !lemma.equals("receive") && !lemma.equals("host")
                || rel.equals("nmod:poss");
        return switch (type) {
            case "visit" -> subject || rel.equals("nsubj") ? RoleType.VISITOR : rel.equals("obj") ? RoleType.HOST : null;
            case "meeting", "talks" -> switch (lemma) {
                case "receive", "host" -> rel.equals("nsubj") || rel.equals("obl:agent") ? RoleType.HOST
                        : rel.equals("obj") || rel.equals("nsubj:pass") ? RoleType.VISITOR : null;
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
