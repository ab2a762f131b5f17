package org.etkg.load;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The graphs a load will write, checked and validated, before the store is touched.
 *
 * @param graphs         the new graphs by name, without their prov:generatedAtTime
 * @param replaced       graphs dropped first, so that a reloaded article leaves nothing of its
 *                       previous version behind: each is a graph's name, or a folder of graph
 *                       names when it ends in '/' (an article's outside sources). Never a bare
 *                       prefix: reloading article "strikes" must not drop "strikes-2".
 * @param exported       graphs read back from an etkg export, as exported (with their
 *                       prov:generatedAtTime): an unchanged graph keeps its time
 * @param gdeltRows      the GDELT rows read, kept and refused by the filter; null when no GDELT file was read
 */
public record LoadPlan(Map<Node, Graph> graphs, List<String> replaced, List<String> articles, List<String> datasets,
                       long events, long statements, Map<Node, Graph> exported, GdeltFile.RowCounts gdeltRows) {
    /** Whether the graph {@code name} is one that this load drops before it writes. */
    public boolean replaces(Node name) {
        if (graphs.containsKey(name)) {
            return true;
        }
        if (!name.isURI()) {
            return false;
        }
        String uri = name.getURI();
        return replaced.stream().anyMatch(r -> r.endsWith("/") ? uri.startsWith(r) : uri.equals(r));
    }
}
