package org.etkg.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.etkg.model.PlacedBy;


/**
 * An index entry as one JSON object (the value of {@code etkg:timelineEntry}): every field of
 * a {@link TimelineEntry} but its IRI (the triple's subject) and its reports (a view merges
 * those at read time, from the members' own entries). Absent fields are left out.
 */
final class EntryJson {
    private EntryJson() {
    }

    static String encode(TimelineEntry e) {
        JsonOut o = new JsonOut().beginObject();
        o.put("label", e.label());
        if (e.statement()) {
            o.put("statement", true);
        }
        o.put("type", e.type());
        o.put("asWritten", e.asWritten());
        o.put("writtenYear", e.writtenYear());
        o.put("writtenMonth", e.writtenMonth());
        o.put("writtenDay", e.writtenDay());
        o.put("date", e.date());
        o.put("begin", e.begin());
        o.put("end", e.end());
        o.put("earliest", e.earliest());
        o.put("latest", e.latest());
        if (!e.relations().isEmpty()) {
            o.key("relations").beginArray();
            for (TimelineEntry.Relation r : e.relations()) {
                o.beginObject().put("kind", r.kind()).put("other", r.other()).put("otherLabel", r.otherLabel())
                        .put("minimumGap", r.minimumGap()).endObject();
            }
            o.endArray();
        }
        o.put("resolvedBy", e.resolvedBy());
        o.put("anchor", e.anchor());
        o.put("placedBy", e.placedBy() == null ? null : e.placedBy().key());
        o.put("placeIri", e.placeIri());
        o.put("place", e.place());
        if (!e.participants().isEmpty()) {
            o.key("participants").beginArray();
            for (TimelineEntry.Participant p : e.participants()) {
                o.beginObject().put("iri", p.iri()).put("label", p.label()).put("role", p.role()).endObject();
            }
            o.endArray();
        }
        o.put("sourceIri", e.sourceIri());
        o.put("source", e.source());
        o.put("modality", e.modality());
        o.put("text", e.text());
        o.put("quote", e.quote());
        if (e.quoteStart() >= 0) {
            o.put("quoteStart", e.quoteStart());
        }
        o.put("partOf", e.partOf());
        o.put("partOfLabel", e.partOfLabel());
        o.put("article", e.article());
        return o.endObject().toString();
    }

    @SuppressWarnings("unchecked")
    static TimelineEntry decode(String iri, String json) {
        Map<String, Object> o;
        try {
            In in = new In(json);
            o = in.object();
            in.end();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a timeline entry of " + iri + ": " + e.getMessage(), e);
        }
        List<TimelineEntry.Relation> relations = new ArrayList<>();
        for (Object v : (List<Object>) o.getOrDefault("relations", List.of())) {
            Map<String, Object> x = (Map<String, Object>) v;
            relations.add(new TimelineEntry.Relation(str(x, "kind"), str(x, "other"), str(x, "otherLabel"), str(x, "minimumGap")));
        }
        List<TimelineEntry.Participant> participants = new ArrayList<>();
        for (Object v : (List<Object>) o.getOrDefault("participants", List.of())) {
            Map<String, Object> x = (Map<String, Object>) v;
            participants.add(new TimelineEntry.Participant(str(x, "iri"), str(x, "label"), str(x, "role")));
        }
        String article = str(o, "article");
        Integer quoteStart = num(o, "quoteStart");
        return new TimelineEntry(iri, str(o, "label"), Boolean.TRUE.equals(o.get("statement")),
                str(o, "type"), str(o, "asWritten"), num(o, "writtenYear"), num(o, "writtenMonth"), num(o, "writtenDay"),
                day(o, "date"), day(o, "begin"), day(o, "end"), day(o, "earliest"), day(o, "latest"), relations,
                str(o, "resolvedBy"), day(o, "anchor"), PlacedBy.ofKey(str(o, "placedBy")), str(o, "placeIri"), str(o, "place"), participants,
                str(o, "sourceIri"), str(o, "source"), str(o, "modality"), str(o, "text"), str(o, "quote"),
                quoteStart == null ? -1 : quoteStart, str(o, "partOf"), str(o, "partOfLabel"), article,
                new TimelineEntry.Reports(List.of(iri), article == null ? List.of() : List.of(article), List.of(), List.of()));
    }

    private static String str(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v == null ? null : v.toString();
    }

    private static Integer num(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v == null ? null : ((Long) v).intValue();
    }

    private static LocalDate day(Map<String, Object> o, String key) {
        Object v = o.get(key);
        if (v == null) {
            return null;
        }
        String d = v.toString();
        // "YYYY-MM-DD" read by hand: the ISO formatter costs more than the rest of an entry.
        if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
            return LocalDate.of(digits(d, 0, 4), digits(d, 5, 7), digits(d, 8, 10));
        }
        return LocalDate.parse(d);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Reads the JSON {@link JsonOut} writes (and any other JSON of objects, arrays, strings, whole numbers and booleans). */
    private static final class In {
        private final String s;
        private int at;

        In(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            expect('{');
            Map<String, Object> o = new HashMap<>();
            if (peek() == '}') {
                at++;
                return o;
            }
            while (true) {
                String k = string();
                expect(':');
                o.put(k, value());
                char c = next();
                if (c == '}') {
                    return o;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("',' or '}' expected at " + (at - 1));
                }
            }
        }

        Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                at++;
                List<Object> list = new ArrayList<>();
                if (peek() == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    char d = next();
                    if (d == ']') {
                        return list;
                    }
                    if (d != ',') {
                        throw new IllegalArgumentException("',' or ']' expected at " + (at - 1));
                    }
                }
            }
            if (s.startsWith("null", at)) {
                at += 4;
                return null;
            }
            if (s.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            int start = at;
            while (at < s.length() && (s.charAt(at) == '-' || Character.isDigit(s.charAt(at)))) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a value expected at " + at);
            }
            return Long.valueOf(s.substring(start, at));
        }

        String string() {
            expect('"');
            StringBuilder b = null;
            int start = at;
            while (true) {
                if (at >= s.length()) {
                    throw new IllegalArgumentException("unterminated string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return b == null ? s.substring(start, at - 1) : b.toString();
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder(s.substring(start, at - 1));
                    }
                    char e = s.charAt(at++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> b.append(e);
                    }
                } else if (b != null) {
                    b.append(c);
                }
            }
        }

        private char peek() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return s.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (at - 1));
            }
        }

        void end() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at != s.length()) {
                throw new IllegalArgumentException("text after the object at " + at);
            }
        }
    }
}
