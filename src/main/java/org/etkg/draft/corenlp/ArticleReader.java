// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.time.LocalDate;
import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.etkg.draft.DraftedArticle;

/**
 * Reads one annotated article into a draft, stage by stage as CoreNLP's annotators do: names and
 * acronyms, entities, posts, then, sentence by sentence, statements and events (with their times,
 * participants and identity within the article). Each stage's class says what it needs and gives;
 * each rule that guesses says so in the item's checks. The order of the calls is the order of the
 * drafted items, so it is kept as it is.
 */
final class ArticleReader {
    private final ArticleState st;

    ArticleReader(String text, CoreDocument doc, LocalDate published) {
        this.st = new ArticleState(text, doc, published);
    }

    DraftedArticle read() {
        NameStage names = new NameStage(st);
        EntityStage entities = new EntityStage(st);
        PostStage posts = new PostStage(st);
        TimeStage times = new TimeStage(st);
        EventIdentity identity = new EventIdentity(st, times);
        EventStage events = new EventStage(st, times, new ParticipantStage(st), identity);
        StatementStage statements = new StatementStage(st);
        List<CoreSentence> sentences = st.doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            names.namePhrases(s, sentences.get(s));
        }
        for (int s = 0; s < sentences.size(); s++) {
            entities.nerMentions(s, sentences.get(s));
            entities.delegations(s, sentences.get(s));
            entities.nationalBodies(s, sentences.get(s));
        }
        entities.peopleTakenForOrganisations();
        for (int s = 0; s < sentences.size(); s++) {
            posts.posts(s, sentences.get(s));
        }
        posts.remitsOnly();
        for (int s = 0; s < sentences.size(); s++) {
            if (s == 0 && isHeadline(sentences.get(0))) {
                continue;
            }
            statements.directQuotes(s, sentences.get(s));
            statements.speech(s, sentences.get(s));
            events.triggers(s, sentences.get(s));
            events.presence(s, sentences.get(s));
            identity.present(s, sentences.get(s).dependencyParse());
            statements.allegedThings(s, sentences.get(s));
        }
        List<DraftedArticle.Entity> drafted = st.entities.values().stream().map(EntityBuilder::build).toList();
        return new DraftedArticle(drafted, st.events, st.outsideDates);
    }

    private boolean isHeadline(CoreSentence first) {
        int end = first.charOffsets().second();
        return end < st.text.length() && st.text.charAt(end) == '\n' && !first.text().matches(".*[.!?”\"]$");
    }
}
