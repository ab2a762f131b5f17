// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.EntityKind;

/**
 * Posts from titles written before or after a name ("acting Foreign Minister Amir Khan Muttaqi",
 * "Azizi, acting minister of ..."), held by the person, in the government or organisation the
 * words name, else the one named before.
 * Needs: entities, NER's TITLE tags. Gives: post entities and the holds of people.
 */
final class PostStage {
    private final ArticleState st;

    PostStage(ArticleState st) {
        this.st = st;
    }

    // ---------------------------------------------------------------- posts

    /** Titles written before or after a name: "acting Foreign Minister Amir Khan Muttaqi", "Azizi, acting minister of ...". */
    void posts(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"TITLE".equals(tokens.get(i).ner()) || (i > 0 && "TITLE".equals(tokens.get(i - 1).ner()))) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && "TITLE".equals(tokens.get(end + 1).ner())) {
                end++;
            }
            int start = i;
            // Words that belong to the title: "acting", "Special", "Deputy", "commerce".
            while (start > 0 && ((tokens.get(start - 1).tag().matches("JJ|NN|NNP") || Set.of("acting", "former", "interim", "caretaker").contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) && !st.isEntityToken(s, tokens.get(start - 1))
                    && !"NATIONALITY".equals(tokens.get(start - 1).ner()))) {
                start--;
            }
            // "... for Afghanistan", "... of industry and commerce"
            int stop = end;
            if (stop + 2 < tokens.size() && Set.of("for", "of").contains(tokens.get(stop + 1).word())) {
                int k = stop + 2;
                while (k < tokens.size() && (tokens.get(k).tag().matches("NN|NNS|NNP|NNPS|CC") && !tokens.get(k).word().equals(","))) {
                    k++;
                }
                if (k > stop + 2 && !tokens.get(k - 1).tag().equals("CC")) {
                    stop = k - 1;
                }
            }
            Span title = new Span(tokens.get(start).beginPosition(), tokens.get(stop).endPosition());
            String holder = holderOf(s, tokens, start, stop);
            if (holder == null) {
                continue;
            }
            String organisation = null;
            String why = null;
            int ownerAt = start - 1;
            if (ownerAt >= 1 && (tokens.get(ownerAt).tag().equals("POS"))) {
                String o = st.tokenEntity.get(ArticleState.key(s, tokens.get(ownerAt - 1).index()));
                if (o != null && st.entities.get(o).kind.isOrganization()) {
                    organisation = o;
                    why = "the government from \"" + tokens.get(ownerAt - 1).word() + "'s\"";
                    title = new Span(tokens.get(ownerAt - 1).beginPosition(), title.end());
                }
            }
            if (organisation == null && start > 0 && "NATIONALITY".equals(tokens.get(start - 1).ner())
                    && Lexicon.DEMONYMS.containsKey(tokens.get(start - 1).word())) {
                CoreLabel n = tokens.get(start - 1);
                organisation = st.entity(EntityKind.COUNTRY, Lexicon.DEMONYMS.get(n.word()),
                        new Span(n.beginPosition(), n.endPosition()), "country from the nationality \"" + n.word() + "\"").id;
                why = "the government from \"" + n.word() + "\"";
                title = new Span(n.beginPosition(), title.end());
            }
            if (organisation == null) {
                for (int k = stop + 1; k < Math.min(tokens.size(), stop + 6); k++) {
                    String o = st.tokenEntity.get(ArticleState.key(s, tokens.get(k).index()));
                    if (Set.of("in", "of", "the", "at").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    if (o != null && st.entities.get(o).kind.isOrganization() && !o.equals(holder)) {
                        organisation = o;
                        why = "the organisation from the words after the title";
                    }
                    break;
                }
            }
            if (organisation == null) {
                String o = st.recent(s, tokens.get(start).index(), e -> e.kind.isOrganization() && e.kind != EntityKind.DELEGATION);
                if (o != null) {
                    organisation = o;
                    why = "the organisation named last before the title, " + st.entities.get(o).label;
                }
            }
            if (organisation == null) {
                // "a Pakistani delegation under Commerce Secretary X": the delegation's country.
                String d = st.recent(s, tokens.get(start).index(), e -> e.kind == EntityKind.DELEGATION && e.delegationOf != null
                        && st.entities.get(e.delegationOf).kind.isOrganization());
                if (d != null) {
                    organisation = st.entities.get(d).delegationOf;
                    why = "the country of the " + st.entities.get(d).label + " named before the title";
                }
            }
            if (organisation == null) {
                st.entities.get(holder).checks.add("a title (\"" + title.of(st.text) + "\") without an organisation: no post drafted");
                continue;
            }
            String label = st.text.substring(tokens.get(start).beginPosition(), tokens.get(stop).endPosition());
            EntityBuilder post = st.entity(EntityKind.POST, "post " + st.entities.get(organisation).label + " " + label, title,
                    "a post of " + st.entities.get(organisation).label + ": " + why);
            post.label = label;
            post.postIn = organisation;
            EntityBuilder person = st.entities.get(holder);
            if (!person.holds.contains(post.id)) {
                person.holds.add(post.id);
            }
        }
    }

    /**
     * A place named only as the remit of a post, "Pakistan's special representative for Afghanistan", "Assistant
     * Secretary for West Asia", is no entity of the article: the post names it, no one goes there or acts (issue 25,
     * dev set: sadiq-kabul-march-2025 and doha-three-pakistan-attends, where "Afghanistan", "West" and "Asia" were
     * drafted as places). A place named anywhere else as well, or that a post or delegation is of, stays.
     */
    void remitsOnly() {
        Map<String, Boolean> onlyRemit = new HashMap<>();
        for (int s = 0; s < st.doc.sentences().size(); s++) {
            List<CoreLabel> tokens = st.doc.sentences().get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String id = st.tokenEntity.get(ArticleState.key(s, tokens.get(i).index()));
                if (id == null || st.entities.get(id) == null || !st.entities.get(id).kind.isPlace()) {
                    continue;
                }
                int k = i - 1;
                while (k >= 0 && tokens.get(k).tag().startsWith("NNP") && st.isEntityToken(s, tokens.get(k))) {
                    k--; // "West" before "Asia"
                }
                boolean remit = k >= 1 && Set.of("for", "on").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                        && "TITLE".equals(tokens.get(k - 1).ner());
                onlyRemit.merge(id, remit, Boolean::logicalAnd);
            }
        }
        for (EntityBuilder e : st.entities.values()) {
            onlyRemit.remove(e.postIn);
            onlyRemit.remove(e.delegationOf);
        }
        onlyRemit.forEach((id, remit) -> {
            if (remit) {
                st.entities.remove(id);
                st.tokenEntity.values().removeIf(id::equals);
            }
        });
    }

    /** The person a title belongs to: named right after it, or right before it with a comma. */
    private String holderOf(int s, List<CoreLabel> tokens, int start, int stop) {
        int after = stop + 1;
        if (after < tokens.size() && tokens.get(after).word().equals(",")) {
            after++;
        }
        if (after < tokens.size()) {
            String e = st.tokenEntity.get(ArticleState.key(s, tokens.get(after).index()));
            if (e != null && st.entities.get(e).kind == EntityKind.PERSON) {
                return e;
            }
        }
        int before = start - 1;
        if (before >= 1 && tokens.get(before).tag().equals("POS")) {
            String owner = st.tokenEntity.get(ArticleState.key(s, tokens.get(before - 1).index()));
            before -= 2;
            while (before >= 0 && owner != null && owner.equals(st.tokenEntity.get(ArticleState.key(s, tokens.get(before).index())))) {
                before--;
            }
        }
        if (before >= 1 && tokens.get(before).tag().equals("DT")) {
            before--;
        }
        if (before >= 1 && tokens.get(before).word().equals(",")) {
            String e = st.tokenEntity.get(ArticleState.key(s, tokens.get(before - 1).index()));
            if (e != null && st.entities.get(e).kind == EntityKind.PERSON) {
                return e;
            }
        }
        return null;
    }
}
