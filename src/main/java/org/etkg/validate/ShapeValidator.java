package org.etkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.etkg.rdf.Ontology;

/** Checks a graph against the shapes of ontology/ (docs/data-model.md as SHACL). */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Ontology ontology) {
        this(ontology.shapes());
    }

    private ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * The SHACL Core shapes only, without the SPARQL-based constraints. The bulk loader uses
     * it: those constraints re-check evidence offsets that the loader has just computed from
     * the text itself, and they cost four times the rest. {@code etkg validate} runs them all.
     */
    public static ShapeValidator core(Ontology ontology) {
        Graph g = GraphFactory.createDefaultGraph();
        Node sparql = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
        ontology.shapes().find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(sparql)) {
                g.add(t);
            }
        });
        return new ShapeValidator(g);
    }

    /** The outcome; violations are sorted by focus node so reports are stable. */
    public Outcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(e.focusNode(), e.resultPath() == null ? null : e.resultPath().toString(),
                    e.message(), e.severity() == null ? "Violation" : e.severity().level().getLocalName(), e.value()));
        }
        violations.sort(Comparator.comparing((Violation v) -> v.focus().toString())
                .thenComparing(v -> String.valueOf(v.path())).thenComparing(v -> String.valueOf(v.message())));
        return new Outcome(report.conforms(), violations, report);
    }

    /** Whether the data conforms, its violations, and the full SHACL report (as RDF via {@code report.getGraph()}). */
    public record Outcome(boolean conforms, List<Violation> violations, ValidationReport report) {
    }
}
