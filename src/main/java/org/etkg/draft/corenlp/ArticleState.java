// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.NameKey;
import org.etkg.model.EntityKind;

/**
 * What the stages know of one article, as CoreNLP's Annotation is for its annotators: the parsed
 * document, the entities drafted so far and the token each one covers, in order of mention, and the
 * events drafted so far. Stages read and add to it; the helpers here are the ones several stages share.
 */
final class ArticleState {
    final String text;
    final CoreDocument doc;
    final LocalDate published;

    final Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    /** Entity of each token, by sentence and token index. */
    final Map<Long, String> tokenEntity = new HashMap<>();
    /** Entity ids in order of mention, for pronouns and "the delegation". */
    final List<String> mentionOrder = new ArrayList<>();
    final Map<Long, Integer> tokenMentionRank = new HashMap<>();
    final Map<String, String> acronyms = new HashMap<>();
    final List<DraftedArticle.Event> events = new ArrayList<>();
    final List<DraftedArticle.OutsideDate> outsideDates = new ArrayList<>();
    final Set<String> eventIds = new HashSet<>();
    final Set<String> typesInSentence = new HashSet<>();
    /** Sentences already drafted as a statement from quotation marks. */
    final Set<Integer> quotedSentences = new HashSet<>();

    ArticleState(String text, CoreDocument doc, LocalDate published) {
        this.text = text;
        this.doc = doc;
        this.published = published;
    }

    static long key(int sentence, int tokenIndex) {
        return sentence * 100_000L + tokenIndex;
    }

    /** An entity for this name and kind: the one already drafted under the same folded name, or a new one. */
    EntityBuilder entity(EntityKind kind, String label, Span quote, String check) {
        String folded = NameKey.phonetic(label);
        for (EntityBuilder e : entities.values()) {
            if (sameKindFamily(e.kind, kind) && (NameKey.phonetic(e.label).equals(folded)
                    || e.altLabels.stream().anyMatch(a -> NameKey.phonetic(a).equals(folded)))) {
                return e;
            }
        }
        // An organisation named again by the end of its name ("Joint Coordination Committee").
        if (kind != EntityKind.PERSON && !kind.isPlace() && folded.contains(" ")) {
            for (EntityBuilder e : entities.values()) {
                if (sameKindFamily(e.kind, kind) && NameKey.phonetic(e.label).endsWith(" " + folded)) {
                    return e;
                }
            }
        }
        // A person named again by the last part of the name ("Sadiq" after "Mohammad Sadiq"),
        // or by another part that only one person's name has ("Sadiq" after "Muhammad Sadiq Khan",
        // "Anwar" after "Anwar Ibrahim": issue 25, dev set: putrajaya-ceasefire-wire, "which Anwar chaired").
        if (kind == EntityKind.PERSON) {
            for (EntityBuilder e : entities.values()) {
                if (e.kind == EntityKind.PERSON && NameKey.phonetic(e.label).endsWith(" " + folded)) {
                    return e;
                }
            }
            if (!folded.contains(" ")) {
                List<EntityBuilder> having = entities.values().stream().filter(e -> e.kind == EntityKind.PERSON
                        && NameKey.phonetic(e.label).contains(" ") && List.of(NameKey.phonetic(e.label).split(" ")).contains(folded)).toList();
                if (having.size() == 1) {
                    return having.get(0);
                }
            }
        }
        String id = uniqueEntityId(NameKey.slug(label), kind);
        EntityBuilder e = new EntityBuilder(id, kind, label, quote);
        if (check != null) {
            e.checks.add(check);
        }
        entities.put(id, e);
        return e;
    }

    static boolean sameKindFamily(EntityKind a, EntityKind b) {
        if (a == b) {
            return true;
        }
        Set<EntityKind> orgs = Set.of(EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.COMMITTEE, EntityKind.NEWSPAPER);
        return orgs.contains(a) && orgs.contains(b);
    }

    String uniqueEntityId(String base, EntityKind kind) {
        String id = base.isEmpty() ? kind.key() : base;
        if (entities.containsKey(id)) {
            id = base + "-" + kind.key();
        }
        int n = 2;
        String candidate = id;
        while (entities.containsKey(candidate)) {
            candidate = id + "-" + n++;
        }
        return candidate;
    }

    void mark(int s, List<CoreLabel> tokens, String entityId) {
        for (CoreLabel t : tokens) {
            long k = key(s, t.index());
            tokenEntity.put(k, entityId);
        }
        mentionOrder.add(entityId);
        for (CoreLabel t : tokens) {
            tokenMentionRank.put(key(s, t.index()), mentionOrder.size() - 1);
        }
    }

    boolean marked(int s, List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> tokenEntity.containsKey(key(s, t.index())));
    }

    /**
     * The entity of the given kind named last before this token, in the order of the text. Not in the order
     * the stages marked the names: they mark a sentence's delegations after its people, so "his" after "Guterres
     * will see each delegation" took the person named after "his" (issue 25, dev set: cyprus-new-york-meeting-preview,
     * "On Thursday Guterres will see each delegation separately; his talks with President Nikos Christodoulides").
     */
    String recent(int s, int tokenIndex, java.util.function.Predicate<EntityBuilder> test) {
        for (int ss = s; ss >= 0; ss--) {
            int from = ss == s ? tokenIndex - 1 : doc.sentences().get(ss).tokens().size();
            for (int i = from; i >= 1; i--) {
                String id = tokenEntity.get(key(ss, i));
                EntityBuilder e = id == null ? null : entities.get(id);
                if (e != null && test.test(e)) {
                    return e.id;
                }
            }
        }
        return null;
    }

    boolean isEntityToken(int s, CoreLabel t) {
        return tokenEntity.containsKey(key(s, t.index()));
    }

    String entityAt(int s, SemanticGraph g, IndexedWord w) {
        String id = tokenEntity.get(key(s, w.index()));
        if (id != null) {
            return id;
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(word)) {
            return recent(s, w.index(), b -> b.kind == EntityKind.PERSON);
        }
        String titled = NominalMentions.person(this, s, g, w);
        if (titled != null) {
            return titled;
        }
        // "Pakistan's commerce minister, Jam Kamal Khan": the name in apposition. "Thailand's acting Prime Minister
        // Phumtham Wechayachai" leaves the name as "dep" of the title (issue 25, dev set: putrajaya-ceasefire-wire).
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("dep") && "TITLE".equals(w.ner())) {
                String a = tokenEntity.get(key(s, e.getDependent().index()));
                if (a != null && (rel.equals("appos") || entities.get(a).kind == EntityKind.PERSON)) {
                    return a;
                }
            }
        }
        // "members of the Pakistani delegation": the entity the head's "of" names.
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("flat")) {
                String c = tokenEntity.get(key(s, e.getDependent().index()));
                if (c != null) {
                    return c;
                }
            }
        }
        if (w.lemma().equals("member")) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (e.getRelation().toString().startsWith("nmod:of")) {
                    return tokenEntity.get(key(s, e.getDependent().index()));
                }
            }
        }
        return null;
    }

    Span subtree(SemanticGraph g, IndexedWord root, Set<String> skip) {
        int start = root.beginPosition();
        int end = root.endPosition();
        List<IndexedWord> todo = new ArrayList<>(List.of(root));
        Set<IndexedWord> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            IndexedWord w = todo.remove(todo.size() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if ((w == root && skip.contains(e.getRelation().toString())) || !seen.add(e.getDependent())) {
                    continue;
                }
                IndexedWord d = e.getDependent();
                if (d.tag().equals(".") || d.tag().equals(",") && (d.beginPosition() < start || d.endPosition() > end)) {
                    continue;
                }
                start = Math.min(start, d.beginPosition());
                end = Math.max(end, d.endPosition());
                todo.add(d);
            }
        }
        return trim(new Span(start, end));
    }

    /** The span widened so that it does not cut a name in two. */
    Span coverNames(int s, Span span) {
        int start = span.start();
        int end = span.end();
        List<CoreLabel> tokens = doc.sentences().get(s).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String id = tokenEntity.get(key(s, tokens.get(i).index()));
            if (id == null) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && id.equals(tokenEntity.get(key(s, tokens.get(j + 1).index())))) {
                j++;
            }
            int a = tokens.get(i).beginPosition();
            int b = tokens.get(j).endPosition();
            if (a < end && b > start) {
                start = Math.min(start, a);
                end = Math.max(end, b);
            }
            i = j;
        }
        return new Span(start, end);
    }

    Span trimmed(CoreSentence sentence) {
        return trim(new Span(sentence.charOffsets().first(), sentence.charOffsets().second()));
    }

    /** Without spaces, commas and unbalanced quotation marks at the edges. */
    Span trim(Span span) {
        int start = span.start();
        int end = span.end();
        while (end > start + 1 && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end - 1 && ",;: ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return new Span(start, end);
    }

    String eventId(String type, String about) {
        String base = about == null ? type : type + "-" + about;
        String id = base;
        int n = 2;
        while (eventIds.contains(id) || entities.containsKey(id)) {
            id = base + "-" + n++;
        }
        eventIds.add(id);
        return id;
    }
}
