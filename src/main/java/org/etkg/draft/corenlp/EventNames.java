// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle;
import org.etkg.model.EntityKind;

/**
 * What an event is called: the committee a round belongs to, and the drafted label.
 * Needs: entities, the dependency parse. Gives: series and labels to EventStage.
 */
final class EventNames {
    private final ArticleState st;

    EventNames(ArticleState st) {
        this.st = st;
    }

    String seriesOf(int s, SemanticGraph g, IndexedWord round) {
        for (IndexedWord d : g.descendants(round)) {
            String id = st.tokenEntity.get(ArticleState.key(s, d.index()));
            if (id != null && st.entities.get(id).kind == EntityKind.COMMITTEE) {
                return id;
            }
        }
        for (EntityBuilder e : st.entities.values()) {
            if (e.kind == EntityKind.COMMITTEE) {
                return e.id;
            }
        }
        return null;
    }

    /**
     * The committee a meeting's noun names: in its own words ("the last JCC meeting"), or by "its" when the
     * article has a committee ("Its previous meeting", dev: jcc-seventh-session-kabul); null for others.
     */
    String committeeNamedBy(int s, SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            String id = st.tokenEntity.get(ArticleState.key(s, e.getDependent().index()));
            if (rel.equals("compound") && id != null && st.entities.get(id).kind == EntityKind.COMMITTEE) {
                return id;
            }
            if (rel.equals("nmod:poss") && List.of("its", "their").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return seriesOf(s, g, w);
            }
        }
        return null;
    }

    String label(String type, List<DraftedArticle.Participant> participants, String place, String series, Integer ordinal) {
        String who = participants.isEmpty() ? null : st.entities.get(participants.get(0).actor()).label;
        String where = place == null ? null : st.entities.get(place).label;
        return switch (type) {
            case "visit" -> (who == null ? "A visit" : Words.capital(who) + "'s visit") + (where == null ? "" : " to " + where);
            case "committee-round" -> (ordinal == null ? "A round" : "Round " + ordinal) + " of the " + st.entities.get(series).label;
            case "meeting", "talks" -> (participants.size() >= 2 ? "Meeting of " + who + " and " + st.entities.get(participants.get(1).actor()).label
                    : who == null ? "A meeting" : Words.capital(who) + " meets") + (where == null ? "" : " in " + where);
            default -> Words.capital(type.replace('-', ' ')) + (who == null ? "" : " by " + who) + (where == null ? "" : " in " + where);
        };
    }
}
