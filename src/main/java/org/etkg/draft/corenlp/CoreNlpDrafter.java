// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.time.LocalDate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.etkg.EtkgException;
import org.etkg.draft.DraftedArticle;
import org.etkg.draft.Drafter;

/** Annotates an article with CoreNLP (one pipeline, loaded once) and reads the draft from the annotations. */
final class CoreNlpDrafter implements Drafter {
    private final StanfordCoreNLP pipeline;

    CoreNlpDrafter(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public DraftedArticle draft(String text, LocalDate published) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        boolean sentences = doc.sentences().stream().anyMatch(s -> s.tokens().stream()
                .filter(t -> t.word().codePoints().anyMatch(Character::isLetter)).count() >= 3);
        if (!sentences) {
            throw new EtkgException("no sentences to draft from");
        }
        return new ArticleReader(text, doc, published).read();
    }
}
