package org.etkg.eventdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.etkg.export.ExportFormat;
import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

/** etkg export --format gdelt|acled: the store's events as rows of the event datasets. */
public final class EventExport {
    /** Rows written, and the events left out with the reason. */
    public record Report(int rows, Map<String, Integer> leftOut) {
        public int leftOutTotal() {
            return leftOut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Ontology ontology;

    public EventExport(Ontology ontology) {
        this.ontology = ontology;
    }

    /** Writes the store's events as rows of {@code format}, one of the event tables ({@link ExportFormat#eventTable()}). */
    public Report write(EtkgStore store, ExportFormat format, OutputStream out) throws IOException {
        if (!format.eventTable()) {
            throw new IllegalArgumentException(format + " is not an event table");
        }
        EventRows.Result read = new EventRows(ontology).read(store);
        Map<String, Integer> leftOut = new TreeMap<>(read.leftOut());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int rows = read.rows().size();
        if (format == ExportFormat.GDELT) {
            GdeltWriter.write(read.rows(), w);
        } else {
            int notCovered = AcledWriter.write(read.rows(), w);
            if (notCovered > 0) {
                leftOut.put("not an event ACLED covers (political violence, agreements, arrests)", notCovered);
            }
            rows -= notCovered;
        }
        w.flush();
        return new Report(rows, leftOut);
    }
}
