package org.etkg.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** xsd:duration values in words: P15M is "15 months". */
final class Durations {
    private static final Pattern PARTS = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private Durations() {
    }

    static String words(String duration) {
        Matcher m = PARTS.matcher(duration);
        if (!m.matches()) {
            return duration;
        }
        String[] units = {"year", "month", "week", "day"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            if (m.group(i + 1) != null) {
                int n = Integer.parseInt(m.group(i + 1));
                out.add(n + " " + units[i] + (n == 1 ? "" : "s"));
            }
        }
        return String.join(" ", out);
    }
}
