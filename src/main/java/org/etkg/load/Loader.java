package org.etkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.etkg.index.TimelineIndex;
import org.etkg.model.DataError;
import org.etkg.model.Location;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Vocab;
import org.etkg.search.TextIndex;
import org.etkg.store.EtkgStore;
import org.etkg.store.NamedGraphs;
import org.etkg.validate.ShapeValidator;

/**
 * Loads articles: each goes through the {@link ArticlePipeline} (facts, references, mapping,
 * evidence), all of them are validated against the shapes together, and only then is the
 * result written to the store in one write transaction. An article loaded again replaces
 * its graphs.
 */
public final class Loader {
    private final Ontology ontology;
    private final ShapeValidator validator;
    private final Clock clock;
    private final GdeltFilter gdeltFilter;
    private final java.util.function.LongPredicate gdeltEvents;

    public Loader(Ontology ontology, Clock clock) {
        this(ontology, clock, GdeltFilter.ALL);
    }

    /** @param gdeltFilter the rows of GDELT files to keep */
    public Loader(Ontology ontology, Clock clock, GdeltFilter gdeltFilter) {
        this(ontology, clock, gdeltFilter, id -> false);
    }

    /** @param gdeltEvents whether the store holds the GDELT event of a GLOBALEVENTID: a mentions file keeps the mentions of those */
    Loader(Ontology ontology, Clock clock, GdeltFilter gdeltFilter, java.util.function.LongPredicate gdeltEvents) {
        this.gdeltEvents = gdeltEvents;
        this.ontology = ontology;
        this.validator = new ShapeValidator(ontology);
        this.clock = clock;
        this.gdeltFilter = gdeltFilter;
    }

    public Loader(Ontology ontology) {
        this(ontology, Clock.systemUTC());
    }

    /** Reads, maps and validates; throws {@link DataError} on the first problem. The store is not touched. */
    public LoadPlan plan(List<Path> inputs) {
        return plan(inputs, null);
    }

    /**
     * @param badRows where the bad rows of event-dataset files (GDELT) go, to be reported and left out;
     *                null to refuse the whole load at the first one
     */
    public LoadPlan plan(List<Path> inputs, java.util.function.Consumer<DataError> badRows) {
        IriScheme iris = ontology.iris();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, Location> origins = new HashMap<>();
        List<String> replaced = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        long events = 0;
        long statements = 0;
        ArticlePipeline pipeline = new ArticlePipeline(ontology);
        LoadInputs found = LoadInputs.discover(inputs);
        Set<Node> mapped = new HashSet<>();
        for (ArticleBundle bundle : found.bundles()) {
            ArticlePipeline.MappedArticle article = pipeline.map(bundle, origins);
            Path earlier = seen.putIfAbsent(article.id(), bundle.factsFile());
            if (earlier != null) {
                throw new DataError(Location.of(bundle.factsFile().toString()), "article id '" + article.id()
                        + "' is also used by " + earlier);
            }
            graphs.putAll(article.graphs());
            replaced.addAll(article.replacedGraphs(iris));
            articles.add(article.id());
            statements += article.statements();
            events += article.events();
        }
        List<String> datasets = new ArrayList<>();
        Map<Node, String> toIndex = new LinkedHashMap<>();
        Map<Node, Path> files = new LinkedHashMap<>();
        Map<Node, Graph> exported = new LinkedHashMap<>();
        GdeltFile.RowCounts rows = null;
        for (Path file : found.datasets()) {
            Map<Node, Graph> export = StoreExport.read(file, iris);
            if (export != null) {
                for (Map.Entry<Node, Graph> e : export.entrySet()) {
                    if (graphs.containsKey(e.getKey()) || exported.containsKey(e.getKey())) {
                        throw new DataError(Location.of(file.toString()), "graph <" + e.getKey().getURI()
                                + "> is also written by another input of this load");
                    }
                    exported.put(e.getKey(), e.getValue());
                    files.put(e.getKey(), file);
                }
                datasets.add(file.getFileName() + " (" + export.size() + " graphs of an etkg export)");
                continue;
            }
            Node name = iris.datasetGraph(DatasetFiles.graphName(file));
            if (graphs.containsKey(name)) {
                throw new DataError(Location.of(file.toString()), "another dataset file has the same name <" + name + ">");
            }
            Graph dataset;
            if (GdeltMentions.isMentions(file)) {
                rows = rows == null ? new GdeltFile.RowCounts() : rows;
                dataset = new GdeltMentions(iris).read(file, badRows, gdeltEvents, rows);
                mapped.add(name);
            } else if (GdeltFile.isGdelt(file)) {
                rows = rows == null ? new GdeltFile.RowCounts() : rows;
                dataset = new GdeltFile(ontology).read(file, badRows, gdeltFilter, rows);
                mapped.add(name);
            } else {
                dataset = DatasetFiles.read(file, iris);
            }
            graphs.put(name, dataset);
            files.put(name, file);
            if (!GdeltMentions.isMentions(file)) {
                toIndex.put(name, DatasetFiles.graphName(file)); // mentions are reports, not events of the timeline
            }
            datasets.add(DatasetFiles.graphName(file));
        }
        // An export's graphs go in as they are, but for their times; its ontology gives way to this etkg's.
        exported.forEach((name, graph) -> graphs.put(name, StoreExport.withoutTime(graph, name)));
        graphs.put(iris.ontologyGraph(), ontology.graph());
        validate(graphs, origins, mapped, files);
        // The datasets' events' place in the timeline, derived now as an article's is (without it
        // every timeline would compute a GDELT file's 100,000 rows again: 19.5 s for one page),
        // from graphs the shapes have passed, so that their dates are dates.
        for (Map.Entry<Node, String> dataset : toIndex.entrySet()) {
            Node index = iris.datasetTimelineGraph(dataset.getValue());
            replaced.add(index.getURI());
            Map<String, TimelineIndex.Indexed> entries = TimelineIndex.of(Map.of(dataset.getKey(), graphs.get(dataset.getKey())),
                    ontology.graph(), iris.terms());
            if (!entries.isEmpty()) {
                graphs.put(index, TimelineIndex.graph(entries, iris.terms(), index, dataset.getKey()));
                for (TimelineIndex.Indexed x : entries.values()) {
                    if (x.entry().statement()) {
                        statements++;
                    } else {
                        events++;
                    }
                }
            }
        }
        return new LoadPlan(graphs, replaced, articles, datasets, events, statements, exported, rows);
    }

    /**
     * Runs the shapes over what the load's inputs say. Left out: the graphs etkg maps itself from
     * rows it has checked field by field (a GDELT file's events: a third of an import's time went
     * into the shapes) and the timeline index, which no shape is about. `etkg validate` runs every
     * shape over the whole store, and GdeltImportTest does so after an import.
     */
    private void validate(Map<Node, Graph> graphs, Map<Node, Location> origins, Set<Node> mapped, Map<Node, Path> files) {
        String index = ontology.iris().timelineGraphPrefix();
        Node ontologyGraph = ontology.iris().ontologyGraph();
        if (graphs.keySet().stream().allMatch(name -> mapped.contains(name) || name.getURI().startsWith(index) || name.equals(ontologyGraph))) {
            // Nothing but etkg's own ontology to check (a GDELT file alone): a 15-minute file of a
            // month's batch would spend most of its time running the shapes over the ontology.
            return;
        }
        Graph union = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (!mapped.contains(name) && !name.getURI().startsWith(index)) {
                g.find().forEachRemaining(union::add);
            }
        });
        ShapeValidator.Outcome outcome = validator.validate(union);
        if (!outcome.conforms()) {
            Node focus = outcome.violations().get(0).focus();
            // A dataset's resources have no facts-file line: the file that describes the focus, at least.
            Location at = files.entrySet().stream().filter(f -> graphs.get(f.getKey()).contains(focus, Node.ANY, Node.ANY))
                    .findFirst().map(f -> Location.of(f.getValue().toString())).orElse(Location.of("data"));
            throw ArticlePipeline.shapeError(outcome.violations().get(0), origins, at, outcome.violations().size() - 1);
        }
    }

    /** The time a load's graphs are stamped with. */
    Node now() {
        return NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    /** Plans, then writes everything in one write transaction. */
    public LoadReport load(EtkgStore store, List<Path> inputs) {
        LoadPlan plan = plan(inputs);
        return write(store, plan);
    }

    public LoadReport write(EtkgStore store, LoadPlan plan) {
        return write(store, plan, dsg -> { });
    }

    /** @param alsoInTransaction more work done in the load's write transaction, after the graphs are written */
    public LoadReport write(EtkgStore store, LoadPlan plan, java.util.function.Consumer<DatasetGraph> alsoInTransaction) {
        return write(store, plan, (dsg, written) -> alsoInTransaction.accept(dsg));
    }

    /** The same, telling {@code alsoInTransaction} the graphs written and removed. */
    public LoadReport write(EtkgStore store, LoadPlan plan, LoadService.AfterWrite alsoInTransaction) {
        Node generatedAtTime = now();
        long[] triples = {0};
        // The text index follows the store: its entries change in the same transaction and are
        // committed right after the store's commit, or forgotten with it.
        java.util.Optional<TextIndex> text = TextIndex.forLoad(store);
        try {
            store.write(dsg -> {
                text.ifPresent(t -> {
                    List<String> old = new ArrayList<>(plan.replaced());
                    plan.graphs().keySet().forEach(name -> old.add(name.getURI()));
                    t.remove(old);
                    t.add(ontology.iris(), plan.graphs());
                });
                Set<Node> written = writeGraphs(dsg, plan, generatedAtTime, triples);
                alsoInTransaction.accept(dsg, written);
            });
        } catch (RuntimeException e) {
            text.ifPresent(TextIndex::rollback);
            throw e;
        }
        text.ifPresent(TextIndex::commit);
        return new LoadReport(plan.articles(), plan.datasets(), plan.events(), plan.statements(), triples[0], plan.graphs().size(),
                plan.gdeltRows());
    }

    /** Writes the plan's graphs and returns the names of those written or dropped. */
    private static Set<Node> writeGraphs(DatasetGraph dsg, LoadPlan plan, Node generatedAtTime, long[] triples) {
        Set<Node> written = new java.util.LinkedHashSet<>(plan.graphs().keySet());
        triples[0] += writeInto(dsg, plan, generatedAtTime, written);
        return written;
    }

    /**
     * Writes a plan's graphs in the write transaction {@code dsg} is in, replacing the graphs it
     * replaces, and returns the triples written (with each graph's time); {@code dropped} is given
     * the names of the graphs it removed.
     */
    static long writeInto(DatasetGraph dsg, LoadPlan plan, Node generatedAtTime, Set<Node> dropped) {
        long triples = 0;
        Map<Node, Graph> previous = dropReplaced(dsg, plan);
        dropped.addAll(previous.keySet());
        for (Map.Entry<Node, Graph> e : plan.graphs().entrySet()) {
            Node name = e.getKey();
            Graph graph = e.getValue();
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            Graph before = previous.containsKey(name) ? previous.get(name) : plan.exported().get(name);
            dsg.add(name, name, Vocab.Prov.generatedAtTime, NamedGraphs.timestamp(before, graph, name, generatedAtTime));
            triples += graph.size() + 1;
        }
        return triples;
    }

    /** Removes the graphs the plan replaces and returns their former content. */
    private static Map<Node, Graph> dropReplaced(DatasetGraph dsg, LoadPlan plan) {
        Map<Node, Graph> previous = new HashMap<>();
        Set<Node> names = new java.util.LinkedHashSet<>();
        if (plan.replaced().stream().anyMatch(r -> r.endsWith("/"))) {
            // A folder of graphs (an article's outside sources): every graph of the store is looked at.
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.removeIf(name -> !plan.replaces(name));
        } else {
            // Named one by one: each is looked up (a store of a month of GDELT files holds thousands of graphs).
            names.addAll(plan.graphs().keySet());
            plan.replaced().forEach(r -> names.add(NodeFactory.createURI(r)));
            names.removeIf(name -> !dsg.containsGraph(name));
        }
        for (Node name : names) {
            previous.put(name, NamedGraphs.copy(dsg, name));
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        }
        return previous;
    }
}
