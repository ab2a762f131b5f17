package org.etkg.timeline;

import org.etkg.index.TimelineEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plain-text table for the terminal: cells wrap to fit the width; a header in bold only
 * when colour is wanted (a terminal), never escape codes in a pipe.
 */
public final class TableWriter {
    private static final String[] HEADERS = {"Date", "As written", "Bounds", "Event or statement", "Place", "Participants", "Source"};
    private static final int[] MIN = {13, 10, 12, 20, 10, 14, 10};
    private static final int[] WEIGHT = {2, 2, 3, 6, 1, 4, 2};

    private TableWriter() {
    }

    /** @param width total width in characters; 0 for no limit */
    public static void write(List<TimelineEntry> entries, PrintWriter out, int width, boolean colour) {
        List<String[]> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            String date = DateDisplay.resolved(e);
            rows.add(new String[] {
                date.isEmpty() ? (e.anchor() == null ? "undated" : "–") : date,
                e.asWritten() == null ? "" : e.asWritten(),
                DateDisplay.bounds(e),
                (e.statement() ? "» " : "") + e.label() + (e.modality() == null ? "" : " (" + e.modality() + ")")
                        + e.reports().differences().stream().map(d -> "\n≠ " + d).collect(Collectors.joining()),
                e.placeLane() != null ? e.placeLane().label() : e.place() == null ? "" : e.place(),
                e.participants().stream().map(Object::toString).collect(Collectors.joining("; ")),
                (e.source() == null ? "" : e.source())
                        + (e.reports().articles().size() > 1 ? (e.source() == null ? "" : "; ") + e.reports().articles().size() + " reports" : "")
            });
        }
        int[] widths = widths(rows, width);
        String separator = line(widths);
        out.println(separator);
        String header = row(HEADERS, widths).get(0);
        out.println(colour ? "\u001B[1m" + header + "\u001B[0m" : header);
        out.println(separator.replace('-', '='));
        for (String[] r : rows) {
            row(r, widths).forEach(out::println);
        }
        out.println(separator);
        out.printf("%d entries; » marks statements; [brackets] mark what other sources resolved; ≠ marks where reports differ.%n",
                entries.size());
        out.flush();
    }

    private static int[] widths(List<String[]> rows, int total) {
        int n = HEADERS.length;
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = HEADERS[i].length();
            for (String[] r : rows) {
                for (String paragraph : r[i].split("\n", -1)) {
                    natural[i] = Math.max(natural[i], paragraph.length());
                }
            }
        }
        int chrome = 3 * n + 1;
        int sum = 0;
        for (int w : natural) {
            sum += w;
        }
        if (total <= 0 || sum + chrome <= total) {
            return natural;
        }
        int available = Math.max(total - chrome, n * 3);
        int minSum = 0;
        for (int m : MIN) {
            minSum += m;
        }
        int weights = 0;
        for (int w : WEIGHT) {
            weights += w;
        }
        int[] widths = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            int min = minSum <= available ? MIN[i] : Math.max(3, MIN[i] * available / minSum);
            widths[i] = Math.min(natural[i], Math.max(min, available * WEIGHT[i] / weights));
            used += widths[i];
        }
        // Too wide: take from the widest columns. Room left: give it where text is cut most.
        while (used > available) {
            int widest = 0;
            for (int i = 1; i < n; i++) {
                widest = widths[i] > widths[widest] ? i : widest;
            }
            widths[widest]--;
            used--;
        }
        while (used < available) {
            int best = -1;
            double bestNeed = 0;
            for (int i = 0; i < n; i++) {
                double need = (natural[i] - widths[i]) * (double) WEIGHT[i] / Math.max(widths[i], 1);
                if (natural[i] > widths[i] && need > bestNeed) {
                    best = i;
                    bestNeed = need;
                }
            }
            if (best < 0) {
                break;
            }
            widths[best]++;
            used++;
        }
        return widths;
    }

    private static String line(int[] widths) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : widths) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.toString();
    }

    private static List<String> row(String[] cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i], widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<String> out = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < cells.length; i++) {
                String text = l < wrapped.get(i).size() ? wrapped.get(i).get(l) : "";
                sb.append(' ').append(text).append(" ".repeat(widths[i] - text.length())).append(" |");
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Wraps each paragraph (a cell may hold several, one per line) to the width. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            lines.addAll(wrapParagraph(paragraph, width));
        }
        return lines;
    }

    private static List<String> wrapParagraph(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() + (line.isEmpty() ? 0 : 1) + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
