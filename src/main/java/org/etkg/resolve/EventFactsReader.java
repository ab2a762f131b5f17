package org.etkg.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.etkg.model.RoleType;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Mentions.Event;
import org.etkg.resolve.Mentions.EventFacts;
import org.etkg.store.QuadIds;

/**
 * What one event's own quads say, with its roles' and times' quads: type, name, place, whole,
 * series and round, speaker and text, participants by role, the statement's targets, and its
 * time (resolved stamps first, then a written date).
 */
final class EventFactsReader {
    private static final Set<Node> TIME_STAMPS = Set.of(Vocab.Sem.hasTimeStamp, Vocab.Sem.hasBeginTimeStamp,
            Vocab.Sem.hasEndTimeStamp, Vocab.Sem.hasEarliestBeginTimeStamp, Vocab.Sem.hasLatestEndTimeStamp);

    private final MentionReader reader;
    private final QuadIds ids;
    private final NodeId rdfType;
    private final NodeId statementClass;
    private final NodeId eventType;
    private final NodeId label;
    private final NodeId hasPlace;
    private final NodeId subEventOf;
    private final NodeId inSeries;
    private final NodeId ordinal;
    private final NodeId modality;
    private final NodeId text;
    private final NodeId accordingTo;
    private final NodeId hasActor;
    private final NodeId about;
    private final NodeId hasTime;
    private final NodeId inDateTime;
    private final NodeId description;
    private final NodeId year;
    private final NodeId month;
    private final NodeId day;
    private final NodeId value;
    private final NodeId roleType;
    private final Map<NodeId, Node> stamps = new HashMap<>();
    private final Map<NodeId, String> roleNames = new HashMap<>();

    EventFactsReader(MentionReader reader, QuadIds ids) {
        this.reader = reader;
        this.ids = ids;
        Terms t = reader.terms();
        rdfType = reader.idOf(Vocab.RDF_TYPE);
        statementClass = reader.idOf(t.Statement);
        eventType = reader.idOf(Vocab.Sem.eventType);
        label = reader.idOf(Vocab.RDFS_LABEL);
        hasPlace = reader.idOf(Vocab.Sem.hasPlace);
        subEventOf = reader.idOf(Vocab.Sem.subEventOf);
        inSeries = reader.idOf(t.inSeries);
        ordinal = reader.idOf(t.ordinal);
        modality = reader.idOf(t.modality);
        text = reader.idOf(Vocab.Schema.text);
        accordingTo = reader.idOf(Vocab.Sem.accordingTo);
        hasActor = reader.idOf(Vocab.Sem.hasActor);
        about = reader.idOf(Vocab.Schema.about);
        hasTime = reader.idOf(Vocab.Sem.hasTime);
        inDateTime = reader.idOf(Vocab.Time.inDateTime);
        description = reader.idOf(Vocab.Time.hasDateTimeDescription);
        year = reader.idOf(Vocab.Time.year);
        month = reader.idOf(Vocab.Time.month);
        day = reader.idOf(Vocab.Time.day);
        value = reader.idOf(Vocab.RDF_VALUE);
        roleType = reader.idOf(Vocab.Sem.roleType);
        for (Node stamp : TIME_STAMPS) {
            NodeId id = ids.id(stamp);
            if (id != null) {
                stamps.put(id, stamp);
            }
        }
    }

    /** The facts of the event {@code node}, typed as an event in its article's {@code graph}. */
    EventFacts read(String iri, NodeId node, NodeId graph, String article) {
        List<NodeId[]> quads = new ArrayList<>();
        NodeId[] typeAndLabel = new NodeId[2];
        boolean[] statement = {false};
        Set<String> graphs = new LinkedHashSet<>();
        Set<String> nodes = new LinkedHashSet<>();
        ids.find(QuadIds.ANY, node, QuadIds.ANY, QuadIds.ANY, (g, subject, p, o) -> {
            quads.add(new NodeId[] {g, p, o});
            graphs.add(reader.graphNameOf(g));
            if (g.equals(graph)) {
                if (p.equals(eventType)) {
                    typeAndLabel[0] = o;
                } else if (p.equals(label) && typeAndLabel[1] == null) {
                    typeAndLabel[1] = o;
                } else if (p.equals(rdfType) && o.equals(statementClass)) {
                    statement[0] = true;
                }
            }
        });
        if (typeAndLabel[0] == null || typeAndLabel[1] == null) {
            // Not an event the articles describe in full: no mention, but its graphs say when that changes.
            return new EventFacts(false, article, statement[0], null, null, null, null, null, null, null, null, null,
                    null, null, null, null, Map.of(), Set.of(), List.of(), 0, Set.of(), graphs);
        }
        Event e = new Event(iri, article, statement[0]);
        e.type = reader.uriOf(typeAndLabel[0]);
        e.label = reader.lexOf(typeAndLabel[1]);
        Set<NodeId> roles = new LinkedHashSet<>();
        Set<NodeId> times = new LinkedHashSet<>();
        List<String> targets = new ArrayList<>();
        for (NodeId[] q : quads) {
            NodeId p = q[1];
            NodeId o = q[2];
            if (q[0].equals(graph)) {
                e.richness++;
            }
            if (p.equals(hasPlace)) {
                e.place = reader.uriOf(o);
            } else if (p.equals(subEventOf)) {
                e.partOf = reader.uriOf(o);
            } else if (p.equals(inSeries)) {
                e.series = reader.uriOf(o);
            } else if (p.equals(ordinal)) {
                e.ordinal = Integer.valueOf(reader.lexOf(o).trim());
            } else if (p.equals(modality)) {
                e.modality = reader.uriOf(o);
            } else if (p.equals(text)) {
                e.text = reader.lexOf(o);
            } else if (p.equals(accordingTo)) {
                String source = reader.uriOf(o);
                if (source != null) {
                    e.sources.add(source);
                }
            } else if (p.equals(hasActor)) {
                roles.add(o);
            } else if (p.equals(about) && statement[0]) {
                String target = reader.uriOf(o);
                if (target != null) {
                    targets.add(target);
                }
            } else if (p.equals(hasTime)) {
                times.add(o);
            } else if (stamps.containsKey(p)) {
                LocalDate d = org.etkg.rdf.XsdDates.day(reader.lexOf(o));
                if (d != null) {
                    time(e, stamps.get(p).getURI(), d);
                }
            }
        }
        if (e.series == null) {
            e.ordinal = null; // an ordinal counts only within its series
        }
        roles.forEach(role -> role(e, role, graph, nodes, graphs));
        // Written dates after resolved ones: a date resolved from outside the article wins.
        times.forEach(time -> {
            nodes.add(reader.key(time));
            ids.find(QuadIds.ANY, time, QuadIds.ANY, QuadIds.ANY, (g, s, p, d) -> {
                graphs.add(reader.graphNameOf(g));
                if (!p.equals(inDateTime) && !p.equals(description)) {
                    return;
                }
                nodes.add(reader.key(d));
                Integer[] ymd = new Integer[3];
                ids.find(QuadIds.ANY, d, QuadIds.ANY, QuadIds.ANY, (g2, s2, p2, o2) -> {
                    graphs.add(reader.graphNameOf(g2));
                    int i = p2.equals(year) ? 0 : p2.equals(month) ? 1 : p2.equals(day) ? 2 : -1;
                    if (i >= 0) {
                        ymd[i] = digits(reader.lexOf(o2));
                    }
                });
                written(e, ymd[0], ymd[1], ymd[2]);
            });
        });
        return new EventFacts(true, article, e.statement, e.label, e.type, e.place, e.partOf, e.series, e.ordinal, e.speaker,
                e.text, e.modality, e.earliest, e.latest, e.timeKind, e.monthDay, e.roles, e.sources, targets, e.richness,
                nodes, graphs);
    }

    /** A participant in its role; what its article says of the role adds to the event's richness. */
    private void role(Event e, NodeId role, NodeId graph, Set<String> nodes, Set<String> graphs) {
        nodes.add(reader.key(role));
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ids.find(QuadIds.ANY, role, QuadIds.ANY, QuadIds.ANY, (g, s, p, o) -> {
            graphs.add(reader.graphNameOf(g));
            if (g.equals(graph)) {
                e.richness++;
            }
            if (p.equals(value)) {
                String actor = reader.uriOf(o);
                if (actor != null) {
                    values.add(actor);
                }
            } else if (p.equals(roleType)) {
                String name = roleNames.computeIfAbsent(o, id -> {
                    String type = reader.uriOf(id);
                    return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
                });
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        });
        for (String name : names) {
            for (String actor : values) {
                e.roles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(actor);
                if (RoleType.SPEAKER.id().equals(name)) {
                    e.speaker = actor;
                }
            }
        }
    }

    private static Integer digits(String s) {
        if (s == null) {
            return null;
        }
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() ? null : Integer.valueOf(d);
    }

    private static void time(Event e, String predicate, LocalDate d) {
        String p = predicate.substring(predicate.lastIndexOf('/') + 1);
        boolean exact = p.equals("hasTimeStamp") || p.equals("hasBeginTimeStamp") || p.equals("hasEndTimeStamp");
        if (!exact && "date".equals(e.timeKind)) {
            return;
        }
        if (exact && !"date".equals(e.timeKind)) {
            e.earliest = null;
            e.latest = null;
            e.timeKind = "date";
        }
        if (e.timeKind == null) {
            e.timeKind = "bounds";
        }
        switch (p) {
            case "hasTimeStamp" -> {
                e.earliest = min(e.earliest, d);
                e.latest = max(e.latest, d);
            }
            case "hasBeginTimeStamp", "hasEarliestBeginTimeStamp" -> e.earliest = min(e.earliest, d);
            default -> e.latest = max(e.latest, d);
        }
    }

    private static void written(Event e, Integer year, Integer month, Integer day) {
        if (year == null) {
            if (month != null && day != null) {
                e.monthDay = String.format("--%02d-%02d", month, day);
            }
            return;
        }
        if (e.timeKind != null) {
            return;
        }
        try {
            if (month != null && day != null) {
                e.earliest = LocalDate.of(year, month, day);
                e.latest = e.earliest;
                e.timeKind = "date";
            } else {
                YearMonth first = YearMonth.of(year, month == null ? 1 : month);
                YearMonth last = YearMonth.of(year, month == null ? 12 : month);
                e.earliest = first.atDay(1);
                e.latest = last.atEndOfMonth();
                e.timeKind = "bounds";
            }
        } catch (java.time.DateTimeException ex) {
            // The loader refuses impossible dates; nothing to compare here.
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
