package org.etkg.export;

/** RFC 4180 cells, as etkg's CSV files (timeline rows, link candidates) write them. */
public final class Csv {
    private Csv() {
    }

    /** A cell: quoted when it holds a comma, a quote or a line break; null is empty. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
