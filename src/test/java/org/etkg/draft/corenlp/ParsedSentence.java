package org.etkg.draft.corenlp;

import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * A dependency parse written by hand, "[called/VBD-6 nsubj>Sadiq/NNP-5 obl:on>minister/NN-11]", as
 * CoreNLP's parser gives it (word/TAG-index, indices 1-based as the tokens'): the stages' rules on the
 * parse are tested without loading the models. Lemmas are the words in lower case unless given as
 * "word=lemma".
 */
final class ParsedSentence {
    private ParsedSentence() {
    }

    static SemanticGraph of(String bracketed, String... lemmas) {
        SemanticGraph g = SemanticGraph.valueOf(bracketed);
        for (IndexedWord w : g.vertexSet()) {
            w.setLemma(w.word().toLowerCase(Locale.ROOT));
            for (String l : lemmas) {
                String[] wl = l.split("=");
                if (wl[0].equals(w.word())) {
                    w.setLemma(wl[1]);
                }
            }
        }
        return g;
    }

    static IndexedWord word(SemanticGraph g, String word) {
        return g.vertexListSorted().stream().filter(w -> w.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(word + " is not in " + g));
    }
}
