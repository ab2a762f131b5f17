package org.etkg.model;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened, or was said, according to the article. A statement is an
 * event with {@link #statement()} present. Optional parts are null or empty.
 */
public record Event(String id, Ref type, String label, List<Quote> evidence,
                    Ref place, WrittenTime time, Ref partOf,
                    Ref series, Integer ordinal, Ref previous,
                    List<Ref> about, List<Ref> causes, Ref modality, Ref accordingTo,
                    List<Participation> participants, StatementContent statementContent,
                    Location location) {
    public Event {
        evidence = List.copyOf(evidence);
        about = List.copyOf(about);
        causes = List.copyOf(causes);
        participants = List.copyOf(participants);
    }

    public Optional<StatementContent> statement() {
        return Optional.ofNullable(statementContent);
    }

    /**
     * What makes an event a statement: its words, whether they are the speaker's own
     * (a direct quote), the speaker and the channel (each may be null).
     */
    public record StatementContent(String text, boolean direct, Ref speaker, Ref channel) {
    }
}
