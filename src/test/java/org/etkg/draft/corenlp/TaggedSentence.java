package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A sentence tagged by hand, "Azizi/NNP is/VBZ set/VBN to/TO visit/VB", as CoreNLP's tokenizer and
 * tagger would give it: the stages' rules on tokens are tested without loading the models.
 * Tokens are written with one space between them; {@link #text()} is that text.
 */
record TaggedSentence(String text, List<CoreLabel> tokens) {

    static TaggedSentence of(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            CoreLabel t = new CoreLabel();
            t.setWord(word);
            t.setValue(word);
            t.setOriginalText(word);
            t.setTag(item.substring(slash + 1));
            t.setBeginPosition(text.length());
            t.setEndPosition(text.length() + word.length());
            t.setIndex(tokens.size() + 1);
            text.append(word);
            tokens.add(t);
        }
        return new TaggedSentence(text.toString(), tokens);
    }

    /** The 0-based index of the first token that is this word. */
    int indexOf(String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word + " is not in " + text);
    }
}
