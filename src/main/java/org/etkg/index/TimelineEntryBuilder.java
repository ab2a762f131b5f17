package org.etkg.index;

import java.time.LocalDate;
import java.util.List;

import org.etkg.model.PlacedBy;

/**
 * Builds a {@link TimelineEntry} by name rather than by position: the entry has some thirty
 * parts, most of them optional, and the index's readers (its JSON, an article's graphs) and
 * the pages' additions (lanes, evidence in context, merged reports) each set a few. Parts not
 * set are null (an empty list for relations and participants; no quote offset is -1; a single
 * report of its own article when no reports are given).
 */
public final class TimelineEntryBuilder {
    String iri;
    String label;
    boolean statement;
    String type;
    String asWritten;
    Integer writtenYear;
    Integer writtenMonth;
    Integer writtenDay;
    LocalDate date;
    LocalDate begin;
    LocalDate end;
    LocalDate earliest;
    LocalDate latest;
    List<TimelineEntry.Relation> relations;
    String resolvedBy;
    LocalDate anchor;
    PlacedBy placedBy;
    String placeIri;
    String place;
    List<TimelineEntry.Participant> participants;
    String sourceIri;
    String source;
    String modality;
    String text;
    String quote;
    int quoteStart = -1;
    String partOf;
    String partOfLabel;
    String article;
    TimelineEntry.Reports reports;
    TimelineEntry.Lane placeLane;
    TimelineEntry.Context context;

    TimelineEntryBuilder(String iri) {
        this.iri = iri;
    }

    static TimelineEntryBuilder from(TimelineEntry e) {
        TimelineEntryBuilder b = new TimelineEntryBuilder(e.iri());
        b.iri = e.iri();
        b.label = e.label();
        b.statement = e.statement();
        b.type = e.type();
        b.asWritten = e.asWritten();
        b.writtenYear = e.writtenYear();
        b.writtenMonth = e.writtenMonth();
        b.writtenDay = e.writtenDay();
        b.date = e.date();
        b.begin = e.begin();
        b.end = e.end();
        b.earliest = e.earliest();
        b.latest = e.latest();
        b.relations = e.relations();
        b.resolvedBy = e.resolvedBy();
        b.anchor = e.anchor();
        b.placedBy = e.placedBy();
        b.placeIri = e.placeIri();
        b.place = e.place();
        b.participants = e.participants();
        b.sourceIri = e.sourceIri();
        b.source = e.source();
        b.modality = e.modality();
        b.text = e.text();
        b.quote = e.quote();
        b.quoteStart = e.quoteStart();
        b.partOf = e.partOf();
        b.partOfLabel = e.partOfLabel();
        b.article = e.article();
        b.reports = e.reports();
        b.placeLane = e.placeLane();
        b.context = e.context();
        return b;
    }

    public TimelineEntryBuilder label(String v) {
        label = v;
        return this;
    }

    public TimelineEntryBuilder statement(boolean v) {
        statement = v;
        return this;
    }

    public TimelineEntryBuilder type(String v) {
        type = v;
        return this;
    }

    public TimelineEntryBuilder asWritten(String v) {
        asWritten = v;
        return this;
    }

    public TimelineEntryBuilder writtenYear(Integer v) {
        writtenYear = v;
        return this;
    }

    public TimelineEntryBuilder writtenMonth(Integer v) {
        writtenMonth = v;
        return this;
    }

    public TimelineEntryBuilder writtenDay(Integer v) {
        writtenDay = v;
        return this;
    }

    public TimelineEntryBuilder date(LocalDate v) {
        date = v;
        return this;
    }

    public TimelineEntryBuilder begin(LocalDate v) {
        begin = v;
        return this;
    }

    public TimelineEntryBuilder end(LocalDate v) {
        end = v;
        return this;
    }

    public TimelineEntryBuilder earliest(LocalDate v) {
        earliest = v;
        return this;
    }

    public TimelineEntryBuilder latest(LocalDate v) {
        latest = v;
        return this;
    }

    public TimelineEntryBuilder relations(List<TimelineEntry.Relation> v) {
        relations = v;
        return this;
    }

    public TimelineEntryBuilder resolvedBy(String v) {
        resolvedBy = v;
        return this;
    }

    public TimelineEntryBuilder anchor(LocalDate v) {
        anchor = v;
        return this;
    }

    public TimelineEntryBuilder placedBy(PlacedBy v) {
        placedBy = v;
        return this;
    }

    public TimelineEntryBuilder placeIri(String v) {
        placeIri = v;
        return this;
    }

    public TimelineEntryBuilder place(String v) {
        place = v;
        return this;
    }

    public TimelineEntryBuilder participants(List<TimelineEntry.Participant> v) {
        participants = v;
        return this;
    }

    public TimelineEntryBuilder sourceIri(String v) {
        sourceIri = v;
        return this;
    }

    public TimelineEntryBuilder source(String v) {
        source = v;
        return this;
    }

    public TimelineEntryBuilder modality(String v) {
        modality = v;
        return this;
    }

    public TimelineEntryBuilder text(String v) {
        text = v;
        return this;
    }

    public TimelineEntryBuilder quote(String v) {
        quote = v;
        return this;
    }

    public TimelineEntryBuilder quoteStart(int v) {
        quoteStart = v;
        return this;
    }

    public TimelineEntryBuilder partOf(String v) {
        partOf = v;
        return this;
    }

    public TimelineEntryBuilder partOfLabel(String v) {
        partOfLabel = v;
        return this;
    }

    public TimelineEntryBuilder article(String v) {
        article = v;
        return this;
    }

    public TimelineEntryBuilder reports(TimelineEntry.Reports v) {
        reports = v;
        return this;
    }

    public TimelineEntryBuilder placeLane(TimelineEntry.Lane v) {
        placeLane = v;
        return this;
    }

    public TimelineEntryBuilder context(TimelineEntry.Context v) {
        context = v;
        return this;
    }

    public TimelineEntry build() {
        TimelineEntry.Reports r = reports != null ? reports
                : new TimelineEntry.Reports(List.of(iri), article == null ? List.of() : List.of(article), List.of(), List.of());
        return new TimelineEntry(iri, label, statement, type, asWritten, writtenYear, writtenMonth, writtenDay,
                date, begin, end, earliest, latest, relations == null ? List.of() : relations, resolvedBy, anchor, placedBy,
                placeIri, place, participants == null ? List.of() : participants, sourceIri, source, modality, text, quote,
                quoteStart, partOf, partOfLabel, article, r, placeLane, context);
    }
}
