package org.etkg.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.EtkgException;
import org.etkg.timeline.NameMatcher;

/**
 * What the review page suggests as the analyst types a participant, place, post or speaker:
 * the draft's entities as the page has them, then the store's, each matched and ordered by
 * the rule of the timeline page's suggestions ({@link NameMatcher}: folded names and their
 * words, shortest first). An entity is found by its label, its other names and its id.
 */
final class EntitySuggestions {
    /** Most suggestions a field shows, as on the timeline page. */
    static final int MOST = 12;

    private EntitySuggestions() {
    }

    /** The draft's entities that match, then the store's, MOST at most. */
    static JsonObject names(String typed, JsonArray draftEntities, StoreEntities known) {
        JsonArray out = new JsonArray();
        Set<String> seen = new HashSet<>();
        List<JsonObject> own = new ArrayList<>();
        draftEntities.forEach(v -> {
            if (v.isObject() && v.getAsObject().get("id") != null && v.getAsObject().get("id").isString()) {
                own.add(v.getAsObject());
            }
        });
        for (JsonObject e : matcher(own).suggest(typed, MOST)) {
            out.add(suggestion(e, "draft"));
            seen.add(text(e, "id"));
        }
        if (known != null) {
            for (JsonObject e : known.matcher().suggest(typed, MOST)) {
                if (out.size() < MOST && seen.add(text(e, "id"))) {
                    out.add(suggestion(e, "store"));
                }
            }
        }
        JsonObject o = new JsonObject();
        o.put("suggestions", out);
        return o;
    }

    /** One of the store's entities by its id, for the page to add to the draft's entities. */
    static JsonObject entity(String id, StoreEntities known) {
        if (known != null) {
            for (JsonValue v : known.json()) {
                if (id.equals(text(v.getAsObject(), "id"))) {
                    return suggestion(v.getAsObject(), "store");
                }
            }
        }
        throw new EtkgException("no entity '" + id + "' in the draft" + (known == null ? "" : " or in the store"));
    }

    static NameMatcher<JsonObject> matcher(List<JsonObject> entities) {
        return new NameMatcher<>(entities, e -> text(e, "label").isEmpty() ? text(e, "id") : text(e, "label"), e -> {
            List<String> names = new ArrayList<>(List.of(text(e, "id"), text(e, "label")));
            JsonValue more = e.get("names");
            if (more != null && more.isArray()) {
                more.getAsArray().forEach(n -> {
                    if (n.isString()) {
                        names.add(n.getAsString().value());
                    }
                });
            }
            return names;
        });
    }

    private static JsonObject suggestion(JsonObject e, String from) {
        JsonObject s = new JsonObject();
        s.put("id", text(e, "id"));
        s.put("label", text(e, "label"));
        if (!text(e, "kind").isEmpty()) {
            s.put("kind", text(e, "kind"));
        }
        s.put("from", from);
        return s;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }
}
