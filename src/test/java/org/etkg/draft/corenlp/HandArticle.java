package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.EntityKind;

/**
 * An article of sentences parsed by hand (ParsedSentence), as CoreNLP would annotate it, with the entities
 * the entity stage would mark on it: a stage that reads the whole ArticleState is tested on one sentence
 * without loading the models. Each sentence's text is its words in index order, one space between them.
 */
final class HandArticle {
    final ArticleState st;

    private HandArticle(ArticleState st) {
        this.st = st;
    }

    static HandArticle of(SemanticGraph... sentences) {
        StringBuilder text = new StringBuilder();
        List<CoreMap> maps = new ArrayList<>();
        for (SemanticGraph g : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            List<CoreLabel> tokens = new ArrayList<>();
            for (IndexedWord w : g.vertexListSorted()) {
                if (text.length() > begin) {
                    text.append(' ');
                }
                CoreLabel t = w.backingLabel();
                t.setBeginPosition(text.length());
                t.setEndPosition(text.length() + w.word().length());
                text.append(w.word());
                tokens.add(t);
            }
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, tokens);
            m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin));
            m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
            m.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, g);
            maps.add(m);
        }
        Annotation a = new Annotation(text.toString());
        a.set(CoreAnnotations.SentencesAnnotation.class, maps);
        return new HandArticle(new ArticleState(text.toString(), new CoreDocument(a), null));
    }

    /** An entity on these words of sentence {@code s} ("Hun Manet"), as the entity stage marks one. */
    String entity(int s, EntityKind kind, String label, String... words) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String word : words) {
            st.doc.sentences().get(s).tokens().stream().filter(t -> t.word().equals(word)).findFirst().ifPresent(tokens::add);
        }
        EntityBuilder e = st.entity(kind, label, new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition()), null);
        st.mark(s, tokens, e.id);
        return e.id;
    }

    SemanticGraph graph(int s) {
        return st.doc.sentences().get(s).dependencyParse();
    }
}
