package org.etkg.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.EtkgStore;
import org.etkg.store.StoreVersion;

/**
 * What the store already holds, for the review page: the entities an analyst can pick as
 * participants, places and speakers (id, label, kind), and, after a load, the events of the
 * draft that resolve found reported by other articles too.
 */
final class StoreEntities {
    private final JsonArray entities;
    /** The store's version they were read at. */
    private final StoreVersion version;

    private StoreEntities(JsonArray entities, StoreVersion version) {
        this.entities = entities;
        this.version = version;
    }

    /** Whether the store has changed since these were read (a read of its version, not of its entities). */
    boolean staleIn(EtkgStore store) {
        return !version.equals(store.read(StoreVersion::of));
    }

    JsonArray json() {
        return entities;
    }

    private volatile org.etkg.timeline.NameMatcher<JsonObject> matcher;

    /** The entities as suggestions find them, their names folded once. */
    org.etkg.timeline.NameMatcher<JsonObject> matcher() {
        var m = matcher;
        if (m == null) {
            List<JsonObject> all = new ArrayList<>();
            entities.forEach(v -> all.add(v.getAsObject()));
            m = EntitySuggestions.matcher(all);
            matcher = m;
        }
        return m;
    }

    /**
     * Every entity with a label, its kind the one whose classes it has most of, and its other
     * names (skos:altLabel), which suggestions match too; read in one read transaction.
     */
    static StoreEntities read(EtkgStore store, Ontology ontology) {
        String namespace = ontology.iris().entityNamespace();
        return store.read(dsg -> {
            Graph union = dsg.getUnionGraph();
            TreeMap<String, JsonObject> byId = new TreeMap<>();
            union.find(Node.ANY, Vocab.RDFS_LABEL, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!s.isURI() || !s.getURI().startsWith(namespace) || !t.getObject().isLiteral()
                        || byId.containsKey(s.getURI().substring(namespace.length()))) {
                    return;
                }
                Set<Node> classes = new HashSet<>();
                union.find(s, Vocab.RDF_TYPE, Node.ANY).forEachRemaining(c -> classes.add(c.getObject()));
                String kind = null;
                int best = 0;
                for (String k : ontology.entityKindIds()) {
                    List<Node> kc = ontology.classesOfKind(k);
                    int n = (int) kc.stream().filter(classes::contains).count();
                    if (n == kc.size() && n > best) {
                        best = n;
                        kind = k;
                    }
                }
                JsonObject e = new JsonObject();
                String id = s.getURI().substring(namespace.length());
                e.put("id", id);
                e.put("label", t.getObject().getLiteralLexicalForm());
                if (kind != null) {
                    e.put("kind", kind);
                }
                JsonArray names = new JsonArray();
                union.find(s, Vocab.SKOS_ALT_LABEL, Node.ANY).forEachRemaining(a -> {
                    if (a.getObject().isLiteral()) {
                        names.add(a.getObject().getLiteralLexicalForm());
                    }
                });
                if (!names.isEmpty()) {
                    e.put("names", names);
                }
                byId.put(id, e);
            });
            JsonArray out = new JsonArray();
            byId.values().forEach(out::add);
            return new StoreEntities(out, StoreVersion.of(dsg));
        });
    }

    /** The draft's events and statements that share an identity cluster with another article's. */
    static JsonArray heldElsewhere(EtkgStore store, Ontology ontology, JsonObject facts) {
        IriScheme iris = ontology.iris();
        String article = facts.get("article").getAsObject().get("id").getAsString().value();
        String own = iris.eventNamespace() + article + "/";
        List<String> ids = new ArrayList<>();
        for (String section : List.of("events", "statements")) {
            JsonValue list = facts.get(section);
            if (list != null && list.isArray()) {
                list.getAsArray().forEach(v -> ids.add(v.getAsObject().get("id").getAsString().value()));
            }
        }
        return store.read(dsg -> {
            Identity identity = Identity.read(dsg, iris);
            Graph union = dsg.getUnionGraph();
            JsonArray out = new JsonArray();
            for (String id : ids) {
                List<String> others = identity.members(own + id).stream().filter(m -> !m.startsWith(own)).toList();
                if (others.isEmpty()) {
                    continue;
                }
                JsonObject e = new JsonObject();
                e.put("id", id);
                JsonArray reports = new JsonArray();
                for (String other : others) {
                    JsonObject r = new JsonObject();
                    r.put("iri", other);
                    String rest = other.startsWith(iris.eventNamespace()) ? other.substring(iris.eventNamespace().length()) : other;
                    r.put("article", rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
                    union.find(org.apache.jena.graph.NodeFactory.createURI(other), Vocab.RDFS_LABEL, Node.ANY)
                            .nextOptional().ifPresent(t -> r.put("label", t.getObject().getLiteralLexicalForm()));
                    reports.add(r);
                }
                e.put("others", reports);
                out.add(e);
            }
            return out;
        });
    }
}
