package org.etkg.timeline;

import org.owasp.encoder.Encode;
import org.etkg.index.TimelineEntry;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonArray;

/**
 * Knight Lab's TimelineJS3 JSON: one slide per placed entry, with the date as written or
 * uncertain in display_date, the place as group, and the quote and source as media.
 * TimelineJS needs a year on every slide, so entries that nothing places are left out.
 */
public final class TimelineJsWriter {
    private TimelineJsWriter() {
    }

    public static JsonObject toJson(List<TimelineEntry> entries, String title) {
        JsonObject root = new JsonObject();
        JsonObject titleSlide = new JsonObject();
        JsonObject titleText = new JsonObject();
        titleText.put("headline", Encode.forHtml(title));
        long undated = entries.stream().filter(e -> e.anchor() == null).count();
        titleText.put("text", "<p>" + entries.size() + " events and statements"
                + (undated > 0 ? "; " + undated + " that no date or bound places are not shown" : "")
                + ". Dates in [brackets] were resolved from other sources.</p>");
        titleSlide.put("text", titleText);
        root.put("title", titleSlide);
        JsonArray events = new JsonArray();
        Set<String> ids = new HashSet<>();
        for (TimelineEntry e : entries) {
            if (e.anchor() == null) {
                continue;
            }
            JsonObject slide = new JsonObject();
            LocalDate start = e.exact() ? e.anchor() : (e.earliest() != null ? e.earliest() : e.anchor());
            LocalDate end = e.exact() ? e.end() : e.latest();
            slide.put("start_date", date(start));
            if (end != null && end.isAfter(start)) {
                slide.put("end_date", date(end));
            }
            String display = DateDisplay.summary(e) + (e.asWritten() == null ? "" : " (as written: “" + e.asWritten() + "”)");
            slide.put("display_date", Encode.forHtml(display));
            JsonObject text = new JsonObject();
            text.put("headline", Encode.forHtml((e.statement() ? "» " : "") + e.label()));
            StringBuilder body = new StringBuilder();
            if (e.text() != null) {
                body.append("<p>").append(Encode.forHtml(e.text())).append("</p>");
            }
            if (!e.participants().isEmpty()) {
                body.append("<p>").append(Encode.forHtml(e.participants().stream().map(Object::toString).collect(Collectors.joining("; ")))).append("</p>");
            }
            if (e.modality() != null) {
                body.append("<p>Modality: ").append(Encode.forHtml(e.modality())).append("</p>");
            }
            String bounds = DateDisplay.bounds(e);
            if (!bounds.isEmpty()) {
                body.append("<p>Time: ").append(Encode.forHtml(bounds)).append("</p>");
            }
            body.append("<p><a href=\"").append(Encode.forHtml(e.iri())).append("\">").append(Encode.forHtml(e.iri())).append("</a></p>");
            text.put("text", body.toString());
            slide.put("text", text);
            slide.put("group", e.placeLane() != null ? e.placeLane().label() : e.place() == null ? "no place given" : e.place());
            if (e.quote() != null) {
                JsonObject media = new JsonObject();
                media.put("url", "<blockquote>" + Encode.forHtml(e.quote()) + "</blockquote>");
                media.put("credit", Encode.forHtml(e.source() == null ? "the article" : "According to " + e.source()));
                media.put("caption", Encode.forHtml("Evidence in the article" + (e.resolvedBy() == null ? "" : "; date from " + e.resolvedBy())));
                slide.put("media", media);
            }
            slide.put("unique_id", uniqueId(e.iri(), ids));
            events.add(slide);
        }
        root.put("events", events);
        return root;
    }

    public static void write(List<TimelineEntry> entries, String title, PrintWriter out) {
        out.println(toJson(entries, title).toString());
        out.flush();
    }

    private static JsonObject date(LocalDate d) {
        JsonObject o = new JsonObject();
        o.put("year", d.getYear());
        o.put("month", d.getMonthValue());
        o.put("day", d.getDayOfMonth());
        return o;
    }

    private static String uniqueId(String iri, Set<String> taken) {
        String base = iri.replaceAll("^.*/event/", "").replaceAll("[^A-Za-z0-9_-]", "-");
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

}
