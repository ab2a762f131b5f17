package org.etkg.validate;

import org.etkg.rdf.Ontology;
import org.etkg.store.EtkgStore;

/** Validates everything in a store, over the union of its graphs. */
public final class StoreValidation {
    private StoreValidation() {
    }

    public record Result(ShapeValidator.Outcome outcome, long triples) {
    }

    public static Result validate(EtkgStore store, Ontology ontology) {
        ShapeValidator validator = new ShapeValidator(ontology);
        return store.read(dsg -> {
            var union = dsg.getUnionGraph();
            return new Result(validator.validate(union), union.size());
        });
    }
}
