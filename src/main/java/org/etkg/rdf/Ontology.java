package org.etkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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
    private final Set<String> roleTypes = new TreeSet<>();
    private final Set<String> modalities = new TreeSet<>();

    private Ontology(IriScheme iris) {
        this.iris = iris;
        this.graph = parse("etkg.ttl");
        this.shapes = parse("shapes.ttl");
        Node eventClass = iris.term("eventClass");
        graph.find(Node.ANY, Vocab.SKOS_IN_SCHEME, Node.ANY).forEach(t -> {
            String s = t.getSubject().getURI();
            String scheme = t.getObject().getURI();
            if (scheme.equals(iris.conceptNamespace("event-type") + "scheme")) {
                Node cls = graph.find(t.getSubject(), eventClass, Node.ANY).nextOptional()
                        .map(Triple::getObject).orElse(Vocab.Sem.Event);
                eventClasses.put(s.substring(iris.conceptNamespace("event-type").length()), cls);
            } else if (scheme.equals(iris.conceptNamespace("role") + "scheme")) {
                roleTypes.add(s.substring(iris.conceptNamespace("role").length()));
            } else if (scheme.equals(iris.conceptNamespace("modality") + "scheme")) {
                modalities.add(s.substring(iris.conceptNamespace("modality").length()));
            }
        });
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

    public Set<String> eventTypeIds() {
        return Collections.unmodifiableSet(eventClasses.keySet());
    }

    public Set<String> roleTypeIds() {
        return Collections.unmodifiableSet(roleTypes);
    }

    public Set<String> modalityIds() {
        return Collections.unmodifiableSet(modalities);
    }
}
