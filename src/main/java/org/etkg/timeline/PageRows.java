package org.etkg.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.etkg.index.TimelineEntry;
import org.etkg.rdf.IriScheme;
import org.etkg.resolve.Identity;

/**
 * Reads the entries of a page, given its clusters' representatives in timeline order, a run of
 * them at a time: each report's index value, one entry per cluster with every report
 * ({@link MergedReports}), each participant and place as its identity ({@link Lanes}) and, for
 * a page, each quote in its paragraph ({@link EvidenceContext}). Runs keep a long timeline
 * from being held whole: at 100,000 articles a person's 26,000 entries held at once were
 * copied by every young collection, a third of the time of a stream.
 */
final class PageRows {
    /** Entries read at a time: a page of the served timeline is one run. */
    static final int RUN = 500;

    private PageRows() {
    }

    static void read(DatasetGraph dsg, IriScheme iris, IndexReader reader, Identity identity, List<String> shown, PageDetail detail,
                     int runSize, PageSink sink) {
        // Lanes read once for the whole page: a person is in every entry of their timeline. A
        // reader's own (kept while it is current) hold full lanes only.
        Lanes.Kept kept = detail != PageDetail.LABELS && reader.lanesRead() != null ? reader.lanesRead() : new Lanes.Kept();
        for (int from = 0; from < shown.size(); from += runSize) {
            List<String> run = shown.subList(from, Math.min(shown.size(), from + runSize));
            Map<String, Integer> position = new HashMap<>();
            Set<String> wanted = new LinkedHashSet<>();
            for (int i = 0; i < run.size(); i++) {
                String rep = identity.representative(run.get(i));
                position.put(rep, i);
                wanted.addAll(identity.members(rep));
            }
            // One index value for each report shown; a cluster's reports merge into one entry.
            Map<String, TimelineEntry> read = reader.entries(dsg, wanted);
            List<TimelineEntry> entries = MergedReports.merge(new ArrayList<>(read.values()), identity);
            entries.sort(Comparator.comparingInt(e -> position.getOrDefault(identity.representative(e.iri()), Integer.MAX_VALUE)));
            // Each participant and place as its identity: one lane per person, whatever the spelling.
            entries = Lanes.of(dsg, iris, identity, entries, kept, detail);
            // Each quote in its sentence and paragraph, with the article's headline, outlet and date.
            if (detail == PageDetail.IN_CONTEXT) {
                entries = EvidenceContext.of(dsg, entries);
            }
            entries.forEach(sink::entry);
        }
    }
}
