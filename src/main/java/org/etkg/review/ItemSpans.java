package org.etkg.review;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.EtkgException;
import org.etkg.load.EvidenceLocator;
import org.etkg.model.Location;
import org.etkg.model.Quote;

/**
 * Where each item's quotes are in the article, found as the loader finds them, in UTF-16
 * offsets (the page's): "events/2" to [[start, end], ...]. A quote the loader would not find
 * has no span; the checks say why.
 */
final class ItemSpans {
    static final List<String> SECTIONS = List.of("entities", "events", "statements");

    private ItemSpans() {
    }

    static JsonObject of(String text, JsonObject facts) {
        EvidenceLocator locator = new EvidenceLocator(text, "the article");
        JsonObject out = new JsonObject();
        for (String section : SECTIONS) {
            JsonValue list = facts.get(section);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (int i = 0; i < list.getAsArray().size(); i++) {
                JsonValue item = list.getAsArray().get(i);
                if (!item.isObject() || !item.getAsObject().hasKey("quote")) {
                    continue;
                }
                JsonValue q = item.getAsObject().get("quote");
                JsonArray spans = new JsonArray();
                for (JsonValue one : q.isArray() ? q.getAsArray() : List.of(q)) {
                    Quote quote = quote(one);
                    if (quote == null) {
                        continue;
                    }
                    try {
                        EvidenceLocator.Span s = locator.locate(quote);
                        JsonArray span = new JsonArray();
                        span.add(text.offsetByCodePoints(0, s.start()));
                        span.add(text.offsetByCodePoints(0, s.end()));
                        spans.add(span);
                    } catch (EtkgException notFound) {
                        // The checks report it beside the item; here the item only has no highlight.
                    }
                }
                out.put(section + "/" + i, spans);
            }
        }
        return out;
    }

    private static Quote quote(JsonValue v) {
        Location nowhere = new Location("the page", 0, 0);
        if (v.isString() && !v.getAsString().value().isEmpty()) {
            return new Quote(v.getAsString().value(), null, null, nowhere);
        }
        if (v.isObject() && v.getAsObject().hasKey("exact") && v.getAsObject().get("exact").isString()) {
            JsonObject o = v.getAsObject();
            return new Quote(o.get("exact").getAsString().value(), string(o, "prefix"), string(o, "suffix"), nowhere);
        }
        return null;
    }

    private static String string(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }
}
