package org.etkg.draft;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.model.NameKey;
import org.etkg.model.EntityKind;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Identity;
import org.etkg.store.EtkgStore;

/**
 * The people, places and organisations a store already knows, by kind and by name as the link
 * step folds it (case, diacritics, honorifics, transliteration: "Nooruddin Azizi" is "Noor-ud-Din Azizi"),
 * so that a draft reuses their ids.
 */
public final class KnownEntities {
    private static final KnownEntities NONE = new KnownEntities(Map.of(), Map.of());

    /** Folded name and kind to the ids that carry that name. */
    private final Map<String, Set<String>> ids;
    /** Each id to the id of its identity cluster's representative, after etkg resolve. */
    private final Map<String, String> representative;

    private KnownEntities(Map<String, Set<String>> ids, Map<String, String> representative) {
        this.ids = ids;
        this.representative = representative;
    }

    public static KnownEntities none() {
        return NONE;
    }

    /** Reads every entity's labels and alternative labels from the store, in one read transaction. */
    public static KnownEntities of(Path storeDir, Ontology ontology) {
        String namespace = ontology.iris().entityNamespace();
        try (EtkgStore store = EtkgStore.openExisting(storeDir)) {
            return store.read(dsg -> {
                Graph union = dsg.getUnionGraph();
                Map<Node, Set<String>> names = new HashMap<>();
                for (Node p : List.of(Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL)) {
                    union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(namespace) && t.getObject().isLiteral()) {
                            names.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject().getLiteralLexicalForm());
                        }
                    });
                }
                Map<String, Set<String>> ids = new HashMap<>();
                for (Map.Entry<Node, Set<String>> e : names.entrySet()) {
                    Set<Node> classes = new HashSet<>();
                    union.find(e.getKey(), Vocab.RDF_TYPE, Node.ANY).forEachRemaining(t -> classes.add(t.getObject()));
                    String id = e.getKey().getURI().substring(namespace.length());
                    for (EntityKind kind : EntityKind.values()) {
                        List<Node> needed = ontology.classesOfKind(kind.key());
                        if (!needed.isEmpty() && classes.containsAll(needed)) {
                            for (String name : e.getValue()) {
                                ids.computeIfAbsent(key(name, kind), k -> new TreeSet<>()).add(id);
                            }
                        }
                    }
                }
                // Articles spell a person their own way; resolve knows they are one. Such a name takes the cluster's id.
                Identity identity = Identity.read(dsg, ontology.iris());
                Map<String, String> representative = new HashMap<>();
                for (Node e : names.keySet()) {
                    String rep = identity.representative(e.getURI());
                    if (rep != null && rep.startsWith(namespace)) {
                        representative.put(e.getURI().substring(namespace.length()), rep.substring(namespace.length()));
                    }
                }
                return new KnownEntities(ids, representative);
            });
        }
    }

    /** The one id the store has for this name and kind; empty when it has none or several. */
    public Optional<String> id(String name, EntityKind kind) {
        Set<String> found = candidates(name, kind);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** How many distinct names (by kind) the store knows. */
    public int size() {
        return ids.size();
    }

    /** The ids of this name and kind, each the same person, place or organisation counted once. */
    public Set<String> candidates(String name, EntityKind kind) {
        Set<String> found = new TreeSet<>();
        for (String id : ids.getOrDefault(key(name, kind), Set.of())) {
            found.add(representative.getOrDefault(id, id));
        }
        return found;
    }

    private static String key(String name, EntityKind kind) {
        return kind.key() + "\t" + NameKey.phonetic(name);
    }
}
