package org.etkg.resolve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.ORG;
import org.etkg.model.EntityKind;
import org.etkg.rdf.Terms;
import org.etkg.rdf.Vocab;
import org.etkg.resolve.Mentions.EntityFacts;
import org.etkg.store.QuadIds;

/**
 * What one entity's own quads say, in every graph, read in one scan of them by node id: its
 * names (rdfs:label first, then other spellings), the posts it holds, where it lies, what it
 * heads, whose delegation it is, how much its articles say of it, the graphs that hold those
 * quads, and the label most of them use (the name of its lane, {@link LaneName}).
 */
final class EntityFactsReader {
    private final MentionReader reader;
    private final QuadIds ids;
    private final NodeId label;
    private final NodeId altLabel;
    private final NodeId holds;
    private final NodeId postIn;
    private final NodeId headOf;
    private final NodeId containedIn;
    private final NodeId delegationOf;

    EntityFactsReader(MentionReader reader, QuadIds ids) {
        this.reader = reader;
        this.ids = ids;
        label = reader.idOf(Vocab.RDFS_LABEL);
        altLabel = reader.idOf(Vocab.SKOS_ALT_LABEL);
        holds = reader.idOf(ORG.holds.asNode());
        postIn = reader.idOf(ORG.postIn.asNode());
        headOf = reader.idOf(ORG.headOf.asNode());
        containedIn = reader.idOf(Vocab.Schema.containedInPlace);
        delegationOf = reader.idOf(reader.terms().delegationOf);
    }

    EntityFacts read(NodeId entity) {
        // rdfs:label first: the name the article gives; then the other spellings. Sorted, so runs agree.
        Set<String> preferred = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        Set<String> held = new LinkedHashSet<>();
        Set<String> within = new LinkedHashSet<>();
        Set<String> heads = new LinkedHashSet<>();
        Set<String> of = new LinkedHashSet<>();
        Set<String> graphs = new LinkedHashSet<>();
        int[] count = {0};
        Map<NodeId, Integer> labelUses = new HashMap<>();
        ids.find(QuadIds.ANY, entity, QuadIds.ANY, QuadIds.ANY, (g, subject, p, o) -> {
            graphs.add(reader.graphNameOf(g));
            // What the articles themselves say of it: resolve's own links must not change its representative.
            if (reader.inArticleGraph(g)) {
                count[0]++;
            }
            if (p.equals(label)) {
                preferred.add(reader.lexOf(o));
                labelUses.merge(o, 1, Integer::sum);
            } else if (p.equals(altLabel)) {
                other.add(reader.lexOf(o));
            } else if (p.equals(holds)) {
                held.add(reader.uriOf(o));
            } else if (p.equals(postIn) || p.equals(containedIn)) {
                within.add(reader.uriOf(o));
            } else if (p.equals(headOf)) {
                heads.add(reader.uriOf(o));
            } else if (p.equals(delegationOf)) {
                of.add(reader.uriOf(o));
            }
        });
        Set<String> labels = new LinkedHashSet<>(preferred);
        labels.addAll(other);
        within.remove(null);
        heads.remove(null);
        of.remove(null);
        // What its lane is called: counted here, where every quad of it is read anyway.
        Map<String, Integer> uses = new HashMap<>();
        labelUses.forEach((id, n) -> {
            Node literal = ids.node(id);
            if (literal.isLiteral()) {
                uses.merge(literal.getLiteralLexicalForm(), n, Integer::sum);
            }
        });
        return new EntityFacts(labels, preferred, held, within, heads, of, count[0], graphs, LaneName.mostUsed(uses));
    }

    /** The kind resolve tells an entity of this type apart as; a person never matches a place. */
    static EntityKind kindOf(Terms t, String type) {
        String schema = Vocab.SCHEMA;
        if (type.equals(schema + "Person")) {
            return EntityKind.PERSON;
        }
        if (type.equals(t.State.getURI())) {
            return EntityKind.COUNTRY;
        }
        if (type.equals(schema + "City")) {
            return EntityKind.CITY;
        }
        if (type.equals(Vocab.SEM + "Place")) {
            return EntityKind.REGION;
        }
        if (type.equals(t.Delegation.getURI())) {
            return EntityKind.DELEGATION;
        }
        if (type.equals(t.Committee.getURI())) {
            return EntityKind.COMMITTEE;
        }
        if (type.equals(Vocab.ORG + "Post")) {
            return EntityKind.POST;
        }
        return EntityKind.ORGANIZATION;
    }
}
