package org.etkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.etkg.rdf.IriScheme;
import org.etkg.store.EtkgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity across the articles of data/: what several reports describe as the same is one
 * cluster; the decoys (the same kind of event at the same place a year earlier, rounds 6
 * and 7, a report that numbers the round differently, a planned visit, two people who share
 * a surname) stay apart. Each case names the events and people by IRI.
 */
class ResolveTest {
    static final String EV = "https://w3id.org/etkg/event/";
    static final String ID = "https://w3id.org/etkg/id/";

    @TempDir
    static Path dir;
    static Path store;
    static Identity identity;

    @BeforeAll
    static void load() {
        store = Cli.loadedStore(dir);
        identity = identity(store);
    }

    static Identity identity(Path storeDir) {
        try (EtkgStore s = EtkgStore.openExisting(storeDir)) {
            return s.read(dsg -> Identity.read(dsg, IriScheme.defaults()));
        }
    }

    static void same(Identity id, String... iris) {
        for (String iri : iris) {
            assertEquals(id.representative(iris[0]), id.representative(iri), iris[0] + " and " + iri + " are the same");
        }
    }

    static void apart(Identity id, String a, String b) {
        assertNotEquals(id.representative(a), id.representative(b), a + " and " + b + " stay apart");
    }

    @Test
    void theSameEventsInSeveralReportsAreOneCluster() {
        same(identity, EV + "shift-in-stance-taliban-ttp/visit-kabul", EV + "jcc-seventh-session-kabul/delegation-in-kabul");
        same(identity, EV + "shift-in-stance-taliban-ttp/jcc-round-7", EV + "jcc-seventh-session-kabul/seventh-session");
        same(identity, EV + "shift-in-stance-taliban-ttp/visit-islamabad", EV + "azizi-islamabad-april-2025/azizi-visit",
                EV + "ians-taliban-delegation-islamabad/delegation-reaches-islamabad");
        same(identity, EV + "shift-in-stance-taliban-ttp/jcc-round-6", EV + "jcc-seventh-session-kabul/previous-session");
    }

    @Test
    void theSamePeopleUnderOtherSpellingsAreOneCluster() {
        same(identity, ID + "noor-ud-din-azizi", ID + "azizi", ID + "nurudin-azizi", ID + "nooruddin-azizi");
        same(identity, ID + "mohammad-sadiq", ID + "muhammad-sadiq", ID + "sadiq-khan");
        same(identity, ID + "amir-khan-muttaqi", ID + "amir-khan-motaqi", ID + "amir-khan-mutaqi");
        same(identity, ID + "kabul", ID + "kabul-city", ID + "kabul-ians", ID + "kabul-2024");
    }

    @Test
    void decoysStayApart() {
        // The same kind of event at the same place, a year earlier.
        apart(identity, EV + "shift-in-stance-taliban-ttp/visit-kabul", EV + "trade-talks-kabul-march-2024/commerce-visit");
        // Rounds 6 and 7 of one series.
        apart(identity, EV + "shift-in-stance-taliban-ttp/jcc-round-6", EV + "shift-in-stance-taliban-ttp/jcc-round-7");
        // A report that calls the 7th round the second: a clash, for an analyst to decide.
        apart(identity, EV + "shift-in-stance-taliban-ttp/jcc-round-7", EV + "ians-taliban-delegation-islamabad/second-round-kabul");
        // A planned visit against a past one; Sadiq's March visit against the April one.
        apart(identity, EV + "shift-in-stance-taliban-ttp/visit-kabul", EV + "dar-kabul-trip-announced/dar-visit-kabul");
        apart(identity, EV + "shift-in-stance-taliban-ttp/visit-kabul", EV + "sadiq-kabul-march-2025/sadiq-visit");
        // Two parts of one visit that the first article tells apart.
        apart(identity, EV + "shift-in-stance-taliban-ttp/meetings-kabul", EV + "shift-in-stance-taliban-ttp/jcc-round-7");
        // Two people who share a surname.
        apart(identity, ID + "sadiq-khan", ID + "jam-kamal-khan");
        // The Afghan Taliban and the Pakistani Taliban share a word.
        apart(identity, ID + "afghan-taliban", ID + "ttp");
    }

    @Test
    void theClashGoesToReviewWithItsReason() {
        Cli.Result r = Cli.run("resolve", "--store", store.toString(), "--out", dir.resolve("candidates.csv").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("✗ another ordinal: 2 against 7"), r.out());
        // What sent a pair to review is no evidence for it: it is not ticked.
        assertTrue(r.out().lines().filter(l -> l.endsWith(": for review")).allMatch(l -> l.strip().startsWith("? ")), r.out());
        List<String> lines = readLines(dir.resolve("candidates.csv"));
        assertEquals("our_iri,our_label,type,target_iri,target_label,score,status,method,decision", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("second-round-kabul") && l.contains(",review,")), lines.toString());
    }

    @Test
    void resolvingAgainGivesTheSameStore() {
        var before = Cli.snapshot(store);
        Cli.Result r = Cli.run("resolve", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "a second run changes nothing");
    }

    @Test
    void articleGraphsAreUntouchedAndLinksCarryTheirEvidence() {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX etkg: <https://w3id.org/etkg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a owl:sameAs ?b } } GROUP BY ?g""");
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.out().contains("graph/article/"), "no sameAs in an article graph: " + r.out());
        Cli.Result link = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX etkg: <https://w3id.org/etkg/ontology#>
                SELECT ?score ?feature WHERE { GRAPH <https://w3id.org/etkg/graph/links/resolve> {
                  ?l etkg:linkSubject <https://w3id.org/etkg/event/jcc-seventh-session-kabul/seventh-session> ;
                     etkg:linkTarget <https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/jcc-round-7> ;
                     etkg:score ?score ; etkg:linkFeature ?feature ; etkg:linkMethod ?m } }""");
        assertTrue(link.out().contains("same round (7)") && link.out().contains("same day 2025-04-16"), link.out());
    }

    @Test
    void decisionsAreRecordedAndARejectedPairIsNeverProposedAgain() throws Exception {
        Path copy = Cli.loadedStore(dir.resolve("decided"));
        String round7 = EV + "shift-in-stance-taliban-ttp/jcc-round-7";
        String second = EV + "ians-taliban-delegation-islamabad/second-round-kabul";
        String jam = ID + "jam-kamal-khan";
        String dar = ID + "ishaq-dar";
        String daresh = ID + "mohammad-ishaq-dar";
        assertEquals(identity(copy).representative(dar), identity(copy).representative(daresh), "the same before the decision");
        Path csv = dir.resolve("decisions.csv");
        Files.writeString(csv, "our_iri,target_iri,decision\n" + second + "," + round7 + ",accept\n" + dar + "," + daresh + ",reject\n");
        Cli.Result r = Cli.run("resolve", "--store", copy.toString(), "--apply", csv.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Identity after = identity(copy);
        same(after, round7, second);
        apart(after, dar, daresh);
        assertFalse(Cli.run("resolve", "--store", copy.toString()).out().contains("Ishaq Dar  ↔  Mohammad Ishaq Dar"),
                "a rejected pair is not proposed again");
        apart(identity(copy), dar, daresh);
        apart(identity(copy), jam, ID + "sadiq-khan");
    }

    @Test
    void badDecisionsFilesAreRefusedAndChangeNothing() throws Exception {
        var before = Cli.snapshot(store);
        String round7 = EV + "shift-in-stance-taliban-ttp/jcc-round-7";
        String second = EV + "ians-taliban-delegation-islamabad/second-round-kabul";
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "our_iri,target_iri,decision\n" + round7 + ",https://w3id.org/etkg/event/nowhere/x,accept\n");
        Cli.Result r = Cli.run("resolve", "--store", store.toString(), "--apply", unknown.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains(unknown + ":2:1: unknown IRI <https://w3id.org/etkg/event/nowhere/x>"), r.err());
        Path contradicting = dir.resolve("contradicting.csv");
        Files.writeString(contradicting, "our_iri,target_iri,decision\n" + second + "," + round7 + ",accept\n"
                + round7 + "," + second + ",reject\n");
        Cli.Result c = Cli.run("resolve", "--store", store.toString(), "--apply", contradicting.toString());
        assertEquals(1, c.exitCode(), c.toString());
        assertTrue(c.err().contains(contradicting + ":3:") && c.err().contains("line 2 accepts"), c.err());
        Path malformed = dir.resolve("malformed.csv");
        Files.writeString(malformed, "our_iri,target_iri,decision\n" + second + "," + round7 + ",perhaps\n");
        Cli.Result m = Cli.run("resolve", "--store", store.toString(), "--apply", malformed.toString());
        assertEquals(1, m.exitCode(), m.toString());
        assertTrue(m.err().contains(malformed + ":2:") && m.err().contains("accept or reject"), m.err());
        Path missing = dir.resolve("reviewed.csv");
        Cli.Result none = Cli.run("resolve", "--store", store.toString(), "--apply", missing.toString());
        assertEquals(1, none.exitCode(), none.toString());
        assertEquals("etkg: " + missing + ": cannot read: no such file", none.err().strip(), "the path said once");
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "refused decisions change nothing");
    }

    @Test
    void theTimelineShowsEachEventOnceWithAllItsReports() {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonArray rows = JSON.parseAny(r.out()).getAsArray();
        JsonObject islamabad = null;
        Set<String> seen = new HashSet<>();
        for (JsonValue v : rows) {
            JsonObject row = v.getAsObject();
            for (JsonValue member : row.get("sameAs").getAsArray()) {
                assertTrue(seen.add(member.getAsString().value()), "each event in one row only: " + member);
            }
            if (row.get("sameAs").toString().contains("shift-in-stance-taliban-ttp/visit-islamabad")) {
                islamabad = row;
            }
        }
        assertTrue(islamabad != null, "the Islamabad visit has a row");
        assertEquals(3, islamabad.get("reports").getAsNumber().value().intValue(), islamabad.toString());
        assertEquals(identity.representative(EV + "shift-in-stance-taliban-ttp/visit-islamabad"), islamabad.getString("iri"));
        assertEquals(3, islamabad.get("articles").getAsArray().size());
        assertEquals(3, islamabad.get("members").getAsArray().size());
        Cli.Result table = Cli.run("timeline", "--store", store.toString(), "--width", "0");
        assertTrue(table.out().contains("3 reports"), table.out());
    }

    @Test
    void aSingleNameFindsEveryoneWhoBearsIt() {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "json", "--actor", "Azizi");
        assertEquals(0, r.exitCode(), r.toString());
        Set<String> articles = new HashSet<>();
        JSON.parseAny(r.out()).getAsArray().forEach(v -> v.getAsObject().get("articles").getAsArray()
                .forEach(a -> articles.add(a.getAsString().value().replace("https://w3id.org/etkg/article/", ""))));
        assertTrue(articles.containsAll(Set.of("shift-in-stance-taliban-ttp", "azizi-islamabad-april-2025",
                "ians-taliban-delegation-islamabad", "sadiq-kabul-march-2025", "trade-talks-kabul-march-2024")), articles.toString());
        assertFalse(articles.contains("airstrikes-march-2024"), articles.toString());
    }

    @Test
    void conflictsListTheOrdinalAndTheGapWithTheirSourcesAndWords() {
        Cli.Result r = Cli.run("conflicts", "--store", store.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        // Each disagreement once: one entry per subject and attribute, whatever number of reports take part.
        Map<String, Set<String>> found = new HashMap<>();
        for (JsonValue v : JSON.parseAny(r.out()).getAsArray()) {
            JsonObject c = v.getAsObject();
            Set<String> sides = new HashSet<>();
            for (JsonValue s : c.get("sides").getAsArray()) {
                JsonObject side = s.getAsObject();
                assertTrue(side.hasKey("article") && side.hasKey("quote"), side.toString());
                sides.add(side.getString("value") + "@" + side.getString("article").replace("https://w3id.org/etkg/article/", ""));
            }
            String key = c.getString("subject") + " " + c.getString("attribute");
            assertEquals(null, found.put(key, sides), "listed twice: " + key);
        }
        String round = "https://w3id.org/etkg/event/ians-taliban-delegation-islamabad/second-round-kabul";
        Set<String> ordinal = found.get(round + " ordinal");
        assertTrue(ordinal != null && ordinal.containsAll(Set.of("2@ians-taliban-delegation-islamabad",
                "7@shift-in-stance-taliban-ttp")), found.toString());
        Set<String> gap = found.get(round + " time since the round before");
        assertTrue(gap != null && gap.containsAll(Set.of("at least 16 months@ians-taliban-delegation-islamabad",
                "at least 15 months@shift-in-stance-taliban-ttp")), found.toString());
        Cli.Result csv = Cli.run("conflicts", "--store", store.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("subject,label,status,attribute,value,iri,article,quote"), csv.out());
    }

    @Test
    void loadWithoutResolveLeavesNoIdentities() {
        Path plain = dir.resolve("plain");
        Cli.Result r = Cli.run("load", "--store", plain.toString(), "--no-resolve", Cli.data().toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.out().contains("resolved"), r.out());
        apart(identity(plain), ID + "noor-ud-din-azizi", ID + "azizi");
    }

    static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
