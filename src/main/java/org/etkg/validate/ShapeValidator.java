package org.etkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
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
     * The shapes without the constraints marked {@code etkgsh:loaderInvariant true}: those check
     * what the loader builds itself from the text (evidence selectors and their offsets), not
     * what a facts file says, and cost a third of the check (the SPARQL-based ones four times the
     * rest). The bulk loader uses it on its own output; {@code etkg validate} runs them all.
     */
    public static ShapeValidator withoutLoaderInvariants(Ontology ontology) {
        Graph all = ontology.shapes();
        Node invariant = ontology.iris().loaderInvariant();
        Graph g = GraphFactory.createDefaultGraph();
        all.find().forEachRemaining(t -> {
            if (!all.contains(t.getObject(), invariant, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))) {
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
