package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;
import org.etkg.export.Csv;

/** The timeline's rows as RFC 4180 CSV, with IRIs, for spreadsheets. */
public final class CsvWriter {
    static final String[] COLUMNS = {"iri", "label", "kind", "type", "date", "begin", "end", "display_date",
        "as_written", "bounds", "earliest", "latest", "resolved_by", "place", "place_iri", "participants",
        "participant_iris", "source", "source_iri", "modality", "quote", "text", "article"};

    private CsvWriter() {
    }

    public static void write(List<TimelineEntry> entries, PrintWriter out) {
        RowWriter.writeAll(rows(out), entries);
    }

    /** The rows as they come: the header when the page starts, a record for each entry. */
    static RowWriter rows(PrintWriter out) {
        return new RowWriter() {
            private CSVPrinter csv;

            @Override
            public void start(Bounds bounds) {
                csv = Csv.printer(out, List.of(COLUMNS));
            }

            @Override
            public void entry(TimelineEntry e) {
                String[] cells = {e.iri(), e.label(), e.statement() ? "statement" : "event", e.type(),
                    str(e.date()), str(e.begin()), str(e.end()), DateDisplay.summary(e), e.asWritten(), DateDisplay.bounds(e),
                    str(e.earliest()), str(e.latest()), e.resolvedBy(), e.place(), e.placeIri(),
                    e.participants().stream().map(Object::toString).collect(Collectors.joining("; ")),
                    e.participants().stream().map(TimelineEntry.Participant::iri).collect(Collectors.joining(" ")),
                    e.source(), e.sourceIri(), e.modality(), e.quote(), e.text(), e.article()};
                Csv.record(csv, Arrays.asList(cells));
            }

            @Override
            public void finish() {
                Csv.flush(csv);
            }
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

}
