// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.etkg.draft.DraftedArticle;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.Modality;
import org.etkg.model.NameKey;
import org.etkg.model.EntityKind;
import org.etkg.model.RoleType;

/**
 * Statements: direct quotes with their speaker, reported speech from speech verbs, "alleged X" as
 * an allegation nobody in the text makes, the source that reports them and their modality.
 * Needs: entities, the dependency parse. Gives: statement events.
 */
final class StatementStage {
    private static final Pattern DIRECT_QUOTE = Pattern.compile("[“\"]([^“”\"\n]{12,}?)[”\"]");
    private static final Set<String> PLATFORMS = Set.of("Twitter", "X", "Facebook", "Telegram", "YouTube", "Instagram", "WhatsApp");
    private static final Set<String> PERSON_NOUNS = Set.of("official", "delegate", "spokesman", "spokesperson", "spokeswoman",
            "minister", "source", "diplomat", "member", "officer", "analyst", "leader", "representative", "envoy", "aide",
            "commander", "expert", "observer", "resident", "witness");
    private final ArticleState st;

    StatementStage(ArticleState st) {
        this.st = st;
    }

    void directQuotes(int s, CoreSentence sentence) {
        Matcher m = DIRECT_QUOTE.matcher(sentence.text());
        int base = sentence.charOffsets().first();
        while (m.find()) {
            String words = m.group(1).strip();
            if (words.split("\\s+").length < 5) {
                continue;
            }
            SemanticGraph g = sentence.dependencyParse();
            IndexedWord verb = null;
            for (IndexedWord w : g.vertexSet()) {
                if (Lexicon.SPEECH_VERBS.containsKey(w.lemma()) && w.tag().startsWith("VB")) {
                    if (verb == null || Math.abs(w.index() - 1) < Math.abs(verb.index() - 1)) {
                        verb = w;
                    }
                }
            }
            Span inner = new Span(base + m.start(1), base + m.start(1) + m.group(1).length());
            List<String> checks = new ArrayList<>();
            Speaker speaker = verb == null ? null : speakerOf(s, sentence, g, verb, checks);
            if (speaker == null) {
                checks.add("no speaker found for these quoted words; name one");
            }
            String type = verb == null ? "statement" : Lexicon.SPEECH_VERBS.get(verb.lemma());
            Span quote = st.trimmed(sentence);
            String modality = modality(s, quote, checks);
            String label = (speaker == null ? "Someone" : Words.capital(st.entities.get(speaker.id).label)) + " says \"" + Words.shorten(words, 8) + "\"";
            String id = st.eventId(type, speaker == null ? null : speaker.id);
            checks.add(0, "quoted words; speaker, modality (" + modality + ") and label are the drafter's");
            st.events.add(new DraftedArticle.Event(id, type, label, quote, null, null, List.of(), null, null, null,
                    new DraftedArticle.Statement(inner.of(st.text), true, speaker == null ? null : speaker.id, modality,
                            accordingTo(s)), checks));
            st.quotedSentences.add(s);
        }
    }

    private record Speaker(String id) {
    }

    /** The subject of a speech verb as an entity: named, a pronoun for the last person, or "an official" as an unnamed person. */
    private Speaker speakerOf(int s, CoreSentence sentence, SemanticGraph g, IndexedWord verb, List<String> checks) {
        for (SemanticGraphEdge e : Graphs.subjects(g, verb)) {
            IndexedWord subject = e.getDependent();
            String id = st.entityAt(s, g, subject);
            if (id != null) {
                return new Speaker(id);
            }
            String word = subject.word().toLowerCase(Locale.ROOT);
            if (Lexicon.PERSON_PRONOUNS.contains(word)) {
                String p = st.recent(s, subject.index(), b -> b.kind == EntityKind.PERSON);
                if (p != null) {
                    checks.add("\"" + subject.word() + "\" taken to be " + st.entities.get(p).label);
                    return new Speaker(p);
                }
            }
            if (Lexicon.GROUP_PRONOUNS.contains(word)) {
                String p = st.recent(s, subject.index(), b -> b.kind == EntityKind.DELEGATION || b.kind.isOrganization());
                if (p != null) {
                    checks.add("\"" + subject.word() + "\" taken to be " + st.entities.get(p).label);
                    return new Speaker(p);
                }
            }
            if (subject.tag().startsWith("NN") && PERSON_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT))) {
                Span phrase = st.subtree(g, subject, Set.of("acl", "acl:relcl", "appos"));
                String noun = subject.lemma().toLowerCase(Locale.ROOT);
                EntityBuilder unnamed = new EntityBuilder(st.uniqueEntityId("unnamed-" + NameKey.slug(noun), EntityKind.PERSON),
                        EntityKind.PERSON, "unnamed " + noun, phrase);
                unnamed.checks.add("an unnamed speaker (\"" + phrase.of(st.text) + "\"); the same as another?");
                st.entities.put(unnamed.id, unnamed);
                st.mark(s, List.of(sentence.tokens().get(subject.index() - 1)), unnamed.id);
                return new Speaker(unnamed.id);
            }
        }
        return null;
    }

    /** Reported speech: "Sadiq stated that ...", "Pakistan has long urged the Taliban to ...". */
    void speech(int s, CoreSentence sentence) {
        if (st.quotedSentences.contains(s)) {
            return;
        }
        SemanticGraph g = sentence.dependencyParse();
        for (IndexedWord verb : g.vertexListSorted()) {
            String type = Lexicon.SPEECH_VERBS.get(verb.lemma());
            if (type == null || !verb.tag().startsWith("VB")) {
                continue;
            }
            IndexedWord content = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                String rel = e.getRelation().toString();
                if (rel.equals("ccomp") || rel.equals("xcomp") || (rel.equals("obj") && !type.equals("statement"))) {
                    content = e.getDependent();
                    if (!rel.equals("obj")) {
                        break;
                    }
                }
            }
            if (content == null) {
                continue;
            }
            List<String> checks = new ArrayList<>();
            Speaker speaker = speakerOf(s, sentence, g, verb, checks);
            if (speaker == null) {
                continue;
            }
            List<DraftedArticle.Participant> participants = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl:")) && !"statement".equals(type)
                        && !rel.startsWith("obl:according")) {
                    String actor = st.entityAt(s, g, e.getDependent());
                    if (actor != null && !actor.equals(speaker.id) && st.entities.get(actor).kind.isActor()) {
                        participants.add(new DraftedArticle.Participant(actor,
                                type.equals("allegation") ? RoleType.SUBJECT.id() : RoleType.ADDRESSEE.id(), null));
                    }
                }
            }
            Span clause = st.coverNames(s, st.subtree(g, verb, Set.of("punct", "advcl", "parataxis", "conj", "cc", "obl:according_to", "mark")));
            Span said = type.equals("statement") || type.equals("observation") ? st.subtree(g, content, Set.of()) : clause;
            String modality = modality(s, clause, checks);
            if (type.equals("statement") && socialMedia(s)) {
                type = "social-media-post";
                checks.add("a post on social media, as the sentence says");
            }
            String id = st.eventId(type, speaker.id);
            checks.add(0, "reported speech from \"" + verb.word() + "\"; type " + type + ", modality " + modality + " and label are the drafter's");
            Span content_ = st.subtree(g, content, Set.of("mark"));
            String label = Words.capital(st.entities.get(speaker.id).label) + " " + verbPast(verb) + ": " + Words.shorten(content_.of(st.text), 10);
            st.events.add(new DraftedArticle.Event(id, type, label, clause, null, null, participants, null, null, null,
                    new DraftedArticle.Statement(said.of(st.text), false, speaker.id, modality, accordingTo(s)), checks));
        }
    }

    private static String verbPast(IndexedWord verb) {
        return verb.tag().equals("VBD") || verb.tag().equals("VBN") ? verb.word() : verb.lemma() + "s";
    }

    /** "the Taliban's alleged sheltering of TTP militants": an allegation the article reports without saying whose. */
    void allegedThings(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            // amod (alleged hideouts) or, as the parser sometimes has it, aux (the Taliban's alleged sheltering)
            if (!Set.of("amod", "aux").contains(e.getRelation().toString()) || !(word.equals("alleged") || word.equals("suspected"))
                    || !(e.getGovernor().tag().startsWith("NN") || e.getGovernor().tag().equals("VBG"))) {
                continue;
            }
            IndexedWord thing = e.getGovernor();
            Span words = st.coverNames(s, st.subtree(g, thing, Set.of("acl", "acl:relcl", "appos", "punct", "conj", "cc", "mark", "case")));
            if (words.end() - words.start() > 200) {
                continue;
            }
            List<DraftedArticle.Participant> participants = new ArrayList<>();
            for (IndexedWord d : Graphs.ownWords(g, thing)) {
                String actor = st.tokenEntity.get(ArticleState.key(s, d.index()));
                if (actor != null && st.entities.get(actor).kind.isActor() && participants.stream().noneMatch(p -> p.actor().equals(actor))) {
                    participants.add(new DraftedArticle.Participant(actor, RoleType.SUBJECT.id(), null));
                }
            }
            List<String> checks = new ArrayList<>(List.of("an allegation the article reports (\"" + e.getDependent().word()
                    + "\") without saying who makes it; name the speaker if a source does"));
            String id = st.eventId("allegation", participants.isEmpty() ? null : participants.get(0).actor());
            st.events.add(new DraftedArticle.Event(id, "allegation", Words.capital(Words.shorten(words.of(st.text), 10)), words, null, null,
                    participants, null, null, null, new DraftedArticle.Statement(words.of(st.text), false, null, Modality.ALLEGED.id(), null), checks));
        }
    }

    /** "According to The Express Tribune, ...": the newspaper reports this sentence and the rest of its paragraph. */
    private String accordingTo(int s) {
        for (int ss = s; ss >= 0; ss--) {
            CoreSentence sentence = st.doc.sentences().get(ss);
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if (tokens.get(i).word().equalsIgnoreCase("according") && tokens.get(i + 1).word().equals("to")) {
                    for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
                        String id = st.tokenEntity.get(ArticleState.key(ss, tokens.get(k).index()));
                        if (id != null && st.entities.get(id).kind.isActor()) {
                            return id;
                        }
                    }
                }
            }
            int start = sentence.charOffsets().first();
            if (ss < s && start > 1 && st.text.startsWith("\n\n", start - 2)) {
                break; // a new paragraph began with this sentence
            }
            if (ss < s && start > 0 && st.text.charAt(start - 1) == '\n') {
                break;
            }
        }
        return null;
    }

    private boolean socialMedia(int s) {
        List<CoreLabel> tokens = st.doc.sentences().get(s).tokens();
        boolean post = tokens.stream().anyMatch(t -> Set.of("post", "tweet", "write").contains(t.lemma()));
        boolean platform = tokens.stream().anyMatch(t -> {
            String id = st.tokenEntity.get(ArticleState.key(s, t.index()));
            return id != null && st.entities.get(id).kind == EntityKind.PLATFORM || t.word().equals("X");
        });
        return post && platform;
    }

    /** From the words of the statement's own clause: allegedly, promised, would, observed, assessed ... */
    private String modality(int s, Span clause, List<String> checks) {
        Set<Modality> found = new HashSet<>();
        for (CoreLabel t : st.doc.sentences().get(s).tokens()) {
            if (t.beginPosition() < clause.start() || t.endPosition() > clause.end()) {
                continue;
            }
            Modality m = Lexicon.MODALITY_WORDS.get(t.lemma().toLowerCase(Locale.ROOT));
            if (m == null) {
                m = Lexicon.MODALITY_WORDS.get(t.word().toLowerCase(Locale.ROOT));
            }
            if (m != null) {
                found.add(m);
            }
        }
        for (Modality m : Lexicon.MODALITY_ORDER) {
            if (found.contains(m)) {
                return m.id();
            }
        }
        return Modality.ASSERTED.id();
    }
}
