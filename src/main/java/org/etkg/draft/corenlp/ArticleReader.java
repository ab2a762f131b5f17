// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
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
 * Reads one annotated article into a draft: entities from named-entity mentions and name
 * patterns, posts from titles beside names, times from SUTime, events from trigger words and
 * statements from speech verbs and quotation marks, with participants from the dependency parse.
 * Each rule that guesses says so in the item's checks.
 */
final class ArticleReader {
    private static final Pattern DIRECT_QUOTE = Pattern.compile("[“\"]([^“”\"\n]{12,}?)[”\"]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final Set<String> PLATFORMS = Set.of("Twitter", "X", "Facebook", "Telegram", "YouTube", "Instagram", "WhatsApp");
    private static final Set<String> MILITANT_WORDS = Set.of("taliban", "tehreek", "tehrik", "lashkar", "jaish", "jamaat",
            "movement", "front", "brigade", "state");

    private static final Set<String> PLACED_TYPES = Set.of("visit", "meeting", "talks", "committee-round", "attack", "airstrike",
            "suspension", "military-force");
    private static final Set<String> PERSON_NOUNS = Set.of("official", "delegate", "spokesman", "spokesperson", "spokeswoman",
            "minister", "source", "diplomat", "member", "officer", "analyst", "leader", "representative", "envoy", "aide",
            "commander", "expert", "observer", "resident", "witness");

    private final String text;
    private final CoreDocument doc;
    private final LocalDate published;

    private final Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    /** Entity of each token, by sentence and token index. */
    private final Map<Long, String> tokenEntity = new HashMap<>();
    /** Entity ids in order of mention, for pronouns and "the delegation". */
    private final List<String> mentionOrder = new ArrayList<>();
    private final Map<Long, Integer> tokenMentionRank = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<DraftedArticle.Event> events = new ArrayList<>();
    private final List<DraftedArticle.OutsideDate> outsideDates = new ArrayList<>();
    private final Set<String> eventIds = new HashSet<>();
    private final Set<String> typesInSentence = new HashSet<>();
    private String lastVisitPlace;
    private final Map<String, String> eventsByType = new HashMap<>();
    /** Sentences already drafted as a statement from quotation marks. */
    private final Set<Integer> quotedSentences = new HashSet<>();

    ArticleReader(String text, CoreDocument doc, LocalDate published) {
        this.text = text;
        this.doc = doc;
        this.published = published;
    }

    DraftedArticle read() {
        List<CoreSentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            namePhrases(s, sentences.get(s));
        }
        for (int s = 0; s < sentences.size(); s++) {
            nerMentions(s, sentences.get(s));
            delegations(s, sentences.get(s));
            nationalBodies(s, sentences.get(s));
        }
        peopleTakenForOrganisations();
        for (int s = 0; s < sentences.size(); s++) {
            posts(s, sentences.get(s));
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (s == 0 && isHeadline(sentences.get(0))) {
                continue;
            }
            directQuotes(s, sentences.get(s));
            speech(s, sentences.get(s));
            triggers(s, sentences.get(s));
            presence(s, sentences.get(s));
            allegedThings(s, sentences.get(s));
        }
        List<DraftedArticle.Entity> drafted = entities.values().stream().map(EntityBuilder::build).toList();
        return new DraftedArticle(drafted, events, outsideDates);
    }

    // ---------------------------------------------------------------- entities

    private static final class EntityBuilder {
        final String id;
        final EntityKind kind;
        String label;
        Span quote;
        final Set<String> altLabels = new LinkedHashSet<>();
        final List<String> holds = new ArrayList<>();
        final List<String> memberOf = new ArrayList<>();
        String postIn;
        String delegationOf;
        final List<String> checks = new ArrayList<>();

        EntityBuilder(String id, EntityKind kind, String label, Span quote) {
            this.id = id;
            this.kind = kind;
            this.label = label;
            this.quote = quote;
        }

        DraftedArticle.Entity build() {
            List<String> alt = altLabels.stream().filter(a -> !a.equals(label)).toList();
            return new DraftedArticle.Entity(id, kind, label, quote, alt, holds, memberOf, postIn, null, delegationOf, checks);
        }
    }

    private static long key(int sentence, int tokenIndex) {
        return sentence * 100_000L + tokenIndex;
    }

    /** An entity for this name and kind: the one already drafted under the same folded name, or a new one. */
    private EntityBuilder entity(EntityKind kind, String label, Span quote, String check) {
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
        // or by another part that only one person's name has ("Sadiq" after "Muhammad Sadiq Khan").
        if (kind == EntityKind.PERSON) {
            for (EntityBuilder e : entities.values()) {
                if (e.kind == EntityKind.PERSON && NameKey.phonetic(e.label).endsWith(" " + folded)) {
                    return e;
                }
            }
            if (!folded.contains(" ")) {
                List<EntityBuilder> having = entities.values().stream().filter(e -> e.kind == EntityKind.PERSON
                        && List.of(NameKey.phonetic(e.label).split(" ")).subList(1, NameKey.phonetic(e.label).split(" ").length).contains(folded)).toList();
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

    private static boolean sameKindFamily(EntityKind a, EntityKind b) {
        if (a == b) {
            return true;
        }
        Set<EntityKind> orgs = Set.of(EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.COMMITTEE, EntityKind.NEWSPAPER);
        return orgs.contains(a) && orgs.contains(b);
    }

    private String uniqueEntityId(String base, EntityKind kind) {
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

    private void mark(int s, List<CoreLabel> tokens, String entityId) {
        for (CoreLabel t : tokens) {
            long k = key(s, t.index());
            tokenEntity.put(k, entityId);
        }
        mentionOrder.add(entityId);
        for (CoreLabel t : tokens) {
            tokenMentionRank.put(key(s, t.index()), mentionOrder.size() - 1);
        }
    }

    private boolean marked(int s, List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> tokenEntity.containsKey(key(s, t.index())));
    }

    /** Names NER splits or misses: "Afghanistan–Pakistan Joint Coordination Committee", "Tehreek-e-Taliban Pakistan (TTP)". */
    private void namePhrases(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String head = Lexicon.NAME_HEADS.get(t.word());
            boolean acronymNext = i + 3 < tokens.size() && isOpen(tokens.get(i + 1).word())
                    && ACRONYM.matcher(tokens.get(i + 2).word()).matches() && isClose(tokens.get(i + 3).word());
            // "Tehrik - i - Taliban Pakistan", as the tokenizer sometimes splits it
            if (i >= 2 && i + 2 < tokens.size() && t.word().matches("\\p{Ll}{1,3}") && isDash(tokens.get(i - 1).word())
                    && isDash(tokens.get(i + 1).word()) && isProper(tokens.get(i - 2)) && isProper(tokens.get(i + 2))
                    && !isEntityToken(s, tokens.get(i - 2)) && !"PERSON".equals(tokens.get(i - 2).ner())) {
                int to = i + 2;
                while (to + 1 < tokens.size() && isProper(tokens.get(to + 1)) && !Lexicon.NAME_HEADS.containsKey(tokens.get(to + 1).word())) {
                    to++;
                }
                String folded = NameKey.fold(text.substring(tokens.get(i - 2).beginPosition(), tokens.get(to).endPosition()));
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                addPhrase(s, tokens, i - 2, to, kind, "kind " + kind.key() + " guessed from the name");
                i = to;
                continue;
            }
            // "Tehrik-i-Taliban Pakistan": a name joined by a particle, which NER leaves out.
            if (i >= 2 && t.word().matches("\\p{Ll}{1,3}-\\p{Lu}\\p{L}*") && isDash(tokens.get(i - 1).word())
                    && isProper(tokens.get(i - 2)) && !isEntityToken(s, tokens.get(i - 2)) && !"PERSON".equals(tokens.get(i - 2).ner())) {
                int to = i;
                while (to + 1 < tokens.size() && isProper(tokens.get(to + 1)) && !Lexicon.NAME_HEADS.containsKey(tokens.get(to + 1).word())) {
                    to++;
                }
                String folded = NameKey.fold(text.substring(tokens.get(i - 2).beginPosition(), tokens.get(to).endPosition()));
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                EntityBuilder e = addPhrase(s, tokens, i - 2, to, kind, "kind " + kind.key() + " guessed from the name");
                if (e != null && to + 3 < tokens.size() && isOpen(tokens.get(to + 1).word())
                        && ACRONYM.matcher(tokens.get(to + 2).word()).matches() && isClose(tokens.get(to + 3).word())) {
                    e.altLabels.add(tokens.get(to + 2).word());
                    acronyms.put(tokens.get(to + 2).word(), e.id);
                    mark(s, List.of(tokens.get(to + 2)), e.id);
                }
                i = to;
                continue;
            }
            if (head != null && isProper(t)) {
                int from = extendLeft(tokens, i);
                int to = i;
                if (from == i && head.equals("newspaper")) {
                    continue;
                }
                if (head.equals("newspaper") && !(from > 0 && isAccordingTo(tokens, from))) {
                    head = "organization";
                }
                addPhrase(s, tokens, from, to, EntityKind.fromKey(head), null);
            } else if (acronymNext && isProper(t)) {
                int from = extendLeft(tokens, i);
                String phrase = text.substring(tokens.get(from).beginPosition(), t.endPosition());
                String folded = NameKey.fold(phrase);
                EntityKind kind = MILITANT_WORDS.stream().anyMatch(folded::contains) ? EntityKind.GROUP : EntityKind.ORGANIZATION;
                EntityBuilder e = addPhrase(s, tokens, from, i, kind, "kind " + kind.key() + " guessed from the name");
                if (e != null) {
                    String acronym = tokens.get(i + 2).word();
                    e.altLabels.add(acronym);
                    acronyms.put(acronym, e.id);
                    mark(s, List.of(tokens.get(i + 2)), e.id);
                }
            }
        }
    }

    private boolean isAccordingTo(List<CoreLabel> tokens, int from) {
        int i = from - 1;
        if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("the")) {
            i--;
        }
        return i >= 1 && tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).word().equalsIgnoreCase("according");
    }

    private int extendLeft(List<CoreLabel> tokens, int i) {
        int from = i;
        while (from > 0) {
            CoreLabel prev = tokens.get(from - 1);
            if (isProper(prev)) {
                from--;
            } else if (from > 1 && isDash(prev.word()) && isProper(tokens.get(from - 2))) {
                from -= 2;
            } else if (from > 3 && isDash(prev.word()) && tokens.get(from - 2).word().matches("\\p{Ll}{1,3}")
                    && isDash(tokens.get(from - 3).word()) && isProper(tokens.get(from - 4))) {
                from -= 4; // Tehreek-e-Taliban, Noor-ud-Din
            } else if (from > 1 && Set.of("of", "for", "and").contains(prev.word()) && isProper(tokens.get(from - 2))
                    && !Set.of("COUNTRY", "NATIONALITY").contains(tokens.get(from - 2).ner())) {
                from -= 2;
            } else {
                break;
            }
        }
        return from;
    }

    private static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—");
    }

    private static boolean isProper(CoreLabel t) {
        return (t.tag().equals("NNP") || t.tag().equals("NNPS"))
                && (Character.isUpperCase(t.word().codePointAt(0)) || t.word().matches("\\p{Ll}{1,3}-\\p{Lu}.*"));
    }

    private EntityBuilder addPhrase(int s, List<CoreLabel> tokens, int from, int to, EntityKind kind, String check) {
        List<CoreLabel> span = tokens.subList(from, to + 1);
        if (marked(s, span)) {
            return null;
        }
        Span quote = new Span(span.get(0).beginPosition(), span.get(span.size() - 1).endPosition());
        String label = quote.of(text);
        EntityBuilder e = entity(kind, label, quote, check == null ? "kind " + kind.key() + " from the name's last word" : check);
        mark(s, span, e.id);
        return e;
    }

    private void nerMentions(int s, CoreSentence sentence) {
        if (sentence.tokens().size() < 4) {
            return; // "Scroll to Top": page chrome, not a sentence
        }
        for (CoreEntityMention m : sentence.entityMentions()) {
            List<CoreLabel> tokens = m.tokens();
            if (marked(s, tokens)) {
                continue;
            }
            String type = m.entityType();
            String word = m.text();
            if (tokens.size() == 1 && acronyms.containsKey(word)) {
                mark(s, tokens, acronyms.get(word));
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
            if (kind == EntityKind.PERSON && tokens.stream().noneMatch(ArticleReader::isProper)) {
                continue;
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
            if (kind == EntityKind.ORGANIZATION && isAccordingTo(all, first)) {
                kind = EntityKind.NEWSPAPER;
                check = "a newspaper, as the article reports \"according to\" it";
            }
            Span quote = new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
            String label = quote.of(text);
            EntityBuilder e = bareNameOf(kind, label);
            if (e == null && kind == EntityKind.ORGANIZATION && tokens.size() == 1) {
                e = personByLastName(label); // NER sometimes takes "Azizi" for an organisation
            }
            if (e == null) {
                e = entity(kind, label, quote, check);
            }
            if (e.kind == EntityKind.PERSON && label.length() > e.label.length() && NameKey.phonetic(label).endsWith(NameKey.phonetic(e.label))) {
                e.altLabels.add(e.label);
                e.label = label;
            }
            mark(s, tokens, e.id);
        }
    }

    private EntityBuilder personByLastName(String name) {
        String folded = NameKey.phonetic(name);
        for (EntityBuilder e : entities.values()) {
            if (e.kind == EntityKind.PERSON && NameKey.phonetic(e.label).endsWith(" " + folded)) {
                return e;
            }
        }
        return null;
    }

    /** "Nurudin Azizi" taken by NER for an organisation, and "Azizi" later for a person: one person. */
    private void peopleTakenForOrganisations() {
        for (EntityBuilder person : new ArrayList<>(entities.values())) {
            if (person.kind != EntityKind.PERSON || person.label.contains(" ")) {
                continue;
            }
            String folded = NameKey.phonetic(person.label);
            for (EntityBuilder org : new ArrayList<>(entities.values())) {
                if (org.kind == EntityKind.ORGANIZATION && NameKey.phonetic(org.label).endsWith(" " + folded)
                        && org.label.split(" ").length <= 3) {
                    EntityBuilder merged = new EntityBuilder(org.id, EntityKind.PERSON, org.label, org.quote);
                    merged.checks.add("a person: named-entity recognition took \"" + org.label + "\" for an organisation, \""
                            + person.label + "\" for a person");
                    entities.put(org.id, merged);
                    replaceEntity(person.id, org.id);
                    break;
                }
            }
        }
        // "Nooruddin Azizi led the Afghan side": who leads a delegation is a person.
        for (int s = 0; s < doc.sentences().size(); s++) {
            SemanticGraph g = doc.sentences().get(s).dependencyParse();
            for (IndexedWord v : g.vertexSet()) {
                if (!v.lemma().equals("lead") && !v.lemma().equals("head")) {
                    continue;
                }
                boolean leadsDelegation = false;
                String subject = null;
                for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                    String id = tokenEntity.get(key(s, e.getDependent().index()));
                    if (id == null) {
                        continue;
                    }
                    if (e.getRelation().toString().equals("obj") && entities.get(id).kind == EntityKind.DELEGATION) {
                        leadsDelegation = true;
                    }
                    if (e.getRelation().toString().equals("nsubj")) {
                        subject = id;
                    }
                }
                EntityBuilder org = subject == null ? null : entities.get(subject);
                if (leadsDelegation && org != null && org.kind == EntityKind.ORGANIZATION && org.label.split(" ").length <= 3
                        && java.util.Arrays.stream(org.label.split(" ")).noneMatch(Lexicon.NAME_HEADS::containsKey)) {
                    EntityBuilder person = new EntityBuilder(org.id, EntityKind.PERSON, org.label, org.quote);
                    person.checks.add("a person, as \"" + org.label + "\" leads a delegation (named-entity recognition took it for an organisation)");
                    entities.put(org.id, person);
                }
            }
        }
        // "Azizi" as an organisation when "Nurudin Azizi" is a person after all
        for (EntityBuilder org : new ArrayList<>(entities.values())) {
            if (org.kind == EntityKind.ORGANIZATION && !org.label.contains(" ")) {
                EntityBuilder person = personByLastName(org.label);
                if (person != null) {
                    replaceEntity(org.id, person.id);
                }
            }
        }
    }

    private void replaceEntity(String from, String to) {
        entities.remove(from);
        tokenEntity.replaceAll((k, v) -> v.equals(from) ? to : v);
        mentionOrder.replaceAll(v -> v.equals(from) ? to : v);
        acronyms.replaceAll((k, v) -> v.equals(from) ? to : v);
        for (EntityBuilder e : entities.values()) {
            if (from.equals(e.delegationOf)) {
                e.delegationOf = to;
            }
        }
    }

    /** "the Afghan foreign ministry", "the Pakistani government": an organisation NER does not name. */
    private void nationalBodies(int s, CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!Lexicon.NATIONAL_BODIES.contains(t.lemma().toLowerCase(Locale.ROOT)) || isEntityToken(s, t)) {
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
            EntityBuilder e = entity(EntityKind.ORGANIZATION, quote.of(text), quote,
                    "an organisation of " + Lexicon.DEMONYMS.get(n.word()) + ", from the words \"" + quote.of(text) + "\"");
            mark(s, tokens.subList(j, i + 1), e.id);
        }
    }

    /** "Taliban" after "Afghan Taliban": the organisation already named in full. */
    private EntityBuilder bareNameOf(EntityKind kind, String label) {
        if (kind != EntityKind.ORGANIZATION && kind != EntityKind.GROUP) {
            return null;
        }
        String folded = NameKey.phonetic(label);
        for (EntityBuilder e : entities.values()) {
            if (sameKindFamily(e.kind, kind) && NameKey.phonetic(e.label).endsWith(" " + folded)
                    && Lexicon.DEMONYMS.containsKey(e.label.split(" ")[0])) {
                return e;
            }
        }
        return null;
    }

    /** "a Pakistani delegation", "a Taliban delegation", and later "the delegation". */
    private void delegations(int s, CoreSentence sentence) {
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
                    && !isEntityToken(s, tokens.get(j)))) {
                j--;
            }
            CoreLabel modifier = j >= 0 ? tokens.get(j) : null;
            String owner = null;
            String ownerLabel = null;
            if (modifier != null && "NATIONALITY".equals(modifier.ner()) && Lexicon.DEMONYMS.containsKey(modifier.word())) {
                ownerLabel = modifier.word();
                String country = Lexicon.DEMONYMS.get(modifier.word());
                EntityBuilder c = entity(EntityKind.COUNTRY, country, new Span(modifier.beginPosition(), modifier.endPosition()),
                        "country from the nationality \"" + modifier.word() + "\"");
                owner = c.id;
            } else if (modifier != null && tokenEntity.containsKey(key(s, modifier.index()))) {
                EntityBuilder o = entities.get(tokenEntity.get(key(s, modifier.index())));
                if (o.kind.isActor()) {
                    owner = o.id;
                    ownerLabel = modifier.word();
                }
            }
            EntityBuilder d;
            if (ownerLabel != null) {
                Span quote = new Span(modifier.beginPosition(), t.endPosition());
                // "an Afghan delegation" and later "the Afghan side": one delegation.
                d = entity(EntityKind.DELEGATION, ownerLabel + " delegation", quote, null);
                if (d.checks.isEmpty()) {
                    d.checks.add("one delegation for every \"" + ownerLabel + " delegation\" and the \"delegation\" after it");
                }
                if (d.delegationOf == null) {
                    d.delegationOf = owner;
                }
                mark(s, tokens.subList(j, i + 1), d.id);
            } else {
                String recent = recent(s, t.index(), e -> e.kind == EntityKind.DELEGATION);
                if (recent == null) {
                    d = entity(EntityKind.DELEGATION, "delegation", new Span(t.beginPosition(), t.endPosition()),
                            "the article does not say whose delegation this is");
                } else {
                    d = entities.get(recent);
                }
                mark(s, List.of(t), d.id);
            }
        }
    }

    /** The entity of the given kind named last before this token. */
    private String recent(int s, int tokenIndex, java.util.function.Predicate<EntityBuilder> test) {
        Integer rank = null;
        for (int i = tokenIndex - 1; i >= 1 && rank == null; i--) {
            rank = tokenMentionRank.get(key(s, i));
        }
        for (int ss = s - 1; ss >= 0 && rank == null; ss--) {
            for (int i = doc.sentences().get(ss).tokens().size(); i >= 1 && rank == null; i--) {
                rank = tokenMentionRank.get(key(ss, i));
            }
        }
        int from = rank == null ? -1 : rank;
        for (int r = from; r >= 0; r--) {
            EntityBuilder e = entities.get(mentionOrder.get(r));
            if (e != null && test.test(e)) {
                return e.id;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- posts

    /** Titles written before or after a name: "acting Foreign Minister Amir Khan Muttaqi", "Azizi, acting minister of ...". */
    private void posts(int s, CoreSentence sentence) {
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
            while (start > 0 && ((tokens.get(start - 1).tag().matches("JJ|NN|NNP") || Set.of("acting", "former", "interim", "caretaker").contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) && !isEntityToken(s, tokens.get(start - 1))
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
                String o = tokenEntity.get(key(s, tokens.get(ownerAt - 1).index()));
                if (o != null && entities.get(o).kind.isOrganization()) {
                    organisation = o;
                    why = "the government from \"" + tokens.get(ownerAt - 1).word() + "'s\"";
                    title = new Span(tokens.get(ownerAt - 1).beginPosition(), title.end());
                }
            }
            if (organisation == null && start > 0 && "NATIONALITY".equals(tokens.get(start - 1).ner())
                    && Lexicon.DEMONYMS.containsKey(tokens.get(start - 1).word())) {
                CoreLabel n = tokens.get(start - 1);
                organisation = entity(EntityKind.COUNTRY, Lexicon.DEMONYMS.get(n.word()),
                        new Span(n.beginPosition(), n.endPosition()), "country from the nationality \"" + n.word() + "\"").id;
                why = "the government from \"" + n.word() + "\"";
                title = new Span(n.beginPosition(), title.end());
            }
            if (organisation == null) {
                for (int k = stop + 1; k < Math.min(tokens.size(), stop + 6); k++) {
                    String o = tokenEntity.get(key(s, tokens.get(k).index()));
                    if (Set.of("in", "of", "the", "at").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    if (o != null && entities.get(o).kind.isOrganization() && !o.equals(holder)) {
                        organisation = o;
                        why = "the organisation from the words after the title";
                    }
                    break;
                }
            }
            if (organisation == null) {
                String o = recent(s, tokens.get(start).index(), e -> e.kind.isOrganization() && e.kind != EntityKind.DELEGATION);
                if (o != null) {
                    organisation = o;
                    why = "the organisation named last before the title, " + entities.get(o).label;
                }
            }
            if (organisation == null) {
                // "a Pakistani delegation under Commerce Secretary X": the delegation's country.
                String d = recent(s, tokens.get(start).index(), e -> e.kind == EntityKind.DELEGATION && e.delegationOf != null
                        && entities.get(e.delegationOf).kind.isOrganization());
                if (d != null) {
                    organisation = entities.get(d).delegationOf;
                    why = "the country of the " + entities.get(d).label + " named before the title";
                }
            }
            if (organisation == null) {
                entities.get(holder).checks.add("a title (\"" + title.of(text) + "\") without an organisation: no post drafted");
                continue;
            }
            String label = text.substring(tokens.get(start).beginPosition(), tokens.get(stop).endPosition());
            EntityBuilder post = entity(EntityKind.POST, "post " + entities.get(organisation).label + " " + label, title,
                    "a post of " + entities.get(organisation).label + ": " + why);
            post.label = label;
            post.postIn = organisation;
            EntityBuilder person = entities.get(holder);
            if (!person.holds.contains(post.id)) {
                person.holds.add(post.id);
            }
        }
    }

    private boolean isEntityToken(int s, CoreLabel t) {
        return tokenEntity.containsKey(key(s, t.index()));
    }

    /** The person a title belongs to: named right after it, or right before it with a comma. */
    private String holderOf(int s, List<CoreLabel> tokens, int start, int stop) {
        int after = stop + 1;
        if (after < tokens.size() && tokens.get(after).word().equals(",")) {
            after++;
        }
        if (after < tokens.size()) {
            String e = tokenEntity.get(key(s, tokens.get(after).index()));
            if (e != null && entities.get(e).kind == EntityKind.PERSON) {
                return e;
            }
        }
        int before = start - 1;
        if (before >= 1 && tokens.get(before).tag().equals("POS")) {
            String owner = tokenEntity.get(key(s, tokens.get(before - 1).index()));
            before -= 2;
            while (before >= 0 && owner != null && owner.equals(tokenEntity.get(key(s, tokens.get(before).index())))) {
                before--;
            }
        }
        if (before >= 1 && tokens.get(before).tag().equals("DT")) {
            before--;
        }
        if (before >= 1 && tokens.get(before).word().equals(",")) {
            String e = tokenEntity.get(key(s, tokens.get(before - 1).index()));
            if (e != null && entities.get(e).kind == EntityKind.PERSON) {
                return e;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- events and statements

    private boolean isHeadline(CoreSentence first) {
        int end = first.charOffsets().second();
        return end < text.length() && text.charAt(end) == '\n' && !first.text().matches(".*[.!?”\"]$");
    }

    private void directQuotes(int s, CoreSentence sentence) {
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
            Span quote = trimmed(sentence);
            String modality = modality(s, quote, checks);
            String label = (speaker == null ? "Someone" : capital(entities.get(speaker.id).label)) + " says \"" + shorten(words, 8) + "\"";
            String id = eventId(type, speaker == null ? null : speaker.id);
            checks.add(0, "quoted words; speaker, modality (" + modality + ") and label are the drafter's");
            events.add(new DraftedArticle.Event(id, type, label, quote, null, null, List.of(), null, null, null,
                    new DraftedArticle.Statement(inner.of(text), true, speaker == null ? null : speaker.id, modality,
                            accordingTo(s)), checks));
            quotedSentences.add(s);
        }
    }

    private record Speaker(String id) {
    }

    /** The subject of a speech verb as an entity: named, a pronoun for the last person, or "an official" as an unnamed person. */
    private Speaker speakerOf(int s, CoreSentence sentence, SemanticGraph g, IndexedWord verb, List<String> checks) {
        for (SemanticGraphEdge e : subjects(g, verb)) {
            IndexedWord subject = e.getDependent();
            String id = entityAt(s, g, subject);
            if (id != null) {
                return new Speaker(id);
            }
            String word = subject.word().toLowerCase(Locale.ROOT);
            if (Lexicon.PERSON_PRONOUNS.contains(word)) {
                String p = recent(s, subject.index(), b -> b.kind == EntityKind.PERSON);
                if (p != null) {
                    checks.add("\"" + subject.word() + "\" taken to be " + entities.get(p).label);
                    return new Speaker(p);
                }
            }
            if (Lexicon.GROUP_PRONOUNS.contains(word)) {
                String p = recent(s, subject.index(), b -> b.kind == EntityKind.DELEGATION || b.kind.isOrganization());
                if (p != null) {
                    checks.add("\"" + subject.word() + "\" taken to be " + entities.get(p).label);
                    return new Speaker(p);
                }
            }
            if (subject.tag().startsWith("NN") && PERSON_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT))) {
                Span phrase = subtree(g, subject, Set.of("acl", "acl:relcl", "appos"));
                String noun = subject.lemma().toLowerCase(Locale.ROOT);
                EntityBuilder unnamed = new EntityBuilder(uniqueEntityId("unnamed-" + NameKey.slug(noun), EntityKind.PERSON),
                        EntityKind.PERSON, "unnamed " + noun, phrase);
                unnamed.checks.add("an unnamed speaker (\"" + phrase.of(text) + "\"); the same as another?");
                entities.put(unnamed.id, unnamed);
                mark(s, List.of(sentence.tokens().get(subject.index() - 1)), unnamed.id);
                return new Speaker(unnamed.id);
            }
        }
        return null;
    }

    /** Reported speech: "Sadiq stated that ...", "Pakistan has long urged the Taliban to ...". */
    private void speech(int s, CoreSentence sentence) {
        if (quotedSentences.contains(s)) {
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
                    String actor = entityAt(s, g, e.getDependent());
                    if (actor != null && !actor.equals(speaker.id) && entities.get(actor).kind.isActor()) {
                        participants.add(new DraftedArticle.Participant(actor,
                                type.equals("allegation") ? RoleType.SUBJECT.id() : RoleType.ADDRESSEE.id(), null));
                    }
                }
            }
            Span clause = coverNames(s, subtree(g, verb, Set.of("punct", "advcl", "parataxis", "conj", "cc", "obl:according_to", "mark")));
            Span said = type.equals("statement") || type.equals("observation") ? subtree(g, content, Set.of()) : clause;
            String modality = modality(s, clause, checks);
            if (type.equals("statement") && socialMedia(s)) {
                type = "social-media-post";
                checks.add("a post on social media, as the sentence says");
            }
            String id = eventId(type, speaker.id);
            checks.add(0, "reported speech from \"" + verb.word() + "\"; type " + type + ", modality " + modality + " and label are the drafter's");
            Span content_ = subtree(g, content, Set.of("mark"));
            String label = capital(entities.get(speaker.id).label) + " " + verbPast(verb) + ": " + shorten(content_.of(text), 10);
            events.add(new DraftedArticle.Event(id, type, label, clause, null, null, participants, null, null, null,
                    new DraftedArticle.Statement(said.of(text), false, speaker.id, modality, accordingTo(s)), checks));
        }
    }

    private static String verbPast(IndexedWord verb) {
        return verb.tag().equals("VBD") || verb.tag().equals("VBN") ? verb.word() : verb.lemma() + "s";
    }

    /** Events from their trigger words, with participants by grammatical relation and place and time nearby. */
    private void triggers(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        List<CoreLabel> tokens = sentence.tokens();
        for (IndexedWord w : g.vertexListSorted()) {
            String type = Lexicon.EVENT_TRIGGERS.get(w.lemma().toLowerCase(Locale.ROOT));
            if (type == null || !(w.tag().startsWith("VB") || w.tag().startsWith("NN"))) {
                continue;
            }
            if (tokenEntity.containsKey(key(s, w.index()))) {
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
            // "the meetings", "this visit": the article names again an event it drafted already,
            // and may say when it was ("The high-level visit took place on April 16").
            if (referring && eventsByType.containsKey(type)) {
                dateAgain(s, eventsByType.get(type));
                continue;
            }
            if (referring && w.tag().startsWith("NN") && !type.equals("committee-round") && eventsByType.containsKey(type)) {
                continue;
            }
            if (type.equals("suspension") && g.descendants(w).stream().anyMatch(d -> d.lemma().equals("aid"))) {
                type = "aid-halt";
            }
            if (typesInSentence.contains(s + ":" + type)) {
                continue; // "arrived ... for a two-day visit": one visit
            }
            List<String> checks = new ArrayList<>();
            List<DraftedArticle.Participant> participants = participants(s, g, w, type, checks);
            if (type.equals("visit") && participants.isEmpty()) {
                continue;
            }
            String series = null;
            if (type.equals("committee-round")) {
                series = seriesOf(s, g, w);
                if (series == null) {
                    type = "meeting";
                    ordinal = null;
                    checks.add("a numbered round, but of no committee the drafter recognised");
                }
            }
            if (referring && eventsByType.containsKey(type)) {
                continue;
            }
            Span quote = coverNames(s, eventSpan(g, w, sentence));
            Place place = placeOf(s, g, w, participants, type);
            if (place == null && (type.equals("meeting") || type.equals("talks")) && lastVisitPlace != null) {
                place = new Place(lastVisitPlace, "place of the visit drafted before: is this meeting part of it?");
            }
            if (place != null && place.check() != null) {
                checks.add(place.check());
            }
            DraftedArticle.Time time = timeOf(s, checks);
            String label = eventLabel(type, participants, place == null ? null : place.id(), series, ordinal);
            String id = eventId(type, series != null ? series : participants.isEmpty() ? (place == null ? null : place.id())
                    : participants.get(0).actor());
            checks.add(0, "an event from the word \"" + w.word() + "\"; participants' roles and the label are the drafter's");
            events.add(new DraftedArticle.Event(id, type, label, quote, place == null ? null : place.id(), time,
                    participants, series, ordinal, null, null, checks));
            eventsByType.putIfAbsent(type, id);
            if (type.equals("visit") && place != null) {
                lastVisitPlace = place.id();
            }
            typesInSentence.add(s + ":" + type);
            if (time != null && published != null) {
                resolve(id, time);
            }
        }
    }

    private void dateAgain(int s, String eventId) {
        DraftedArticle.Time time = dateIn(doc.sentences().get(s));
        for (int i = 0; i < events.size() && time != null; i++) {
            DraftedArticle.Event e = events.get(i);
            if (e.id().equals(eventId) && e.time() == null) {
                List<String> checks = new ArrayList<>(e.checks());
                checks.add("time \"" + time.written() + "\" from a later sentence that names this " + e.type() + " again");
                events.set(i, new DraftedArticle.Event(e.id(), e.type(), e.label(), e.quote(), e.place(), time,
                        e.participants(), e.series(), e.ordinal(), e.partOf(), e.statement(), checks));
                if (published != null) {
                    resolve(e.id(), time);
                }
            }
        }
    }

    /** "the Taliban's alleged sheltering of TTP militants": an allegation the article reports without saying whose. */
    private void allegedThings(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            // amod (alleged hideouts) or, as the parser sometimes has it, aux (the Taliban's alleged sheltering)
            if (!Set.of("amod", "aux").contains(e.getRelation().toString()) || !(word.equals("alleged") || word.equals("suspected"))
                    || !(e.getGovernor().tag().startsWith("NN") || e.getGovernor().tag().equals("VBG"))) {
                continue;
            }
            IndexedWord thing = e.getGovernor();
            Span words = coverNames(s, subtree(g, thing, Set.of("acl", "acl:relcl", "appos", "punct", "conj", "cc", "mark", "case")));
            if (words.end() - words.start() > 200) {
                continue;
            }
            List<DraftedArticle.Participant> participants = new ArrayList<>();
            for (IndexedWord d : ownWords(g, thing)) {
                String actor = tokenEntity.get(key(s, d.index()));
                if (actor != null && entities.get(actor).kind.isActor() && participants.stream().noneMatch(p -> p.actor().equals(actor))) {
                    participants.add(new DraftedArticle.Participant(actor, RoleType.SUBJECT.id(), null));
                }
            }
            List<String> checks = new ArrayList<>(List.of("an allegation the article reports (\"" + e.getDependent().word()
                    + "\") without saying who makes it; name the speaker if a source does"));
            String id = eventId("allegation", participants.isEmpty() ? null : participants.get(0).actor());
            events.add(new DraftedArticle.Event(id, "allegation", capital(shorten(words.of(text), 10)), words, null, null,
                    participants, null, null, null, new DraftedArticle.Statement(words.of(text), false, null, Modality.ALLEGED.id(), null), checks));
        }
    }

    /** "a Taliban delegation led by X was in Islamabad": a visit, though no word says so. */
    private void presence(int s, CoreSentence sentence) {
        SemanticGraph g = sentence.dependencyParse();
        for (IndexedWord w : g.vertexListSorted()) {
            String place = tokenEntity.get(key(s, w.index()));
            if (place == null || entities.get(place).kind != EntityKind.CITY || !hasCase(g, w, Set.of("in"))
                    || g.outgoingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().equals("cop"))) {
                continue;
            }
            List<SemanticGraphEdge> subjects = subjects(g, w);
            if (subjects.isEmpty()) {
                // "a delegation led by X was in Islamabad", parsed with "led" at the top
                for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                    if (in.getRelation().toString().startsWith("obl")) {
                        subjects = subjects(g, in.getGovernor());
                    }
                }
            }
            for (SemanticGraphEdge e : subjects) {
                String visitor = entityAt(s, g, e.getDependent());
                if (visitor == null || !(entities.get(visitor).kind == EntityKind.DELEGATION || entities.get(visitor).kind == EntityKind.PERSON)) {
                    continue;
                }
                List<String> checks = new ArrayList<>();
                checks.add("a visit, as the article says the " + entities.get(visitor).kind.key() + " was in " + entities.get(place).label);
                List<DraftedArticle.Participant> participants = new ArrayList<>(participants(s, g, e.getDependent(), "visit", new ArrayList<>()));
                participants.removeIf(p -> p.actor().equals(visitor));
                participants.add(0, new DraftedArticle.Participant(visitor, RoleType.VISITOR.id(), null));
                Span quote = coverNames(s, new Span(Math.min(e.getDependent().beginPosition(), subtree(g, e.getDependent(), Set.of()).start()), w.endPosition()));
                DraftedArticle.Time time = timeOf(s, checks);
                String id = eventId("visit", visitor);
                lastVisitPlace = place;
                events.add(new DraftedArticle.Event(id, "visit", capital(entities.get(visitor).label) + "'s visit to " + entities.get(place).label,
                        quote, place, time, participants, null, null, null, null, checks));
                if (time != null && published != null) {
                    resolve(id, time);
                }
            }
        }
    }

    private static Integer ordinal(CoreLabel t) {
        String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        try {
            return normalized == null ? null : (int) Double.parseDouble(normalized);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String seriesOf(int s, SemanticGraph g, IndexedWord round) {
        for (IndexedWord d : g.descendants(round)) {
            String id = tokenEntity.get(key(s, d.index()));
            if (id != null && entities.get(id).kind == EntityKind.COMMITTEE) {
                return id;
            }
        }
        for (EntityBuilder e : entities.values()) {
            if (e.kind == EntityKind.COMMITTEE) {
                return e.id;
            }
        }
        return null;
    }

    private List<DraftedArticle.Participant> participants(int s, SemanticGraph g, IndexedWord w, String type, List<String> checks) {
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
                String actor = entityAt(s, g, h);
                if (actor == null || !entities.get(actor).kind.isActor()) {
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
                            String leader = entityAt(s, g, b.getDependent());
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
                        String actor = tokenEntity.get(key(s, d.index()));
                        if (actor != null && entities.get(actor).kind.isActor() && !entities.get(actor).kind.isPlace()) {
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
                for (SemanticGraphEdge e : subjects(g, gov)) {
                    {
                        String actor = entityAt(s, g, e.getDependent());
                        if (actor != null && entities.get(actor).kind.isActor() && !roles.containsKey(actor)) {
                            roles.put(actor, (type.equals("visit") ? RoleType.VISITOR : RoleType.PARTICIPANT).id());
                        }
                    }
                }
                if (in.getRelation().toString().startsWith("conj")) {
                    for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                        if (e.getRelation().toString().startsWith("nsubj")) {
                            String actor = entityAt(s, g, e.getDependent());
                            if (actor != null && entities.get(actor).kind.isActor() && !roles.containsKey(actor)) {
                                roles.put(actor, RoleType.PARTICIPANT.id());
                            }
                        }
                    }
                }
            }
        }
        List<DraftedArticle.Participant> out = new ArrayList<>();
        roles.forEach((actor, role) -> {
            if (!(entities.get(actor).kind.isPlace() && !RoleType.VISITOR.names(role) && !RoleType.HOST.names(role) && !RoleType.AGENT.names(role))) {
                out.add(new DraftedArticle.Participant(actor, role, null));
            }
        });
        if (out.isEmpty()) {
            checks.add("no participants found; add them");
        }
        return out;
    }

    /** The word and its dependents, not the clauses joined to it. */
    private static Set<IndexedWord> ownWords(SemanticGraph g, IndexedWord w) {
        Set<IndexedWord> seen = new HashSet<>(List.of(w));
        List<IndexedWord> todo = new ArrayList<>(List.of(w));
        Set<String> apart = Set.of("conj", "cc", "advcl", "parataxis", "ccomp", "xcomp", "acl:relcl");
        while (!todo.isEmpty()) {
            IndexedWord x = todo.remove(todo.size() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                String rel = e.getRelation().toString();
                if (apart.stream().noneMatch(a -> rel.equals(a) || rel.startsWith(a + ":")) && seen.add(e.getDependent())) {
                    todo.add(e.getDependent());
                }
            }
        }
        return seen;
    }

    /** The subject edges of a verb, or of the verb it is joined to ("X led ... and took part"). */
    private static List<SemanticGraphEdge> subjects(SemanticGraph g, IndexedWord verb) {
        List<SemanticGraphEdge> found = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                found.add(e);
            }
        }
        if (found.isEmpty()) {
            for (SemanticGraphEdge in : g.incomingEdgeList(verb)) {
                if (in.getRelation().toString().startsWith("conj")) {
                    found.addAll(subjects(g, in.getGovernor()));
                }
            }
        }
        return found;
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

    private record Place(String id, String check) {
    }

    /** A city or region in the event's own words, else in the sentence, else in the one before. */
    private Place placeOf(int s, SemanticGraph g, IndexedWord w, List<DraftedArticle.Participant> participants, String type) {
        if (!PLACED_TYPES.contains(type)) {
            return null;
        }
        Set<String> actors = new HashSet<>();
        participants.forEach(p -> actors.add(p.actor()));
        for (IndexedWord d : ownWords(g, w)) {
            String id = tokenEntity.get(key(s, d.index()));
            if (id != null && entities.get(id).kind.isPlace() && !actors.contains(id)
                    && (entities.get(id).kind != EntityKind.COUNTRY || hasCase(g, d, Set.of("in", "within", "inside", "across")))) {
                return new Place(id, null);
            }
        }
        List<CoreLabel> tokens = doc.sentences().get(s).tokens();
        for (CoreLabel t : tokens) {
            String id = tokenEntity.get(key(s, t.index()));
            if (id != null && (entities.get(id).kind == EntityKind.CITY || entities.get(id).kind == EntityKind.REGION)
                    && t.index() > 1 && Set.of("in", "to").contains(tokens.get(t.index() - 2).word())) {
                return new Place(id, "place from elsewhere in the sentence");
            }
        }
        if (s > 1) {
            for (CoreLabel t : doc.sentences().get(s - 1).tokens()) {
                String id = tokenEntity.get(key(s - 1, t.index()));
                if (id != null && entities.get(id).kind == EntityKind.CITY) {
                    return new Place(id, "place from the sentence before");
                }
            }
        }
        return null;
    }

    private static boolean hasCase(SemanticGraph g, IndexedWord w, Set<String> prepositions) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("case")
                && prepositions.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
    }

    /** A date in the sentence, else in the one before; written as the article writes it. */
    private DraftedArticle.Time timeOf(int s, List<String> checks) {
        DraftedArticle.Time t = dateIn(doc.sentences().get(s));
        if (t == null && s > 1) {
            t = dateIn(doc.sentences().get(s - 1));
            if (t != null) {
                checks.add("time \"" + t.written() + "\" from the sentence before");
            }
        }
        return t;
    }

    private DraftedArticle.Time dateIn(CoreSentence sentence) {
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (!m.entityType().equals("DATE")) {
                continue;
            }
            String value = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (value == null) {
                continue;
            }
            String date = partialDate(value);
            if (date != null || value.matches("XXXX-WXX-\\d")) {
                return new DraftedArticle.Time(m.text(), date);
            }
        }
        return null;
    }

    /** SUTime's value as a partial date: 2025-04-16, --04-16 (no year), 2025-04; null for others. */
    static String partialDate(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}") || value.matches("\\d{4}-\\d{2}")) {
            return value;
        }
        if (value.matches("XXXX-\\d{2}-\\d{2}")) {
            return "-" + value.substring(4);
        }
        return null;
    }

    /** With a publication date: the year of a year-less date, the day of a weekday, into outside-facts.yaml. */
    private void resolve(String eventId, DraftedArticle.Time time) {
        String value = null;
        for (CoreSentence sentence : doc.sentences()) {
            for (CoreEntityMention m : sentence.entityMentions()) {
                if (m.text().equals(time.written()) && m.entityType().equals("DATE")) {
                    value = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                }
            }
        }
        if (value == null) {
            return;
        }
        LocalDate resolved = null;
        String note = null;
        if (value.matches("XXXX-\\d{2}-\\d{2}")) {
            MonthDay md = MonthDay.parse("--" + value.substring(5));
            resolved = md.atYear(published.getYear());
            if (resolved.isAfter(published.plusDays(31))) {
                resolved = resolved.minusYears(1);
            }
            note = "\"" + time.written() + "\" taken in the year of publication, " + resolved.getYear();
        } else if (value.matches("XXXX-WXX-\\d")) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(value.substring(value.length() - 1)));
            resolved = published;
            while (resolved.getDayOfWeek() != day) {
                resolved = resolved.minusDays(1);
            }
            note = "\"" + time.written() + "\" taken as the last " + capital(day.name().toLowerCase(Locale.ROOT))
                    + " on or before the publication date, " + published;
        }
        if (resolved != null) {
            outsideDates.add(new DraftedArticle.OutsideDate(eventId, resolved.toString(), note));
        }
    }

    /** "According to The Express Tribune, ...": the newspaper reports this sentence and the rest of its paragraph. */
    private String accordingTo(int s) {
        for (int ss = s; ss >= 0; ss--) {
            CoreSentence sentence = doc.sentences().get(ss);
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if (tokens.get(i).word().equalsIgnoreCase("according") && tokens.get(i + 1).word().equals("to")) {
                    for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
                        String id = tokenEntity.get(key(ss, tokens.get(k).index()));
                        if (id != null && entities.get(id).kind.isActor()) {
                            return id;
                        }
                    }
                }
            }
            int start = sentence.charOffsets().first();
            if (ss < s && start > 1 && text.startsWith("\n\n", start - 2)) {
                break; // a new paragraph began with this sentence
            }
            if (ss < s && start > 0 && text.charAt(start - 1) == '\n') {
                break;
            }
        }
        return null;
    }

    private boolean socialMedia(int s) {
        List<CoreLabel> tokens = doc.sentences().get(s).tokens();
        boolean post = tokens.stream().anyMatch(t -> Set.of("post", "tweet", "write").contains(t.lemma()));
        boolean platform = tokens.stream().anyMatch(t -> {
            String id = tokenEntity.get(key(s, t.index()));
            return id != null && entities.get(id).kind == EntityKind.PLATFORM || t.word().equals("X");
        });
        return post && platform;
    }

    /** From the words of the statement's own clause: allegedly, promised, would, observed, assessed ... */
    private String modality(int s, Span clause, List<String> checks) {
        Set<Modality> found = new HashSet<>();
        for (CoreLabel t : doc.sentences().get(s).tokens()) {
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

    // ---------------------------------------------------------------- spans, ids, labels

    private String entityAt(int s, SemanticGraph g, IndexedWord w) {
        String id = tokenEntity.get(key(s, w.index()));
        if (id != null) {
            return id;
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(word)) {
            return recent(s, w.index(), b -> b.kind == EntityKind.PERSON);
        }
        // "Pakistan's commerce minister, Jam Kamal Khan": the name in apposition.
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("appos")) {
                String a = tokenEntity.get(key(s, e.getDependent().index()));
                if (a != null) {
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

    private Span subtree(SemanticGraph g, IndexedWord root, Set<String> skip) {
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
    private Span coverNames(int s, Span span) {
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

    /** The trigger with its own words, not whole clauses hanging on it; at most about a sentence. */
    private Span eventSpan(SemanticGraph g, IndexedWord w, CoreSentence sentence) {
        Span span = subtree(g, w, Set.of("punct", "advcl", "parataxis", "ccomp", "conj", "cc", "acl:relcl", "appos"));
        if (span.end() - span.start() > 220) {
            span = new Span(w.beginPosition(), w.endPosition());
        }
        return span;
    }

    private Span trimmed(CoreSentence sentence) {
        return trim(new Span(sentence.charOffsets().first(), sentence.charOffsets().second()));
    }

    /** Without spaces, commas and unbalanced quotation marks at the edges. */
    private Span trim(Span span) {
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

    private String eventId(String type, String about) {
        String base = about == null ? type : type + "-" + about;
        String id = base;
        int n = 2;
        while (eventIds.contains(id) || entities.containsKey(id)) {
            id = base + "-" + n++;
        }
        eventIds.add(id);
        return id;
    }

    private String eventLabel(String type, List<DraftedArticle.Participant> participants, String place, String series, Integer ordinal) {
        String who = participants.isEmpty() ? null : entities.get(participants.get(0).actor()).label;
        String where = place == null ? null : entities.get(place).label;
        return switch (type) {
            case "visit" -> (who == null ? "A visit" : capital(who) + "'s visit") + (where == null ? "" : " to " + where);
            case "committee-round" -> "Round " + ordinal + " of the " + entities.get(series).label;
            case "meeting", "talks" -> (participants.size() >= 2 ? "Meeting of " + who + " and " + entities.get(participants.get(1).actor()).label
                    : who == null ? "A meeting" : capital(who) + " meets") + (where == null ? "" : " in " + where);
            default -> capital(type.replace('-', ' ')) + (who == null ? "" : " by " + who) + (where == null ? "" : " in " + where);
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String shorten(String s, int words) {
        String[] w = s.strip().split("\\s+");
        return w.length <= words ? s.strip() : String.join(" ", java.util.Arrays.copyOf(w, words)) + " ...";
    }

}
