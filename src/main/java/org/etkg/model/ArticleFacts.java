package org.etkg.model;

import java.nio.file.Path;
import java.util.List;

/** Everything one facts file states about its article. */
public record ArticleFacts(Path file, String id, Path textFile, String headline, String language,
                           Ref basedOn, Ref publisher, String datePublished,
                           List<Entity> entities, List<Event> events) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    public long statementCount() {
        return events.stream().filter(e -> e.statement().isPresent()).count();
    }
}
