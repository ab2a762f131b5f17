package org.etkg.review;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.etkg.EtkgException;
import org.etkg.draft.DraftedArticle;
import org.etkg.draft.Quotes;
import org.etkg.model.DataError;
import org.etkg.rdf.Ontology;

/**
 * What the review page asks of the server: the drafts under a folder, one draft with its
 * article, the loader's checks on the draft as edited, the quote for words the analyst
 * selected, saving, and (with a store) loading with resolving. Every answer is JSON; every
 * user's mistake is an {@link EtkgException} whose message the page shows.
 */
public final class ReviewService {
    private final Path root;
    private final ReviewStore store;
    private final Ontology ontology;
    private final DraftChecks checks;

    /** The drafts under {@code root}, with the store folder {@code storeDir} (or none) as etkg review has it. */
    public ReviewService(Path root, Path storeDir, Ontology ontology) {
        this(root, storeDir == null ? null : ReviewStore.folder(storeDir, ontology), ontology);
    }

    /** The drafts under {@code root} beside the store etkg serve has open; Load writes to it only when {@code update}. */
    public static ReviewService served(Path root, org.etkg.store.EtkgStore store, boolean update, Object writeLock, Ontology ontology) {
        return new ReviewService(root, ReviewStore.served(store, ontology, update, writeLock), ontology);
    }

    /** Refuses a folder that holds no draft, before anything listens. */
    public static void checkRoot(Path root) {
        DraftFolder.under(root);
    }

    private ReviewService(Path root, ReviewStore store, Ontology ontology) {
        this.root = root;
        this.store = store;
        this.ontology = ontology;
        this.checks = new DraftChecks(ontology);
        DraftFolder.under(root);
    }

    /** The drafts, and what the page offers to pick from: event types with CAMEO codes, roles, modalities, kinds, the store's entities. */
    public JsonObject index() {
        JsonObject out = new JsonObject();
        JsonArray drafts = new JsonArray();
        DraftFolder.under(root).forEach(d -> drafts.add(d.name()));
        out.put("drafts", drafts);
        JsonArray types = new JsonArray();
        for (String t : ontology.eventTypeIds().stream().sorted().toList()) {
            JsonObject type = new JsonObject();
            type.put("id", t);
            ontology.cameoCode(t).ifPresent(code -> type.put("cameo", code));
            types.add(type);
        }
        out.put("types", types);
        out.put("roles", sorted(ontology.roleTypeIds()));
        out.put("modalities", sorted(ontology.modalityIds()));
        out.put("kinds", sorted(ontology.entityKindIds()));
        out.put("store", store != null);
        String noLoad = store == null ? "no store to load into: start etkg review with --store DIR" : store.noLoad();
        out.put("load", noLoad == null);
        return out;
    }

    private static JsonArray sorted(java.util.Set<String> ids) {
        JsonArray a = new JsonArray();
        ids.stream().sorted().forEach(a::add);
        return a;
    }

    /** Suggestions for what the analyst typed in a field that names an entity (see {@link EntitySuggestions}). */
    public JsonObject names(String typed, JsonArray draftEntities) {
        return EntitySuggestions.names(typed, draftEntities, store == null ? null : store.entities());
    }

    /** One of the store's entities by its id, for the page to add to the draft's entities. */
    public JsonObject entity(String id) {
        return EntitySuggestions.entity(id, store == null ? null : store.entities());
    }

    /** One draft: its article's text, both facts files as trees, their version, and the loader's checks. */
    public JsonObject open(String name) {
        DraftFolder folder = folder(name);
        String factsText = DraftFolder.readOrNull(folder.facts());
        if (factsText == null) {
            throw new EtkgException(name + " has no facts.yaml: draft it first (etkg draft " + name + "/article.txt -o " + name + ")");
        }
        JsonObject facts = readTree(factsText, "facts.yaml");
        String outsideText = DraftFolder.readOrNull(folder.outside());
        JsonObject outside = outsideText == null ? null : readTree(outsideText, "outside-facts.yaml");
        Article article = article(folder, facts);
        JsonObject out = new JsonObject();
        out.put("name", folder.name());
        out.put("version", folder.version());
        out.put("textFile", article.file());
        out.put("text", article.text());
        out.put("facts", facts);
        if (outside != null) {
            out.put("outside", outside);
        }
        out.put("check", check(folder, article, facts, outside));
        return out;
    }

    /** The loader's checks on the draft as the page has it, and where each item's quote is. */
    public JsonObject check(String name, JsonObject facts, JsonObject outside) {
        DraftFolder folder = folder(name);
        return check(folder, article(folder, facts), facts, outside);
    }

    private JsonObject check(DraftFolder folder, Article article, JsonObject facts, JsonObject outside) {
        JsonObject out = new JsonObject();
        JsonObject problems = new JsonObject();
        checks.check(folder, article.file(), article.text(), facts, outside).forEach(problems::put);
        out.put("problems", problems);
        out.put("spans", ItemSpans.of(article.text(), facts));
        return out;
    }

    /** The words from {@code start} to {@code end} (UTF-16 offsets, as the page counts) as a quote the loader finds once. */
    public JsonObject quote(String name, JsonObject facts, int start, int end) {
        DraftFolder folder = folder(name);
        String text = article(folder, facts).text();
        if (start < 0 || end > text.length() || end <= start) {
            throw new EtkgException("select some words of the article first (the selection " + start + ".." + end + " is empty or outside it)");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            throw new EtkgException("select some words of the article first (only spaces are selected)");
        }
        Quotes.Quote q;
        try {
            q = new Quotes(text).of(new DraftedArticle.Span(start, end));
        } catch (IllegalStateException e) {
            throw new EtkgException("these words occur elsewhere too and no words around them tell them apart: select more");
        }
        JsonObject out = new JsonObject();
        out.put("exact", q.exact());
        if (q.prefix() != null) {
            out.put("prefix", q.prefix());
        }
        if (q.suffix() != null) {
            out.put("suffix", q.suffix());
        }
        return out;
    }

    /**
     * Writes both files if the draft on disk is still the version the page read; a save made from
     * an older version (another tab saved meanwhile) is refused, and nothing is written.
     */
    public synchronized JsonObject save(String name, String version, JsonObject facts, JsonObject outside) {
        DraftFolder folder = folder(name);
        String now = folder.version();
        if (!now.equals(version)) {
            throw new Conflict("this draft was saved from another tab or program since this page read it: nothing was written."
                    + " Reload the draft to see that version (your changes here are lost on reload; copy what you need first)");
        }
        Article article = article(folder, facts);
        JsonObject checked = check(folder, article, facts, outside);
        folder.replace(folder.facts(), DraftYaml.write(facts).yaml());
        boolean anyOutside = outside != null && outside.hasKey("facts") && !outside.get("facts").getAsArray().isEmpty();
        folder.replace(folder.outside(), anyOutside ? DraftYaml.write(outside).yaml() : null);
        JsonObject out = new JsonObject();
        out.put("version", folder.version());
        out.put("check", checked);
        return out;
    }

    /** Loads the saved draft into the store and resolves; then which of its events the store held from other reports. */
    public synchronized JsonObject load(String name, String version) {
        if (store == null) {
            throw EtkgException.usage("no store to load into: start etkg review with --store DIR");
        }
        if (store.noLoad() != null) {
            throw EtkgException.usage(store.noLoad());
        }
        DraftFolder folder = folder(name);
        if (!folder.version().equals(version)) {
            throw new Conflict("save first: the draft on disk is not the one on the page");
        }
        try {
            store.load(folder.dir());
        } catch (DataError e) {
            throw new EtkgException("the draft does not load: " + e.problem()
                    + (e.location() == null || e.location().file() == null ? ""
                    : " (" + Path.of(e.location().file()).getFileName() + " line " + e.location().line() + ")"), e);
        }
        JsonObject facts = readTree(DraftFolder.readOrNull(folder.facts()), "facts.yaml");
        JsonObject out = new JsonObject();
        out.put("loaded", facts.get("article").getAsObject().get("id").getAsString().value());
        out.put("heldElsewhere", store.heldElsewhere(facts));
        return out;
    }

    private DraftFolder folder(String name) {
        for (DraftFolder d : DraftFolder.under(root)) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new EtkgException("no draft named '" + name + "' under " + root);
    }

    private static JsonObject readTree(String yaml, String file) {
        try {
            return DraftYaml.read(yaml);
        } catch (DraftYaml.Unreadable e) {
            throw new EtkgException(file + " does not parse as YAML, " + e.getMessage()
                    + ": fix it in an editor, then reload this page");
        }
    }

    private record Article(String file, String text) {
    }

    private static Article article(DraftFolder folder, JsonObject facts) {
        JsonValue article = facts.get("article");
        String file = article != null && article.isObject() && article.getAsObject().hasKey("text")
                && article.getAsObject().get("text").isString() ? article.getAsObject().get("text").getAsString().value() : null;
        if (file == null) {
            throw new EtkgException(folder.name() + ": facts.yaml names no article text (article: text: article.txt)");
        }
        String text = DraftFolder.readOrNull(folder.file(file));
        if (text == null) {
            throw new EtkgException(folder.name() + ": the article " + file + " is not in the folder; review shows each item beside"
                    + " its article's words, so put the article there");
        }
        return new Article(file, text);
    }

    /** A save or load against a version of the draft that is no longer on disk. */
    public static final class Conflict extends EtkgException {
        Conflict(String message) {
            super(message);
        }
    }
}
