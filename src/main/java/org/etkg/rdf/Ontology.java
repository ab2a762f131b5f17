package org.etkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The project's ontology and SHACL shapes (ontology/ in the source tree, bundled in the
 * jar), with the namespace moved to the chosen base IRI, and the concept schemes that
 * facts files name by id: event types, role types and modalities.
 */
public final class Ontology {
    private static final String RESOURCE_DIR = "etkg/ontology/";

    private final IriScheme iris;
    private final Graph graph;
    private final Graph shapes;
    private final Map<String, Node> eventClasses = new TreeMap<>();
    private final Map<String, String> cameoCodes = new TreeMap<>();
    private final Set<String> roleTypes = new TreeSet<>();
    private final Set<String> modalities = new TreeSet<>();
    private final Map<String, List<Node>> kindClasses = new TreeMap<>();

    private Ontology(IriScheme iris) {
        this.iris = iris;
        this.graph = parse("etkg.ttl");
        this.shapes = parse("shapes.ttl");
        Terms terms = iris.terms();
        graph.find(Node.ANY, Vocab.SKOS_IN_SCHEME, Node.ANY).forEach(t -> {
            Node concept = t.getSubject();
            if (t.getObject().equals(iris.schemeNode(Scheme.EVENT_TYPE))) {
                Node cls = graph.find(concept, terms.eventClass, Node.ANY).nextOptional()
                        .map(Triple::getObject).orElse(Vocab.Sem.Event);
                eventClasses.put(localId(concept, Scheme.EVENT_TYPE), cls);
                graph.find(concept, Vocab.SKOS_NOTATION, Node.ANY)
                        .filterKeep(n -> n.getObject().isLiteral() && n.getObject().getLiteralDatatypeURI().endsWith("CAMEO"))
                        .nextOptional()
                        .ifPresent(n -> cameoCodes.put(localId(concept, Scheme.EVENT_TYPE), n.getObject().getLiteralLexicalForm()));
            } else if (t.getObject().equals(iris.schemeNode(Scheme.ROLE))) {
                roleTypes.add(localId(concept, Scheme.ROLE));
            } else if (t.getObject().equals(iris.schemeNode(Scheme.MODALITY))) {
                modalities.add(localId(concept, Scheme.MODALITY));
            } else if (t.getObject().equals(iris.schemeNode(Scheme.ENTITY_KIND))) {
                List<Node> classes = new ArrayList<>();
                graph.find(concept, terms.kindClass, Node.ANY).forEach(k -> classes.add(k.getObject()));
                classes.sort(Comparator.comparing(Node::getURI));
                kindClasses.put(localId(concept, Scheme.ENTITY_KIND), List.copyOf(classes));
            }
        });
    }

    private String localId(Node concept, Scheme scheme) {
        return concept.getURI().substring(iris.conceptNamespace(scheme).length());
    }

    public static Ontology load(IriScheme iris) {
        return new Ontology(iris);
    }

    private Graph parse(String name) {
        String text = readResource(RESOURCE_DIR + name);
        if (!iris.base().equals(IriScheme.DEFAULT_BASE)) {
            text = text.replace(IriScheme.DEFAULT_BASE, iris.base());
        }
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

    private static String readResource(String path) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the etkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IriScheme iris() {
        return iris;
    }

    /** The ontology and concept schemes, as loaded into the store's ontology graph. */
    public Graph graph() {
        return graph;
    }

    public Graph shapes() {
        return shapes;
    }

    /** The class an event of the given event-type id belongs to, if the type exists. */
    public Optional<Node> eventClass(String eventTypeId) {
        return Optional.ofNullable(eventClasses.get(eventTypeId));
    }

    /** The CAMEO code the ontology gives an event type (skos:notation), if it gives one. */
    public Optional<String> cameoCode(String eventTypeId) {
        return Optional.ofNullable(cameoCodes.get(eventTypeId));
    }

    public Set<String> eventTypeIds() {
        return Collections.unmodifiableSet(eventClasses.keySet());
    }

    public Set<String> roleTypeIds() {
        return Collections.unmodifiableSet(roleTypes);
    }

    /**
     * The classes every entity of a kind (a facts file's {@code kind:}) is written with, as
     * the entity-kind scheme's etkg:kindClass lists them; empty for a kind the ontology lacks.
     */
    public List<Node> classesOfKind(String kind) {
        return kindClasses.getOrDefault(kind, List.of());
    }

    public Set<String> entityKindIds() {
        return Collections.unmodifiableSet(kindClasses.keySet());
    }

    public Set<String> modalityIds() {
        return Collections.unmodifiableSet(modalities);
    }
}
