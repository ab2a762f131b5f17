package org.etkg.eventdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.etkg.EtkgException;
import org.etkg.link.Candidate;
import org.etkg.link.LinkService;
import org.etkg.load.GdeltFile;
import org.etkg.model.Countries;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;
import org.etkg.rdf.Scheme;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.store.EtkgStore;

/** etkg link --types event: our events against a GDELT file's rows, or the GDELT events loaded into another store. */
public final class EventLinkService {
    private final Ontology ontology;
    private final Clock clock;

    public EventLinkService(Ontology ontology, Clock clock) {
        this.ontology = ontology;
        this.clock = clock;
    }

    public LinkService.Result link(EtkgStore store, LinkService.Options options) {
        List<EventLinker.TargetEvent> targets = targets(options.target());
        List<EventRow> ours = new EventRows(ontology).read(store).rows();
        List<Candidate> candidates = new EventLinker(options.accept(), options.review()).link(ours, targets);
        Node graph = new LinkService(ontology.iris(), clock).record(store, options, candidates);
        return new LinkService.Result(graph, candidates, ours.size(), targets.size());
    }

    List<EventLinker.TargetEvent> targets(String target) {
        Path path = Path.of(target);
        if (Files.isRegularFile(path) && GdeltFile.isGdelt(path)) {
            return EventLinker.readGdelt(path, ontology.iris());
        }
        if (Files.isDirectory(path)) {
            try (EtkgStore other = EtkgStore.openExisting(path)) {
                return other.read(dsg -> imported(dsg.getUnionGraph()));
            }
        }
        throw new EtkgException("event links need a GDELT 2.0 event file (*.export.CSV, plain or .zip) or a store with "
                + "GDELT events loaded; " + target + " is neither");
    }

    /** The GDELT events loaded into a store (etkg:ImportedEvent). */
    private List<EventLinker.TargetEvent> imported(Graph g) {
        IriScheme iris = ontology.iris();
        Terms terms = iris.terms();
        String cameoNs = iris.conceptNamespace(Scheme.CAMEO);
        List<EventLinker.TargetEvent> events = new ArrayList<>();
        for (Node e : g.find(Node.ANY, Vocab.RDF_TYPE, terms.ImportedEvent).mapWith(t -> t.getSubject()).toList()) {
            Node type = first(g, e, Vocab.Sem.eventType);
            Node stamp = first(g, e, Vocab.Sem.hasTimeStamp);
            LocalDate day = stamp == null || !stamp.isLiteral() ? null : org.etkg.rdf.XsdDates.day(stamp.getLiteralLexicalForm());
            if (type == null || day == null || !type.getURI().startsWith(cameoNs)) {
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            for (Node role : g.find(e, Vocab.Sem.hasActor, Node.ANY).mapWith(t -> t.getObject()).toList()) {
                Node actor = first(g, role, Vocab.RDF_VALUE);
                Node code = actor == null ? null : first(g, actor, terms.cameoActorCode);
                if (code != null && code.getLiteralLexicalForm().length() >= 3
                        && Countries.table().isIso3(code.getLiteralLexicalForm().substring(0, 3))) {
                    countries.add(code.getLiteralLexicalForm().substring(0, 3));
                }
            }
            Node place = first(g, e, Vocab.Sem.hasPlace);
            Node fips = place == null ? null : first(g, place, terms.fipsCountryCode);
            Node geometry = place == null ? null : first(g, place, Vocab.Geo.hasGeometry);
            Node wkt = geometry == null ? null : first(g, geometry, Vocab.Geo.asWKT);
            org.etkg.rdf.WktPoint point = wkt == null || !wkt.isLiteral() ? null : org.etkg.rdf.WktPoint.of(wkt.getLiteralLexicalForm());
            Double lat = point == null ? null : point.lat();
            Double lon = point == null ? null : point.lon();
            Node label = first(g, e, Vocab.RDFS_LABEL);
            events.add(new EventLinker.TargetEvent(e.getURI(), label == null ? e.getURI() : label.getLiteralLexicalForm(),
                    day, type.getURI().substring(cameoNs.length()), countries,
                    placeName(g, place), fips == null ? null : fips.getLiteralLexicalForm(), lat, lon));
        }
        return events;
    }

    private static String placeName(Graph g, Node place) {
        Node label = place == null ? null : first(g, place, Vocab.RDFS_LABEL);
        return label == null ? null : label.getLiteralLexicalForm();
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
