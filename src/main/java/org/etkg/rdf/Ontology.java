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
    /** "cameo:043" and the like: a facts file may type an event with a CAMEO code directly. */
    private final Map<String, Node> cameoClasses = new TreeMap<>();
    public static final String CAMEO_PREFIX = "cameo:";
    private final Set<String> roleTypes = new TreeSet<>();
    private final Set<String> modalities = new TreeSet<>();
    private final Map<String, List<Node>> kindClasses = new TreeMap<>();

    private Ontology(IriScheme iris) {
        this.iris = iris;
        this.graph = parse("etkg.ttl");
        // The CAMEO codebook sits in the same graph: the event types are narrower concepts under its codes.
        parse("cameo.ttl").find().forEachRemaining(graph::add);
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
            } else if (t.getObject().equals(iris.schemeNode(Scheme.CAMEO))) {
                String code = localId(concept, Scheme.CAMEO);
                cameoClasses.put(CAMEO_PREFIX + code, cameoEventClass(code, terms));
                cameoCodes.put(CAMEO_PREFIX + code, code);
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

    /**
     * The class of an event typed with a CAMEO code: the speech acts (roots 01-03 and 10-13: statements,
     * appeals, intents, demands, disapproval, rejections, threats) are statements; visits made or hosted are
     * visits; the rest of 04 (consult) meetings; everything else a development.
     */
    private static Node cameoEventClass(String code, Terms terms) {
        String root = code.substring(0, 2);
        if (List.of("01", "02", "03", "10", "11", "12", "13").contains(root)) {
            return terms.Statement;
        }
        if (code.equals("042") || code.equals("043")) {
            return terms.DiplomaticVisit;
        }
        return root.equals("04") ? terms.Meeting : terms.Development;
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
        Node cls = eventClasses.get(eventTypeId);
        return Optional.ofNullable(cls != null ? cls : cameoClasses.get(eventTypeId));
    }

    /** The concept of an event type id: a project type ("visit") or a CAMEO code ("cameo:043"). */
    public Node eventTypeConcept(String eventTypeId) {
        return eventTypeId.startsWith(CAMEO_PREFIX)
                ? iris.concept(Scheme.CAMEO, eventTypeId.substring(CAMEO_PREFIX.length()))
                : iris.concept(Scheme.EVENT_TYPE, eventTypeId);
    }

    /** Every CAMEO code as a facts file writes it ("cameo:043"). */
    public Set<String> cameoTypeIds() {
        return Collections.unmodifiableSet(cameoClasses.keySet());
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
