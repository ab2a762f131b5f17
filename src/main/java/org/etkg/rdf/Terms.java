package org.etkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The project's own terms, declared in ontology/etkg.ttl, as nodes under the chosen base
 * IRI. This is the one place in Java where their names are spelled; {@code TermsTest} fails
 * on any term here, or any {@code etkg:} term in a query string, that the ontology lacks.
 * Get an instance from {@link IriScheme#terms()}.
 */
public final class Terms {
    // Classes
    public final Node Delegation;
    public final Node Committee;
    public final Node State;
    public final Node Platform;
    public final Node Agreement;
    public final Node Statement;
    public final Node DiplomaticVisit;
    public final Node Meeting;
    public final Node Development;
    public final Node ImportedEvent;
    public final Node cameoActorCode;
    public final Node fipsCountryCode;
    public final Node LinkSet;
    public final Node Link;

    // Annotation properties that tie concept schemes to classes
    public final Node eventClass;
    public final Node kindClass;

    // Properties of facts
    public final Node modality;
    public final Node inSeries;
    public final Node ordinal;
    public final Node quadClass;
    public final Node goldsteinScale;
    public final Node previousRound;
    public final Node hasCause;
    public final Node channel;
    public final Node delegationOf;
    public final Node asWritten;
    public final Node coincidesWith;
    public final Node minimumGap;

    // Properties of outside sources
    public final Node unconfirmed;
    public final Node sourceQuote;

    // Properties of link sets and links
    public final Node linkMethod;
    public final Node linkSubject;
    public final Node linkTarget;
    public final Node score;
    public final Node linkStatus;
    public final Node decision;
    public final Node matchedLabel;
    public final Node targetLabel;
    public final Node acceptThreshold;
    public final Node reviewThreshold;
    public final Node linkTypes;
    public final Node linkFeature;
    public final Node representative;
    public final Node laneLabel;
    public final Node timelineKey;
    public final Node timelineFirstDay;
    public final Node timelineLastDay;
    public final Node timelineEntry;
    public final Node timelineWith;

    private final String namespace;

    Terms(String namespace) {
        this.namespace = namespace;
        Delegation = term("Delegation");
        Committee = term("Committee");
        State = term("State");
        Platform = term("Platform");
        Agreement = term("Agreement");
        Statement = term("Statement");
        DiplomaticVisit = term("DiplomaticVisit");
        Meeting = term("Meeting");
        Development = term("Development");
        ImportedEvent = term("ImportedEvent");
        cameoActorCode = term("cameoActorCode");
        fipsCountryCode = term("fipsCountryCode");
        LinkSet = term("LinkSet");
        Link = term("Link");
        eventClass = term("eventClass");
        kindClass = term("kindClass");
        modality = term("modality");
        inSeries = term("inSeries");
        ordinal = term("ordinal");
        quadClass = term("quadClass");
        goldsteinScale = term("goldsteinScale");
        previousRound = term("previousRound");
        hasCause = term("hasCause");
        channel = term("channel");
        delegationOf = term("delegationOf");
        asWritten = term("asWritten");
        coincidesWith = term("coincidesWith");
        minimumGap = term("minimumGap");
        unconfirmed = term("unconfirmed");
        sourceQuote = term("sourceQuote");
        linkMethod = term("linkMethod");
        linkSubject = term("linkSubject");
        linkTarget = term("linkTarget");
        score = term("score");
        linkStatus = term("linkStatus");
        decision = term("decision");
        matchedLabel = term("matchedLabel");
        targetLabel = term("targetLabel");
        acceptThreshold = term("acceptThreshold");
        reviewThreshold = term("reviewThreshold");
        linkTypes = term("linkTypes");
        linkFeature = term("linkFeature");
        representative = term("representative");
        laneLabel = term("laneLabel");
        timelineKey = term("timelineKey");
        timelineFirstDay = term("timelineFirstDay");
        timelineLastDay = term("timelineLastDay");
        timelineEntry = term("timelineEntry");
        timelineWith = term("timelineWith");
    }

    /**
     * The property of the timeline index that places events in the timeline of one actor
     * (see etkg:timelineWith): {@code etkg:timelineWith} followed by "/" and the actor's IRI,
     * percent-encoded, so that one index scan of it finds all of that actor's events.
     */
    public Node timelineWith(String actorIri) {
        return NodeFactory.createURI(timelineWith.getURI() + "/" + java.net.URLEncoder.encode(actorIri, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Node term(String local) {
        return NodeFactory.createURI(namespace + local);
    }

    /** The namespace these terms live in: {@code <base>ontology#}. */
    public String namespace() {
        return namespace;
    }
}
