package org.etkg.load;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The graphs a load will write, checked and validated, before the store is touched.
 *
 * @param graphs         the new graphs by name, without their prov:generatedAtTime
 * @param replacedPrefix graph names starting with one of these are dropped first, so a
 *                       reloaded article leaves nothing of its previous version behind
 * @param exported       graphs read back from an etkg export, as exported (with their
 *                       prov:generatedAtTime): an unchanged graph keeps its time
 */
public record LoadPlan(Map<Node, Graph> graphs, List<String> replacedPrefix, List<String> articles, List<String> datasets,
                       long events, long statements, Map<Node, Graph> exported) {
}
