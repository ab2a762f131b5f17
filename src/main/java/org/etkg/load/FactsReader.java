package org.etkg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.etkg.load.YamlDocument.YamlMap;
import org.etkg.load.YamlDocument.YamlValue;
import org.etkg.model.ArticleFacts;
import org.etkg.model.DataError;
import org.etkg.model.Entity;
import org.etkg.model.EntityKind;
import org.etkg.model.Event;
import org.etkg.model.Location;
import org.etkg.model.OutsideFacts;
import org.etkg.model.Participation;
import org.etkg.model.PartialDate;
import org.etkg.model.Quote;
import org.etkg.model.Ref;
import org.etkg.model.WrittenTime;

/**
 * Reads the hand-written YAML facts files into the domain model. It checks the form
 * (fields, ids, dates); references between facts are checked by {@link ReferenceChecker}.
 */
public final class FactsReader {
    public static final String FACTS_FORMAT = "etkg-facts/1";
    public static final String OUTSIDE_FORMAT = "etkg-outside-facts/1";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DURATION = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FactsReader() {
    }

    /** Reads an article's facts file. */
    public static ArticleFacts readArticleFacts(Path file) {
        YamlMap root = YamlDocument.read(file);
        checkFormat(root, FACTS_FORMAT);
        YamlMap article = root.require("article", "the article's id, text file and headline").asMap();
        String id = id(article, "id");
        String text = article.requireString("text", "the article's text file, relative to this file");
        String headline = article.requireString("headline", null);
        String language = article.string("language");
        Ref basedOn = article.ref("basedOn");
        Ref publisher = article.ref("publisher");
        String datePublished = article.string("datePublished");
        if (datePublished != null) {
            fullDate(datePublished, article.get("datePublished").orElseThrow().location());
        }
        article.done();

        Map<String, Location> ids = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (YamlValue v : root.list("entities")) {
            Entity e = entity(v.asMap());
            unique(ids, e.id(), e.location());
            entities.add(e);
        }
        List<Event> events = new ArrayList<>();
        for (YamlValue v : root.list("events")) {
            Event e = event(v.asMap(), false);
            unique(ids, e.id(), e.location());
            events.add(e);
        }
        for (YamlValue v : root.list("statements")) {
            Event e = event(v.asMap(), true);
            unique(ids, e.id(), e.location());
            events.add(e);
        }
        root.done();
        Path textFile = file.toAbsolutePath().getParent().resolve(text).normalize();
        return new ArticleFacts(file, id, textFile, headline, language == null ? "en" : language,
                basedOn, publisher, datePublished, entities, events);
    }

    /** Reads a file of facts from outside the article. */
    public static OutsideFacts readOutsideFacts(Path file) {
        YamlMap root = YamlDocument.read(file);
        checkFormat(root, OUTSIDE_FORMAT);
        String article = root.requireString("article", "the id of the article these facts are about");
        Map<String, Location> ids = new HashMap<>();
        List<OutsideFacts.Source> sources = new ArrayList<>();
        for (YamlValue v : root.list("sources")) {
            YamlMap m = v.asMap();
            OutsideFacts.Source s = new OutsideFacts.Source(id(m, "id"), m.string("kind"),
                    m.requireString("label", null), m.string("url"), m.string("publisher"), m.string("quote"),
                    m.string("comment"), m.string("linkMethod"), m.bool("unconfirmed"), m.location());
            if (s.url() != null) {
                Iris.checkIri(s.url(), m.get("url").orElseThrow().location());
            }
            m.done();
            unique(ids, s.id(), s.location());
            sources.add(s);
        }
        List<OutsideFacts.Fact> facts = new ArrayList<>();
        for (YamlValue v : root.list("facts")) {
            facts.add(outsideFact(v.asMap()));
        }
        root.done();
        return new OutsideFacts(file, article, sources, facts);
    }

    private static OutsideFacts.Fact outsideFact(YamlMap m) {
        Ref event = m.ref("event");
        Ref entity = m.ref("entity");
        if ((event == null) == (entity == null)) {
            throw new DataError(m.location(), "a fact names exactly one 'event' or one 'entity'");
        }
        List<Ref> sources = m.refs("sources");
        if (sources.isEmpty()) {
            throw new DataError(m.location(), "missing required field 'sources' (the ids of the sources that attest this fact)");
        }
        String sameAs = m.string("sameAs");
        if (sameAs != null) {
            Iris.checkIri(sameAs, m.get("sameAs").orElseThrow().location());
        }
        Double lat = null;
        Double lon = null;
        if (m.get("point").isPresent()) {
            YamlMap p = m.get("point").orElseThrow().asMap();
            lat = p.decimal("lat");
            lon = p.decimal("lon");
            if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new DataError(p.location(), "a point needs lat (-90..90) and lon (-180..180)");
            }
            p.done();
        }
        OutsideFacts.Fact f = new OutsideFacts.Fact(event, entity, sources,
                date(m, "date"), date(m, "begin"), date(m, "end"), date(m, "earliestBegin"), date(m, "latestEnd"),
                m.ref("place"), m.string("note"), sameAs, lat, lon, m.strings("altLabels"),
                date(m, "datePublished"), m.string("headline"), m.location());
        m.done();
        return f;
    }

    private static String date(YamlMap m, String key) {
        return m.get(key).map(v -> fullDate(v.asString(), v.location())).orElse(null);
    }

    private static String fullDate(String text, Location at) {
        try {
            PartialDate d = PartialDate.parse(text);
            if (!FULL_DATE.matcher(text.trim()).matches() || d.toLocalDate().isEmpty()) {
                throw new DataError(at, "'" + text + "' must be a full date YYYY-MM-DD here");
            }
            return d.toString();
        } catch (IllegalArgumentException e) {
            throw new DataError(at, e.getMessage());
        }
    }

    private static void checkFormat(YamlMap root, String expected) {
        YamlValue v = root.require("format", "'" + expected + "'");
        if (!expected.equals(v.asString())) {
            throw new DataError(v.location(), "format is '" + v.asString() + "'; this file must say format: " + expected);
        }
    }

    private static String id(YamlMap m, String key) {
        YamlValue v = m.require(key, "a short id: lower-case letters, digits and hyphens");
        String id = v.asString();
        if (!ID.matcher(id).matches()) {
            throw new DataError(v.location(), "id '" + id + "' may hold only lower-case letters, digits and hyphens");
        }
        return id;
    }

    private static void unique(Map<String, Location> ids, String id, Location at) {
        Location first = ids.putIfAbsent(id, at);
        if (first != null) {
            throw new DataError(at, "duplicate id '" + id + "', first used at line " + first.line());
        }
    }

    private static Entity entity(YamlMap m) {
        String id = id(m, "id");
        YamlValue kindValue = m.require("kind", "person, organization, delegation, country, city, post, topic, ...");
        EntityKind kind;
        try {
            kind = EntityKind.fromKey(kindValue.asString());
        } catch (IllegalArgumentException e) {
            throw new DataError(kindValue.location(), e.getMessage());
        }
        Entity e = new Entity(id, kind, m.requireString("label", "its name in English"), m.strings("altLabels"),
                m.string("comment"), quotes(m, kind == EntityKind.POST),
                m.refs("holds"), m.refs("headOf"), m.refs("memberOf"),
                m.ref("postIn"), m.ref("delegationOf"), m.ref("within"), m.ref("publisher"), m.location());
        m.done();
        return e;
    }

    private static Event event(YamlMap m, boolean isStatement) {
        String id = id(m, "id");
        Ref type = m.ref("type");
        if (type == null) {
            throw new DataError(m.location(), "missing required field 'type' (an event type of the ontology, such as visit or statement)");
        }
        Event.StatementContent statement = null;
        if (isStatement) {
            statement = new Event.StatementContent(m.string("text"), m.bool("direct"), m.ref("speaker"), m.ref("channel"));
        }
        List<Participation> participants = new ArrayList<>();
        for (YamlValue v : m.list("participants")) {
            YamlMap p = v.asMap();
            Ref actor = p.ref("actor");
            Ref role = p.ref("role");
            if (actor == null || role == null) {
                throw new DataError(p.location(), "a participant needs 'actor' and 'role'");
            }
            participants.add(new Participation(actor, role, p.ref("accordingTo"), quotes(p, false), p.location()));
            p.done();
        }
        Event e = new Event(id, type, m.requireString("label", "a short description in English"),
                quotes(m, true), m.ref("place"), time(m), m.ref("partOf"),
                m.ref("series"), m.integer("ordinal"), m.ref("previous"),
                m.refs("about"), m.refs("causes"), m.ref("modality"), m.ref("accordingTo"),
                participants, statement, m.location());
        m.done();
        return e;
    }

    private static WrittenTime time(YamlMap m) {
        if (m.get("time").isEmpty()) {
            return null;
        }
        YamlMap t = m.get("time").orElseThrow().asMap();
        String written = t.requireString("written", "the words of the article that give the time");
        PartialDate date = null;
        if (t.get("date").isPresent()) {
            YamlValue v = t.get("date").orElseThrow();
            try {
                date = PartialDate.parse(v.asString());
            } catch (IllegalArgumentException e) {
                throw new DataError(v.location(), e.getMessage());
            }
        }
        String gap = t.string("minimumGap");
        if (gap != null && !DURATION.matcher(gap).matches()) {
            throw new DataError(t.get("minimumGap").orElseThrow().location(),
                    "'" + gap + "' is not a duration; write P15M, P2Y, P10D ...");
        }
        WrittenTime time = new WrittenTime(written, date, t.ref("before"), t.ref("after"), t.ref("coincidesWith"),
                gap, t.bool("interval"), t.location());
        t.done();
        return time;
    }

    private static List<Quote> quotes(YamlMap m, boolean required) {
        if (m.get("quote").isEmpty()) {
            if (required) {
                throw new DataError(m.location(), "missing required field 'quote' (the words of the article that support this fact)");
            }
            return List.of();
        }
        YamlValue v = m.get("quote").orElseThrow();
        List<Quote> quotes = new ArrayList<>();
        if (v.isList()) {
            for (YamlValue item : v.asList()) {
                quotes.add(quote(item));
            }
        } else {
            quotes.add(quote(v));
        }
        return quotes;
    }

    private static Quote quote(YamlValue v) {
        if (v.isMap()) {
            YamlMap q = v.asMap();
            Quote quote = new Quote(q.requireString("exact", "the words"), q.string("prefix"), q.string("suffix"), v.location());
            q.done();
            return quote;
        }
        String exact = v.asString();
        if (exact.isEmpty()) {
            throw new DataError(v.location(), "the quote is empty");
        }
        return new Quote(exact, null, null, v.location());
    }
}
