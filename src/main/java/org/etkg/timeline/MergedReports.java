package org.etkg.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etkg.index.TimelineEntry;
import org.etkg.model.NameKey;
import org.etkg.resolve.Identity;

/** What several articles report as the same event, shown as one entry with every report and where they differ. */
final class MergedReports {
    private MergedReports() {
    }

    /**
     * One entry per cluster of the same event, where its representative stands, listing every
     * member and reporting article, and each value on which their reports differ with its source.
     */
    static List<TimelineEntry> merge(List<TimelineEntry> entries, Identity identity) {
        Map<String, List<TimelineEntry>> groups = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            groups.computeIfAbsent(identity.representative(e.iri()), k -> new ArrayList<>()).add(e);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry e : entries) {
            String rep = identity.representative(e.iri());
            List<TimelineEntry> group = groups.get(rep);
            if (group.size() == 1) {
                out.add(e);
                continue;
            }
            TimelineEntry primary = group.stream().filter(x -> x.iri().equals(rep)).findFirst().orElse(group.get(0));
            if (e == primary) {
                out.add(primary.withReports(reports(group)));
            }
        }
        return out;
    }

    private static TimelineEntry.Reports reports(List<TimelineEntry> group) {
        Set<String> sameAs = new java.util.TreeSet<>();
        Set<String> articles = new java.util.TreeSet<>();
        Map<String, Set<String>> dates = new LinkedHashMap<>();
        Map<String, Set<String>> places = new LinkedHashMap<>();
        for (TimelineEntry e : group) {
            sameAs.add(e.iri());
            String article = e.article() == null ? e.iri() : e.article();
            articles.add(article);
            String source = article.substring(article.lastIndexOf('/') + 1);
            // Written or resolved by another source, the same day is the same: compare the days.
            String date = DateDisplay.resolved(e).replace("[", "").replace("]", "");
            if (!date.isEmpty()) {
                dates.computeIfAbsent(date, k -> new java.util.TreeSet<>()).add(source);
            }
            if (e.place() != null) {
                places.computeIfAbsent(e.place(), k -> new java.util.TreeSet<>()).add(source);
            }
        }
        List<String> differences = new ArrayList<>();
        if (dates.size() > 1) {
            differences.add("date: " + perSource(dates));
        }
        Set<String> placeKeys = new java.util.HashSet<>();
        places.keySet().forEach(p -> placeKeys.add(NameKey.key(p)));
        if (placeKeys.size() > 1) {
            differences.add("place: " + perSource(places));
        }
        List<TimelineEntry> members = new ArrayList<>(group);
        members.sort(java.util.Comparator.comparing(TimelineEntry::iri));
        return new TimelineEntry.Reports(new ArrayList<>(sameAs), new ArrayList<>(articles), differences, members);
    }

    private static String perSource(Map<String, Set<String>> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((value, sources) -> parts.add(value + " per " + String.join(", ", sources)));
        return String.join("; ", parts);
    }
}
