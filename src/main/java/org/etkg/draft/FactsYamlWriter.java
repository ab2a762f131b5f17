package org.etkg.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.etkg.rdf.Ontology;

/**
 * Writes a draft as facts.yaml (and outside-facts.yaml when dates were resolved against the
 * publication date), in the layout of the hand-written files, each item under the "# check:"
 * lines that say what the drafter was unsure of. Remembers which lines hold which item, so that
 * a load error's line names the item.
 */
public final class FactsYamlWriter {
    static final String PUBLICATION_SOURCE = "publication-date";

    /** The text of a file and the item each line belongs to. */
    record Written(String yaml, TreeMap<Integer, String> itemAtLine) {
        String itemAt(int line) {
            Map.Entry<Integer, String> e = itemAtLine.floorEntry(line);
            return e == null ? null : e.getValue();
        }
    }

    private final Ontology ontology;
    private final String drafterName;

    FactsYamlWriter(Ontology ontology, String drafterName) {
        this.ontology = ontology;
        this.drafterName = drafterName;
    }

    Written facts(String id, ArticleText article, String text, LocalDate published, DraftedArticle draft) {
        Out out = new Out();
        Quotes quotes = new Quotes(text);
        out.line("# Drafted by etkg draft (" + drafterName + ") from " + article.file().getFileName() + ".");
        out.line("# Nothing here is checked by a person yet. Each item says under \"# check:\" what the");
        out.line("# drafter was unsure of: correct the draft, delete what is wrong, then etkg load this folder.");
        out.line("");
        out.line("format: etkg-facts/1");
        out.line("");
        out.line("article:");
        out.line("  id: " + id);
        out.line("  text: article.txt");
        out.line("  headline: " + str(article.headline()));
        out.line("  language: en");
        if (published != null) {
            out.line("  datePublished: " + published);
        }
        if (!draft.entities().isEmpty()) {
            out.line("");
            out.line("entities:");
        }
        for (DraftedArticle.Entity e : draft.entities()) {
            out.item(e.id(), checks(e.checks(), "kind " + e.kind().key() + " and label from the text"));
            out.line("  - id: " + e.id());
            out.line("    kind: " + e.kind().key());
            out.line("    label: " + str(e.label()));
            if (!e.altLabels().isEmpty()) {
                out.line("    altLabels: " + list(e.altLabels(), FactsYamlWriter::str));
            }
            if (e.quote() != null) {
                out.line("    quote: " + quote(quotes.of(e.quote())));
            }
            if (!e.holds().isEmpty()) {
                out.line("    holds: " + list(e.holds(), Function.identity()));
            }
            if (!e.memberOf().isEmpty()) {
                out.line("    memberOf: " + list(e.memberOf(), Function.identity()));
            }
            optional(out, "postIn", e.postIn());
            optional(out, "within", e.within());
            optional(out, "delegationOf", e.delegationOf());
            out.line("");
        }
        writeEvents(out, quotes, text, draft.events().stream().filter(e -> !e.isStatement()).toList(), "events");
        writeEvents(out, quotes, text, draft.events().stream().filter(DraftedArticle.Event::isStatement).toList(), "statements");
        return out.done();
    }

    private void writeEvents(Out out, Quotes quotes, String text, List<DraftedArticle.Event> events, String section) {
        if (events.isEmpty()) {
            return;
        }
        out.line(section + ":");
        for (DraftedArticle.Event e : events) {
            List<String> checks = new ArrayList<>(e.checks());
            ontology.cameoCode(e.type()).ifPresent(code -> checks.add(0, "type " + e.type() + " (CAMEO " + code + ")"
                    + (e.checks().isEmpty() ? " from the words \"" + abbreviate(e.quote().of(text)) + "\"" : "")));
            out.item(e.id(), checks(checks, "type " + e.type() + " from the words \"" + abbreviate(e.quote().of(text)) + "\""));
            out.line("  - id: " + e.id());
            out.line("    type: " + e.type());
            out.line("    label: " + str(e.label()));
            DraftedArticle.Statement s = e.statement();
            if (s != null) {
                out.line("    text: " + str(s.text() != null ? s.text() : e.quote().of(text)));
                if (s.direct()) {
                    out.line("    direct: true");
                }
            }
            out.line("    quote: " + quote(quotes.of(e.quote())));
            if (s != null) {
                optional(out, "speaker", s.speaker());
                optional(out, "accordingTo", s.accordingTo());
                out.line("    modality: " + s.modality());
            } else {
                optional(out, "modality", e.modality());
            }
            optional(out, "place", e.place());
            if (e.time() != null) {
                out.line("    time: {written: " + str(e.time().written())
                        + (e.time().date() == null ? "" : ", date: " + str(e.time().date()))
                        + (e.time().interval() ? ", interval: true" : "") + "}");
            }
            optional(out, "partOf", e.partOf());
            optional(out, "series", e.series());
            if (e.ordinal() != null) {
                out.line("    ordinal: " + e.ordinal());
            }
            if (!e.participants().isEmpty()) {
                out.line("    participants:");
                for (DraftedArticle.Participant p : e.participants()) {
                    out.line("      - {actor: " + p.actor() + ", role: " + p.role()
                            + (p.quote() == null ? "" : ", quote: " + quote(quotes.of(p.quote()))) + "}");
                }
            }
            out.line("");
        }
    }

    /** outside-facts.yaml for dates resolved against the publication date; null when there are none. */
    Written outside(String id, LocalDate published, DraftedArticle draft) {
        if (draft.outsideDates().isEmpty() || published == null) {
            return null;
        }
        Out out = new Out();
        out.line("# Dates the article does not write in full, counted from the publication date given to");
        out.line("# etkg draft (--published " + published + "). Check each against a report that gives the date,");
        out.line("# and name that report as a source here.");
        out.line("");
        out.line("format: etkg-outside-facts/1");
        out.line("article: " + id);
        out.line("");
        out.line("sources:");
        out.line("  - id: " + PUBLICATION_SOURCE);
        out.line("    label: " + str("publication date of the article, " + published + ", as given to etkg draft"));
        out.line("");
        out.line("facts:");
        for (DraftedArticle.OutsideDate d : draft.outsideDates()) {
            out.item("date:" + d.event(), List.of("# check: " + d.note()));
            out.line("  - event: " + d.event());
            out.line("    sources: [" + PUBLICATION_SOURCE + "]");
            out.line("    date: " + d.date());
            out.line("    note: " + str(d.note()));
            out.line("");
        }
        return out.done();
    }

    private static List<String> checks(List<String> checks, String fallback) {
        List<String> lines = new ArrayList<>();
        for (String c : checks.isEmpty() ? List.of(fallback) : checks) {
            lines.add("# check: " + c.replace('\n', ' '));
        }
        return lines;
    }

    private static void optional(Out out, String key, String value) {
        if (value != null) {
            out.line("    " + key + ": " + value);
        }
    }

    private static String quote(Quotes.Quote q) {
        if (q.prefix() == null && q.suffix() == null) {
            return str(q.exact());
        }
        return "{exact: " + str(q.exact()) + (q.prefix() == null ? "" : ", prefix: " + str(q.prefix()))
                + (q.suffix() == null ? "" : ", suffix: " + str(q.suffix())) + "}";
    }

    private static String list(List<String> items, Function<String, String> each) {
        return "[" + String.join(", ", items.stream().map(each).toList()) + "]";
    }

    /** A YAML double-quoted scalar. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                        // C0, DEL and C1 controls (NEL too) are not printable in YAML: escaped.
                        sb.append(String.format("\\x%02x", (int) c));
                    } else if (c == '\uFFFE' || c == '\uFFFF') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private final TreeMap<Integer, String> items = new TreeMap<>();
        private int line = 1;

        void line(String s) {
            sb.append(s).append('\n');
            line++;
        }

        void item(String id, List<String> comments) {
            items.put(line, id);
            comments.forEach(this::line);
        }

        Written done() {
            items.put(line, null);
            return new Written(sb.toString(), items);
        }
    }
}
