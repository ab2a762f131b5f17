package org.etkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.etkg.model.EntityKind;
import org.etkg.model.Modality;
import org.etkg.model.RoleType;
import org.junit.jupiter.api.Test;

/**
 * The project's terms are spelled in Java in one place ({@link Terms}) and that place, the
 * query strings in the code, the named queries and the shapes agree with ontology/etkg.ttl.
 * The entity kinds, role types and modalities Java names agree with the ontology's schemes.
 */
class VocabularyAgreementTest {
    static final Ontology ONTOLOGY = Ontology.load(IriScheme.defaults());
    static final String NS = IriScheme.defaults().ontologyNamespace();
    static final Node SEM_ACTOR = Vocab.Sem.Actor;

    static Set<String> declared() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.graph().find(Node.ANY, Vocab.RDF_TYPE, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NS)) {
                terms.add(t.getSubject().getURI().substring(NS.length()));
            }
        });
        return terms;
    }

    @Test
    void everyTermInJavaIsDeclaredInTheOntology() throws Exception {
        Terms terms = IriScheme.defaults().terms();
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (Field f : Terms.class.getFields()) {
            if (f.getType() == Node.class && !Modifier.isStatic(f.getModifiers())) {
                count++;
                Node n = (Node) f.get(terms);
                assertEquals(NS + f.getName(), n.getURI(), "field name and term agree");
                if (!declared().contains(f.getName())) {
                    missing.add(f.getName());
                }
            }
        }
        assertTrue(count > 20, "Terms holds the project's terms: " + count);
        assertTrue(missing.isEmpty(), "used in Java, missing from ontology/etkg.ttl: " + missing);
    }

    @Test
    void termsFollowTheBase() {
        Terms other = IriScheme.of("http://example.org/kg/").terms();
        assertEquals("http://example.org/kg/ontology#State", other.State.getURI());
    }

    /** etkg:term in Java query strings, queries/*.rq and the shapes: each must be declared. */
    @Test
    void everyPrefixedTermInQueriesAndShapesIsDeclared() throws Exception {
        Pattern prefixed = Pattern.compile("\\betkg:([A-Za-z][A-Za-z0-9_]*)");
        Set<String> declared = declared();
        List<String> unknown = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "queries", "ontology")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().matches(".*\\.(java|rq|ttl)$")).forEach(files::add);
            }
        }
        for (Path file : files) {
            Matcher m = prefixed.matcher(Files.readString(file));
            while (m.find()) {
                if (!declared.contains(m.group(1))) {
                    unknown.add(file + ": etkg:" + m.group(1));
                }
            }
        }
        assertTrue(files.size() > 50, "the sources were found: " + files.size());
        assertTrue(unknown.isEmpty(), "not in ontology/etkg.ttl: " + unknown);
    }

    /** No class outside the vocabulary spells a project term or mints an IRI under the base. */
    @Test
    void noProjectTermOrIriIsSpelledOutsideTheVocabulary() throws Exception {
        Pattern spelled = Pattern.compile("ontologyNamespace\\(\\) \\+ \"|iris\\.base\\(\\) \\+ \"|\"https://w3id\\.org/etkg/");
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("IriScheme.java") || name.equals("Terms.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (spelled.matcher(lines.get(i)).find()) {
                        found.add(p + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "IRIs and terms come from IriScheme and Terms: " + found);
    }

    @Test
    void everyEntityKindHasItsClassesInTheOntology() {
        for (EntityKind kind : EntityKind.values()) {
            List<Node> classes = ONTOLOGY.classesOfKind(kind.key());
            assertFalse(classes.isEmpty(), "kind " + kind.key() + " has classes in the entity-kind scheme");
            assertEquals(kind.isActor(), classes.contains(SEM_ACTOR), kind.key() + ": actor or not, as the ontology says");
            assertEquals(kind.isPlace(), classes.contains(Vocab.Sem.Place), kind.key() + ": place or not");
            boolean organization = classes.contains(NodeFactory.createURI(Vocab.ORG + "Organization"));
            assertEquals(kind.isOrganization(), organization, kind.key() + ": organisation or not");
        }
        Set<String> javaKinds = new HashSet<>();
        for (EntityKind k : EntityKind.values()) {
            javaKinds.add(k.key());
        }
        assertEquals(javaKinds, ONTOLOGY.entityKindIds(), "the same kinds in Java and in the ontology");
    }

    @Test
    void theRoleTypesAreTheOntologysRoleScheme() {
        Set<String> java = new TreeSet<>();
        for (RoleType r : RoleType.values()) {
            java.add(r.id());
        }
        assertEquals(ONTOLOGY.roleTypeIds(), java, "the same role types in model/RoleType and in the role scheme");
    }

    @Test
    void theModalitiesAreTheOntologysModalityScheme() {
        Set<String> java = new TreeSet<>();
        for (Modality m : Modality.values()) {
            java.add(m.id());
        }
        assertEquals(ONTOLOGY.modalityIds(), java, "the same modalities in model/Modality and in the modality scheme");
    }

    /** A kind written with a project class is written with all of that class's superclasses too. */
    @Test
    void aKindsClassesIncludeTheSuperclassesTheOntologyDeclares() {
        Graph g = ONTOLOGY.graph();
        for (String kind : ONTOLOGY.entityKindIds()) {
            List<Node> classes = ONTOLOGY.classesOfKind(kind);
            for (Node c : classes) {
                g.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEach(t ->
                        assertTrue(classes.contains(t.getObject()),
                                kind + ": " + c + " is a subclass of " + t.getObject() + ", which the kind lacks"));
            }
        }
    }
}
