package org.etkg.draft;

import java.time.LocalDate;

/**
 * Reads an article's text and drafts its facts. Implementations hold their language models,
 * loaded once by {@link DrafterProvider#open()}, and are used for one article at a time.
 */
public interface Drafter extends AutoCloseable {

    /**
     * @param text      the article, its first line the headline
     * @param published the publication date the analyst gave, or null
     * @throws org.etkg.EtkgException when the text holds no sentences
     */
    DraftedArticle draft(String text, LocalDate published);

    @Override
    default void close() {
    }
}
