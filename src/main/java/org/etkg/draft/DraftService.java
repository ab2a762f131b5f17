package org.etkg.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.etkg.model.Modality;
import org.etkg.model.NameKey;
import org.etkg.IoProblem;
import org.etkg.EtkgException;
import org.etkg.load.ArticleBundle;
import org.etkg.load.Loader;
import org.etkg.model.DataError;
import org.etkg.rdf.Ontology;

/**
 * etkg draft: articles' texts in, folders out (article.txt, facts.yaml, perhaps outside-facts.yaml)
 * that {@code etkg load} accepts as they stand. Every input is checked before the models load;
 * every draft is put through the loader's own checks before it is moved into place, and an item
 * the loader refuses is left out and reported rather than written.
 */
public final class DraftService {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public record Request(List<Path> inputs, String id, LocalDate published, Path out, boolean force, Path store) {
        public Request {
            inputs = List.copyOf(inputs);
        }
    }

    /** One article drafted: where it went, what it holds, what had to be left out. */
    public record Drafted(String id, Path folder, int entities, int known, int events, int statements,
                          List<String> leftOut, double seconds) {
    }

    public record Outcome(String drafter, double modelSeconds, int knownNames, List<Drafted> drafts) {
    }

    private final Ontology ontology;

    public DraftService(Ontology ontology) {
        this.ontology = ontology;
    }

    public Outcome draft(Request request, DrafterProvider provider, Consumer<Drafted> progress) {
        List<Path> files = articleFiles(request.inputs());
        if (request.id() != null && files.size() > 1) {
            throw EtkgException.usage("--id names one article; " + files.size() + " were given");
        }
        List<ArticleText> articles = files.stream().map(ArticleText::read).toList();
        Map<ArticleText, Target> targets = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (ArticleText a : articles) {
            String id = request.id() != null ? request.id() : idOf(a.file());
            if (!ID.matcher(id).matches()) {
                throw EtkgException.usage("article id '" + id + "' may hold only lower-case letters, digits and hyphens; give one with --id");
            }
            if (!ids.add(id)) {
                throw EtkgException.usage("two articles would both be drafted as '" + id + "'; rename one of the files");
            }
            Path out = request.out() == null ? Path.of("drafts", id)
                    : files.size() == 1 && isSingle(request.inputs()) ? request.out() : request.out().resolve(id);
            if (Files.exists(out) && !request.force()) {
                throw EtkgException.usage(out + " exists; pass --force to replace it");
            }
            targets.put(a, new Target(id, out));
        }
        KnownEntities known = request.store() == null ? KnownEntities.none() : KnownEntities.of(request.store(), ontology);

        long start = System.nanoTime();
        List<Drafted> drafted = new ArrayList<>();
        try (Drafter drafter = provider.open()) {
            double modelSeconds = (System.nanoTime() - start) / 1e9;
            FactsYamlWriter writer = new FactsYamlWriter(ontology, provider.name());
            for (Map.Entry<ArticleText, Target> e : targets.entrySet()) {
                long t0 = System.nanoTime();
                ArticleText article = e.getKey();
                DraftedArticle draft = asStatements(drafter.draft(article.text(), request.published()));
                Reuse reuse = reuse(draft, known);
                Drafted d = write(writer, e.getValue().id(), article, request.published(), reuse, e.getValue().folder(), t0);
                drafted.add(d);
                progress.accept(d);
            }
            return new Outcome(provider.name(), modelSeconds, known.size(), drafted);
        }
    }

    /**
     * An event whose type the ontology makes a statement (an agreement, a designation) needs a
     * statement's parts: its words, a speaker (the first participant), a modality.
     */
    private DraftedArticle asStatements(DraftedArticle draft) {
        org.apache.jena.graph.Node statement = ontology.iris().terms().Statement;
        List<DraftedArticle.Event> events = new ArrayList<>();
        for (DraftedArticle.Event e : draft.events()) {
            boolean needs = ontology.eventClass(e.type()).map(statement::equals).orElse(false);
            if (!needs || e.isStatement()) {
                events.add(e);
                continue;
            }
            // Who agrees is a party to the agreement, not who tells of it: "Thailand and Cambodia agreed on Monday to
            // an immediate and unconditional ceasefire from midnight, Malaysian Prime Minister Anwar Ibrahim said"
            // (issue 25, dev set: putrajaya-ceasefire-wire). The parties stay participants; no speaker is guessed.
            String speaker = e.participants().isEmpty() || e.type().equals("agreement") ? null : e.participants().get(0).actor();
            List<String> checks = new ArrayList<>(e.checks());
            checks.add("a " + e.type() + " is a statement: its words are the quote"
                    + (speaker == null ? "; say who made it" : ", made by its first participant"));
            events.add(new DraftedArticle.Event(e.id(), e.type(), e.label(), e.quote(), e.place(), e.time(),
                    e.participants().stream().skip(speaker == null ? 0 : 1).toList(), e.series(), e.ordinal(), e.partOf(),
                    new DraftedArticle.Statement(null, false, speaker, e.modality() == null ? Modality.ASSERTED.id() : e.modality(), null), checks));
        }
        return new DraftedArticle(draft.entities(), events, draft.outsideDates());
    }

    private record Target(String id, Path folder) {
    }

    private record Reuse(DraftedArticle draft, int known) {
    }

    /** Entities the store knows by name and kind take the store's ids. */
    private static Reuse reuse(DraftedArticle draft, KnownEntities known) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        draft.entities().forEach(e -> taken.add(e.id()));
        List<DraftedArticle.Entity> entities = new ArrayList<>();
        int found = 0;
        for (DraftedArticle.Entity e : draft.entities()) {
            if (e.kind() == org.etkg.model.EntityKind.POST || e.kind() == org.etkg.model.EntityKind.DELEGATION) {
                // A post is a government's as much as its title's, and a delegation is of one visit:
                // the same words in another article are rarely the same one.
                entities.add(e);
                continue;
            }
            List<String> names = new ArrayList<>(List.of(e.label()));
            names.addAll(e.altLabels());
            String storeId = null;
            String byName = null;
            Set<String> several = new java.util.TreeSet<>();
            for (String name : names) {
                var candidates = known.candidates(name, e.kind());
                if (candidates.size() == 1 && storeId == null) {
                    storeId = candidates.iterator().next();
                    byName = name;
                } else if (candidates.size() > 1) {
                    several.addAll(candidates);
                }
            }
            List<String> checks = new ArrayList<>(e.checks());
            if (storeId != null && !ids.containsValue(storeId) && (storeId.equals(e.id()) || !taken.contains(storeId))) {
                ids.put(e.id(), storeId);
                checks.add("id " + storeId + " from the store, which knows this " + e.kind().key() + " as \"" + byName + "\"");
                found++;
            } else if (!several.isEmpty()) {
                checks.add("the store has several " + e.kind().key() + "s of this name: " + String.join(", ", several)
                        + "; use the right id");
            }
            entities.add(new DraftedArticle.Entity(e.id(), e.kind(), e.label(), e.quote(), e.altLabels(), e.holds(),
                    e.memberOf(), e.postIn(), e.within(), e.delegationOf(), checks));
        }
        DraftedArticle withChecks = new DraftedArticle(entities, draft.events(), draft.outsideDates());
        return new Reuse(withChecks.renamed(ids), found);
    }

    private Drafted write(FactsYamlWriter writer, String id, ArticleText article, LocalDate published, Reuse reuse,
                          Path folder, long t0) {
        Path parent = folder.toAbsolutePath().getParent();
        List<String> leftOut = new ArrayList<>();
        DraftedArticle draft = reuse.draft();
        try {
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, "." + id + ".draft-");
            try {
                String text = article.text();
                Files.writeString(tmp.resolve("article.txt"), text, StandardCharsets.UTF_8);
                for (int attempt = 0; ; attempt++) {
                    FactsYamlWriter.Written facts = writer.facts(id, article, text, published, draft);
                    FactsYamlWriter.Written outside = writer.outside(id, published, draft);
                    Files.writeString(tmp.resolve(ArticleBundle.FACTS_FILE), facts.yaml(), StandardCharsets.UTF_8);
                    Path outsideFile = tmp.resolve(ArticleBundle.OUTSIDE_FILE);
                    Files.deleteIfExists(outsideFile);
                    if (outside != null) {
                        Files.writeString(outsideFile, outside.yaml(), StandardCharsets.UTF_8);
                    }
                    try {
                        new Loader(ontology).plan(List.of(tmp));
                        break;
                    } catch (DataError error) {
                        boolean inOutside = error.location() != null && error.location().file() != null
                                && error.location().file().endsWith(ArticleBundle.OUTSIDE_FILE);
                        String item = error.location() == null ? null
                                : (inOutside && outside != null ? outside : facts).itemAt(error.location().line());
                        if (item == null || attempt > 200) {
                            throw new EtkgException("the draft of " + article.file() + " does not load, and no one item"
                                    + " can be left out to fix it: " + error.getMessage() + " (a bug in etkg draft; please report it)");
                        }
                        leftOut.add(item + " (" + error.problem() + ")");
                        draft = item.startsWith("date:") ? withoutDate(draft, item.substring(5)) : draft.without(item);
                    }
                }
                replace(tmp, folder);
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new EtkgException("cannot write the draft to " + folder + ": " + IoProblem.describe(e), e);
        }
        int statements = (int) draft.events().stream().filter(DraftedArticle.Event::isStatement).count();
        return new Drafted(id, folder, draft.entities().size(), reuse.known(), draft.events().size() - statements,
                statements, leftOut, (System.nanoTime() - t0) / 1e9);
    }

    private static DraftedArticle withoutDate(DraftedArticle draft, String event) {
        return new DraftedArticle(draft.entities(), draft.events(),
                draft.outsideDates().stream().filter(d -> !d.event().equals(event)).toList());
    }

    private static void replace(Path tmp, Path folder) throws IOException {
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            PathUtils.deleteDirectory(dir);
        }
    }

    private static boolean isSingle(List<Path> inputs) {
        return inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
    }

    /** Text files named directly, or the .txt files of a folder (article.txt in sub-folders too). */
    static List<Path> articleFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, 2)) {
                    List<Path> found = s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .filter(f -> f.getParent().equals(p) || f.getFileName().toString().equals("article.txt"))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        throw new EtkgException(p + ": the folder holds no .txt article");
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new EtkgException(p + ": no such file or folder");
            }
        }
        return files;
    }

    /** The file's name, or its folder's for an article.txt, as an id: "Shift in Stance.txt" is shift-in-stance. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("article.txt") && file.toAbsolutePath().getParent() != null) {
            name = file.toAbsolutePath().getParent().getFileName().toString();
        }
        name = name.replaceFirst("(?i)\\.txt$", "");
        String slug = NameKey.slug(name);
        return slug.isEmpty() ? "article" : slug;
    }
}
