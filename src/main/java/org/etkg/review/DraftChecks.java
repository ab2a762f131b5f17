package org.etkg.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.EtkgException;
import org.etkg.load.ArticleBundle;
import org.etkg.load.Loader;
import org.etkg.model.DataError;
import org.etkg.rdf.Ontology;

/**
 * The loader's own checks (reading, references, evidence, SHACL shapes) on the draft as the page
 * has it, item by item: the files are written to a scratch folder and
 * planned as etkg load would; the item at the line of the first problem gets the message, is set
 * aside, and the rest is checked again, so that every item that would not load says why.
 * The scratch folder is a private temporary folder, removed after each check.
 */
final class DraftChecks {
    /** The most items checked out one by one; past it, the rest wait for the next check. */
    private static final int MOST_PROBLEMS = 40;
    static final String OUTSIDE_PREFIX = "outside:";
    static final String WHOLE = "file";

    private final Loader loader;

    DraftChecks(Ontology ontology) {
        this.loader = new Loader(ontology);
    }

    /**
     * Problems by item: "entities/2", "events/0", "outside:facts/1" (section and index in the trees
     * given), "article" for the article's own fields, {@value #WHOLE} for the rest.
     */
    synchronized Map<String, String> check(DraftFolder folder, String textFile, String text, JsonObject facts, JsonObject outside) {
        Map<String, String> problems = new LinkedHashMap<>();
        JsonObject f = copy(facts);
        JsonObject o = outside == null ? null : copy(outside);
        Map<String, List<Integer>> original = new HashMap<>();
        Path scratch = null;
        try {
            // Not in the draft's folder: etkg load (or the page's Load) walking the folder meanwhile would find a second article there.
            scratch = Files.createTempDirectory("etkg-review-check-");
            Files.writeString(scratch.resolve(textFile), text, StandardCharsets.UTF_8);
            for (int round = 0; round < MOST_PROBLEMS; round++) {
                DraftYaml.Written factsYaml = DraftYaml.write(f);
                DraftYaml.Written outsideYaml = o == null ? null : DraftYaml.write(o);
                Files.writeString(scratch.resolve(ArticleBundle.FACTS_FILE), factsYaml.yaml(), StandardCharsets.UTF_8);
                Path outsideFile = scratch.resolve(ArticleBundle.OUTSIDE_FILE);
                Files.deleteIfExists(outsideFile);
                if (outsideYaml != null) {
                    Files.writeString(outsideFile, outsideYaml.yaml(), StandardCharsets.UTF_8);
                }
                try {
                    loader.plan(List.of(scratch));
                    break;
                } catch (DataError error) {
                    String file = error.location() == null || error.location().file() == null ? "" : error.location().file();
                    boolean inOutside = file.endsWith(ArticleBundle.OUTSIDE_FILE);
                    boolean inFacts = file.endsWith(ArticleBundle.FACTS_FILE);
                    DraftYaml.ItemAt at = !(inOutside || inFacts) || (inOutside && outsideYaml == null) ? null
                            : (inOutside ? outsideYaml : factsYaml).itemAt(error.location().line());
                    if (at == null) {
                        problems.put(inFacts && error.location().line() > 0 ? "article" : WHOLE,
                                (inOutside ? ArticleBundle.OUTSIDE_FILE + ": " : "") + error.problem());
                        break;
                    }
                    String prefix = inOutside ? OUTSIDE_PREFIX : "";
                    List<Integer> indexes = original.computeIfAbsent(prefix + at.section(),
                            k -> indexes(inOutside ? outside : facts, at.section()));
                    problems.put(prefix + at.section() + "/" + indexes.remove(at.index()), error.problem());
                    (inOutside ? o : f).get(at.section()).getAsArray().remove(at.index());
                } catch (EtkgException other) {
                    problems.put(WHOLE, other.getMessage());
                    break;
                }
            }
        } catch (IOException e) {
            throw new EtkgException("cannot check the draft in " + folder.dir() + ": " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
        return problems;
    }

    private static List<Integer> indexes(JsonObject tree, String section) {
        List<Integer> all = new ArrayList<>();
        JsonValue list = tree.get(section);
        for (int i = 0; list != null && list.isArray() && i < list.getAsArray().size(); i++) {
            all.add(i);
        }
        return all;
    }

    static JsonObject copy(JsonObject tree) {
        return JSON.parse(tree.toString());
    }

    private static void delete(Path scratch) {
        if (scratch == null) {
            return;
        }
        try {
            PathUtils.deleteDirectory(scratch);
        } catch (IOException e) {
            throw new EtkgException("cannot remove the scratch folder " + scratch + ": " + e.getMessage(), e);
        }
    }
}
