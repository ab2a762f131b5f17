// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.Properties;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.etkg.draft.Drafter;
import org.etkg.draft.DrafterProvider;

/** The drafter built on Stanford CoreNLP: tokens, sentences, parts of speech, fine-grained NER with SUTime, dependencies. */
public final class CoreNlpDrafterProvider implements DrafterProvider {
    private static final String VERSION = "4.5.10";

    @Override
    public String name() {
        return "Stanford CoreNLP " + VERSION;
    }

    @Override
    public Drafter open() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // A paragraph break ends a sentence: the headline has no full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Years are not guessed: a date without a year stays without one (--04-16).
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "false");
        return new CoreNlpDrafter(new StanfordCoreNLP(p));
    }
}
