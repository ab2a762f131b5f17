package org.etkg.validate;

import org.apache.jena.graph.Node;

/** One SHACL result: the node that breaks a shape, the property path, and why. */
public record Violation(Node focus, String path, String message, String severity, Node value) {
}
