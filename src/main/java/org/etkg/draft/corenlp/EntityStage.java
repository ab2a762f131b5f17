// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.NameKey;
import org.etkg.model.EntityKind;

/**
 * Entities from named-entity recognition, national bodies ("the Afghan foreign ministry") and
 * delegations ("a Pakistani delegation", later "the delegation"); then people NER took for
 * organisations.
 * Needs: the names of NameStage, NER mentions, the dependency parse. Gives: entities, the tokens
 * they cover and the order of mention.
 */
final class EntityStage {
    private static final Set<String> PLATFORMS = Set.of("Twitter", "X", "Facebook", "Telegram", "YouTube", "Instagram", "WhatsApp");
    private final ArticleState st;

    EntityStage(ArticleState st) {
        this.st = st;
    }

    void nerMentions(int s, CoreSentence sentence) {
        if (sentence.tokens().size() < 4) {
            return; // "Scroll to Top": page chrome, not a sentence
        }
        for (CoreEntityMention m : sentence.entityMentions()) {
            List<CoreLabel> tokens = m.tokens();
            if (st.marked(s, tokens)) {
                continue;
            }
            String type = m.entityType();
            String word = m.text();
            if (Words.isTimeName(word)) {
                continue; // "Eid-ul-Fitr", "Ramadan", "April": when things happen, never who acts
            }
            int begin = tokens.get(0).beginPosition();
            int written = tokens.get(tokens.size() - 1).endPosition();
            int cut = Words.nameEnd(st.text, begin, written);
            if (cut != written) {
                // "United" of "United Nations-convened": the name as the text writes it, never a fragment.
                List<CoreLabel> covered = new ArrayList<>();
                for (CoreLabel t : sentence.tokens()) {
                    if (t.beginPosition() >= begin && t.beginPosition() < Math.max(cut, written)) {
                        covered.add(t);
                    }
                }
                tokens = covered;
                word = st.text.substring(begin, cut);
            }
            if (tokens.size() == 1 && st.acronyms.containsKey(word)) {
                st.mark(s, tokens, st.acronyms.get(word));
                continue;
            }
            EntityKind kind = switch (type) {
                case "PERSON" -> EntityKind.PERSON;
                case "ORGANIZATION" -> PLATFORMS.contains(word) ? EntityKind.PLATFORM : EntityKind.ORGANIZATION;
                case "COUNTRY" -> EntityKind.COUNTRY;
                case "CITY" -> EntityKind.CITY;
                case "STATE_OR_PROVINCE", "LOCATION" -> EntityKind.REGION;
                default -> null;
            };
            if (kind == null || tokens.stream().anyMatch(t -> t.tag().startsWith("PRP") || t.tag().startsWith("W"))
                    || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            if (kind == EntityKind.PERSON && tokens.stream().noneMatch(Words::isProper)) {
                continue;
            }
            if (kind == EntityKind.REGION && Words.namesNations(word)) {
                kind = EntityKind.ORGANIZATION; // "the United Nations-convened meeting" (dev: doha-three-pakistan-attends): NER says a location
            }
            if (kind == EntityKind.PERSON && tokens.size() == 1 && Words.listedWithCountries(sentence.tokens(), tokens.get(0).index() - 1)) {
                kind = EntityKind.COUNTRY; // "Greece, Türkiye and the United Kingdom" (dev: un-cyprus-geneva-note): NER took Türkiye for a person
            }
            int first = tokens.get(0).index() - 1;
            List<CoreLabel> all = sentence.tokens();
            String check = "kind " + kind.key() + " from named-entity recognition";
            // "Afghan Taliban": a nationality written before an organisation is part of its name.
            if (kind == EntityKind.ORGANIZATION && first > 0 && "NATIONALITY".equals(all.get(first - 1).ner())) {
                tokens = new ArrayList<>(tokens);
                tokens.add(0, all.get(first - 1));
                check = "name taken with the nationality before it; the same as the bare \"" + word + "\" later?";
            }
            if (kind == EntityKind.ORGANIZATION && Words.isAccordingTo(all, first)) {
                kind = EntityKind.NEWSPAPER;
                check = "a newspaper, as the article reports \"according to\" it";
            }
            Span quote = new Span(tokens.get(0).beginPosition(), cut != written ? cut : tokens.get(tokens.size() - 1).endPosition());
            String label = quote.of(st.text);
            EntityBuilder e = bareNameOf(kind, label);
            if (e == null && kind == EntityKind.ORGANIZATION && tokens.size() == 1) {
                e = personByLastName(label); // NER sometimes takes "Azizi" for an organisation
            }
            if (e == null) {
                e = st.entity(kind, label, quote, check);
            }
            if (e.kind == EntityKind.PERSON && label.length() > e.label.length() && NameKey.phonetic(label).endsWith(NameKey.phonetic(e.label))) {
                e.altLabels.add(e.label);
                e.label = label;
            }
            st.mark(s, tokens, e.id);
        }
    }

    /** "Nurudin Azizi" taken by NER for an organisation, and "Azizi" later for a person: one person. */
    void peopleTakenForOrganisations() {
        for (EntityBuilder person : new ArrayList<>(st.entities.values())) {
            if (person.kind != EntityKind.PERSON || person.label.contains(" ")) {
                continue;
            }
            String folded = NameKey.phonetic(person.label);
            for (EntityBuilder org : new ArrayList<>(st.entities.values())) {
                if (org.kind == EntityKind.ORGANIZATION && NameKey.phonetic(org.label).endsWith(" " + folded)
                        && org.label.split(" ").length <= 3) {
                    EntityBuilder merged = new EntityBuilder(org.id, EntityKind.PERSON, org.label, org.quote);
                    merged.checks.add("a person: named-entity recognition took \"" + org.label + "\" for an organisation, \""
                            + person.label + "\" for a person");
                    st.entities.put(org.id, merged);
                    replaceEntity(person.id, org.id);
                    break;
                }
            }
        }
        // "Nooruddin Azizi led the Afghan side": who leads a delegation is a person.
        for (int s = 0; s < st.doc.sentences().size(); s++) {
            SemanticGraph g = st.doc.sentences().get(s).dependencyParse();
            for (IndexedWord v : g.vertexSet()) {
                if (!v.lemma().equals("lead") && !v.lemma().equals("head")) {
                    continue;
                }
                boolean leadsDelegation = false;
                String subject = null;
                for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                    String id = st.tokenEntity.get(ArticleState.key(s, e.getDependent().index()));
                    if (id == null) {
                        continue;
                    }
                    if (e.getRelation().toString().equals("obj") && st.entities.get(id).kind == EntityKind.DELEGATION) {
                        leadsDelegation = true;
                    }
                    if (e.getRelation().toString().equals("nsubj")) {
                        subject = id;
                    }
                }
                EntityBuilder org = subject == null ? null : st.entities.get(subject);
                if (leadsDelegation && org != null && org.kind == EntityKind.ORGANIZATION && org.label.split(" ").length <= 3
                        && java.util.Arrays.stream(org.label.split(" ")).noneMatch(Lexicon.NAME_HEADS::containsKey)) {
                    EntityBuilder person = new EntityBuilder(org.id, EntityKind.PERSON, org.label, org.quote);
                    person.checks.add("a person, as \"" + org.label + "\" leads a delegation (named-entity recognition took it for an organisation)");
                    st.entities.put(org.id, person);
                }
            }
        }
        // "Azizi" as an organisation when "Nurudin Azizi" is a person after all
        for (EntityBuilder org : new ArrayList<>(st.entities.values())) {
            if (org.kind == EntityKind.ORGANIZATION && !org.label.contains(" ")) {
                EntityBuilder person = personByLastName(org.label);
                if (person != null) {
                    replaceEntity(org.id, person.id);
                }
            }
        }
    }

    /** "the Afghan foreign ministry", "the Pakistani government": an organisation NER does not name. */
    void nationalBodies(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!Lexicon.NATIONAL_BODIES.contains(t.lemma().toLowerCase(Locale.ROOT)) || st.isEntityToken(s, t)) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && j >= i - 2 && tokens.get(j).tag().matches("JJ|NN") && !"NATIONALITY".equals(tokens.get(j).ner())) {
                j--;
            }
            CoreLabel n = tokens.get(j);
            if (!"NATIONALITY".equals(n.ner()) || !Lexicon.DEMONYMS.containsKey(n.word())) {
                continue;
            }
            Span quote = new Span(n.beginPosition(), t.endPosition());
            EntityBuilder e = st.entity(EntityKind.ORGANIZATION, quote.of(st.text), quote,
                    "an organisation of " + Lexicon.DEMONYMS.get(n.word()) + ", from the words \"" + quote.of(st.text) + "\"");
            st.mark(s, tokens.subList(j, i + 1), e.id);
        }
    }

    /** "a Pakistani delegation", "a Taliban delegation", and later "the delegation". */
    void delegations(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            boolean side = ("side".equals(t.lemma()) || "team".equals(t.lemma())) && t.tag().equals("NN") && i > 0
                    && "NATIONALITY".equals(tokens.get(i - 1).ner());
            if (!("delegation".equals(t.lemma()) || side) || !t.tag().startsWith("NN")) {
                continue;
            }
            int j = i - 1;
            // "a Pakistani commerce delegation", "a high-level Afghan delegation"
            while (j >= 0 && j >= i - 3 && (tokens.get(j).tag().matches("JJ|NN") && !"NATIONALITY".equals(tokens.get(j).ner())
                    && !st.isEntityToken(s, tokens.get(j)))) {
                j--;
            }
            CoreLabel modifier = j >= 0 ? tokens.get(j) : null;
            String owner = null;
            String ownerLabel = null;
            if (modifier != null && "NATIONALITY".equals(modifier.ner()) && Lexicon.DEMONYMS.containsKey(modifier.word())) {
                ownerLabel = modifier.word();
                String country = Lexicon.DEMONYMS.get(modifier.word());
                EntityBuilder c = st.entity(EntityKind.COUNTRY, country, new Span(modifier.beginPosition(), modifier.endPosition()),
                        "country from the nationality \"" + modifier.word() + "\"");
                owner = c.id;
            } else if (modifier != null && st.tokenEntity.containsKey(ArticleState.key(s, modifier.index()))) {
                EntityBuilder o = st.entities.get(st.tokenEntity.get(ArticleState.key(s, modifier.index())));
                if (o.kind.isActor()) {
                    owner = o.id;
                    ownerLabel = modifier.word();
                }
            }
            EntityBuilder d;
            if (ownerLabel != null) {
                Span quote = new Span(modifier.beginPosition(), t.endPosition());
                // "an Afghan delegation" and later "the Afghan side": one delegation.
                d = st.entity(EntityKind.DELEGATION, ownerLabel + " delegation", quote, null);
                if (d.checks.isEmpty()) {
                    d.checks.add("one delegation for every \"" + ownerLabel + " delegation\" and the \"delegation\" after it");
                }
                if (d.delegationOf == null) {
                    d.delegationOf = owner;
                }
                st.mark(s, tokens.subList(j, i + 1), d.id);
            } else {
                String recent = st.recent(s, t.index(), e -> e.kind == EntityKind.DELEGATION);
                if (recent == null) {
                    d = st.entity(EntityKind.DELEGATION, "delegation", new Span(t.beginPosition(), t.endPosition()),
                            "the article does not say whose delegation this is");
                } else {
                    d = st.entities.get(recent);
                }
                st.mark(s, List.of(t), d.id);
            }
        }
    }

    private EntityBuilder personByLastName(String name) {
        String folded = NameKey.phonetic(name);
        for (EntityBuilder e : st.entities.values()) {
            if (e.kind == EntityKind.PERSON && NameKey.phonetic(e.label).endsWith(" " + folded)) {
                return e;
            }
        }
        return null;
    }

    private void replaceEntity(String from, String to) {
        st.entities.remove(from);
        st.tokenEntity.replaceAll((k, v) -> v.equals(from) ? to : v);
        st.mentionOrder.replaceAll(v -> v.equals(from) ? to : v);
        st.acronyms.replaceAll((k, v) -> v.equals(from) ? to : v);
        for (EntityBuilder e : st.entities.values()) {
            if (from.equals(e.delegationOf)) {
                e.delegationOf = to;
            }
        }
    }

    /** "Taliban" after "Afghan Taliban": the organisation already named in full. */
    private EntityBuilder bareNameOf(EntityKind kind, String label) {
        if (kind != EntityKind.ORGANIZATION && kind != EntityKind.GROUP) {
            return null;
        }
        String folded = NameKey.phonetic(label);
        for (EntityBuilder e : st.entities.values()) {
            if (ArticleState.sameKindFamily(e.kind, kind) && NameKey.phonetic(e.label).endsWith(" " + folded)
                    && Lexicon.DEMONYMS.containsKey(e.label.split(" ")[0])) {
                return e;
            }
        }
        return null;
    }
}
