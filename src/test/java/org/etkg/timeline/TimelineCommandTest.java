package org.etkg.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline of a store holding all of data/, checked through the first article's rows,
 * found by IRI: their presence, relative order, filters and formats. Other articles' rows
 * may come and go without changing what these tests assert.
 */
class TimelineCommandTest {
    private static final String EVENT = "https://w3id.org/etkg/event/shift-in-stance-taliban-ttp/";

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void load() {
        store = Cli.loadedStore(dir);
    }

    static JsonArray rows(String... options) {
        List<String> args = new ArrayList<>(List.of("timeline", "--store", store.toString(), "--format", "json"));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        return JSON.parseAny(r.out()).getAsArray();
    }

    /** The first article's event ids of the rows, in row order; other articles' rows are left out. */
    static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(v -> firstArticleId(v.getAsObject()).ifPresent(ids::add));
        return ids;
    }

    /** A row stands for one of the first article's events when that event is its IRI or one of its sameAs. */
    static java.util.Optional<String> firstArticleId(JsonObject row) {
        List<String> iris = new ArrayList<>(List.of(row.getString("iri")));
        if (row.hasKey("sameAs")) {
            row.get("sameAs").getAsArray().forEach(v -> iris.add(v.getAsString().value()));
        }
        return iris.stream().filter(i -> i.startsWith(EVENT)).map(i -> i.substring(EVENT.length())).findFirst();
    }

    /**
     * The first article's entry for an event, as that article tells it: the row itself, or,
     * where several reports of the same event make one row, the row's member for that event.
     */
    static JsonObject row(JsonArray rows, String id) {
        for (JsonValue v : rows) {
            JsonObject row = v.getAsObject();
            if (firstArticleId(row).equals(java.util.Optional.of(id))) {
                if (row.hasKey("members")) {
                    for (JsonValue m : row.get("members").getAsArray()) {
                        if (m.getAsObject().getString("iri").equals(EVENT + id)) {
                            return m.getAsObject();
                        }
                    }
                }
                return row;
            }
        }
        throw new AssertionError("no row " + id + " in " + ids(rows));
    }

    /** {@code earlier} is listed before {@code later}. */
    static void before(List<String> ids, String earlier, String later) {
        assertTrue(ids.indexOf(earlier) >= 0 && ids.indexOf(earlier) < ids.indexOf(later),
                earlier + " comes before " + later + " in " + ids);
    }

    /** Each identity's spellings, as the rows' participants (and their reports') give them, by the identity's lane. */
    static java.util.Map<String, java.util.Set<String>> spellingsByLane(JsonArray rows) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        List<JsonObject> all = new ArrayList<>();
        rows.forEach(v -> {
            all.add(v.getAsObject());
            if (v.getAsObject().hasKey("members")) {
                v.getAsObject().get("members").getAsArray().forEach(m -> all.add(m.getAsObject()));
            }
        });
        for (JsonObject row : all) {
            for (JsonValue p : row.get("participants").getAsArray()) {
                JsonObject lane = p.getAsObject().get("lane").getAsObject();
                java.util.Set<String> spellings = out.computeIfAbsent(lane.getString("iri"), k -> new java.util.TreeSet<>());
                spellings.add(p.getAsObject().getString("label"));
                if (lane.hasKey("spellings")) {
                    lane.get("spellings").getAsArray().forEach(sp -> spellings.add(sp.getAsObject().getString("label")));
                }
            }
        }
        return out;
    }

    /**
     * An identity's spellings are given once in an output, with the first row that names it
     * (its place, then its participants, then its reports'); later rows name it by IRI and
     * label. So a person's long timeline does not repeat their spellings in every row, and
     * any output, however short, still gives each identity's spellings.
     */
    @Test
    void anIdentitysSpellingsComeWithTheFirstRowThatNamesItAndOnlyThen() {
        for (String[] options : new String[][] {{}, {"--actor", "Nurudin Azizi", "--limit", "2"}}) {
            java.util.Set<String> named = new java.util.HashSet<>();
            int lanes = 0;
            for (JsonValue v : rows(options)) {
                List<JsonObject> told = new ArrayList<>(List.of(v.getAsObject()));
                if (v.getAsObject().hasKey("members")) {
                    v.getAsObject().get("members").getAsArray().forEach(m -> told.add(m.getAsObject()));
                }
                for (JsonObject row : told) {
                    List<JsonObject> inRow = new ArrayList<>();
                    if (row.hasKey("placeLane")) {
                        inRow.add(row.get("placeLane").getAsObject());
                    }
                    row.get("participants").getAsArray().forEach(p -> inRow.add(p.getAsObject().get("lane").getAsObject()));
                    for (JsonObject lane : inRow) {
                        boolean first = named.add(lane.getString("iri"));
                        assertEquals(first, lane.hasKey("spellings"), "spellings with the first row naming " + lane + " only");
                        assertTrue(lane.hasKey("label"), lane.toString());
                        lanes++;
                    }
                }
            }
            assertTrue(lanes > named.size(), "some identity is named more than once: " + lanes + " lanes, " + named.size() + " identities");
        }
        // Two rows of Azizi's timeline still give every spelling of him.
        assertTrue(spellingsByLane(rows("--actor", "Nurudin Azizi", "--limit", "2")).values().stream()
                .anyMatch(s -> s.containsAll(List.of("Nooruddin Azizi", "Nurudin Azizi", "Noor-ud-Din Azizi"))));
    }

    @Test
    void aPersonIsOneIdentityWhateverTheArticleSpells() {
        JsonArray rows = rows();
        var lanes = spellingsByLane(rows);
        for (String[] names : new String[][] {{"Nooruddin Azizi", "Nurudin Azizi", "Noor-ud-Din Azizi"},
            {"Amir Khan Motaqi", "Amir Khan Mutaqi", "Amir Khan Muttaqi"}, {"Mohammad Sadiq", "Muhammad Sadiq"}}) {
            List<String> withAny = lanes.entrySet().stream()
                    .filter(l -> java.util.Arrays.stream(names).anyMatch(l.getValue()::contains)).map(java.util.Map.Entry::getKey).toList();
            assertEquals(1, withAny.size(), "one identity for " + List.of(names) + ": " + withAny);
            assertTrue(lanes.get(withAny.get(0)).containsAll(List.of(names)), lanes.get(withAny.get(0)).toString());
            // A filter by any spelling finds the same entries.
            List<String> first = null;
            for (String name : names) {
                List<String> found = new ArrayList<>();
                rows("--actor", name).forEach(v -> found.add(v.getAsObject().getString("iri")));
                if (first == null) {
                    first = found;
                }
                assertEquals(first, found, "--actor " + name);
            }
        }
        // The table names the identity, not the article's spelling: one name for Muttaqi, whoever wrote it.
        Cli.Result table = Cli.run("timeline", "--store", store.toString(), "--actor", "Amir Khan Motaqi", "--width", "0");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("Amir Khan Muttaqi (") && !table.out().contains("Amir Khan Motaqi (")
                && !table.out().contains("Amir Khan Mutaqi ("), table.out());
        // Places likewise: every article's Kabul is one place, under its one name.
        java.util.Set<String> kabul = new java.util.TreeSet<>();
        rows("--place", "Kabul").forEach(v -> kabul.add(v.getAsObject().get("placeLane").getAsObject().getString("iri")));
        assertEquals(1, kabul.size(), kabul.toString());
    }

    @Test
    void everyEventAndStatementIsARowInTimeOrder() {
        List<String> ids = ids(rows());
        assertEquals(29, ids.size(), "the first article's 12 events and 17 statements, none dropped: " + ids);
        assertEquals(29, new java.util.HashSet<>(ids).size(), "each of them once");
        // By date and by the facts' relations; on one day, a part after its whole (other reports of the
        // same day may stand between them, so the article's own order of same-day parts is not asserted).
        for (String[] order : new String[][] {{"jcc-round-6", "jcc-suspension"}, {"jcc-suspension", "visit-kabul"},
            {"visit-kabul", "meetings-kabul"}, {"visit-kabul", "jcc-round-7"}, {"meetings-kabul", "sadiq-discussions-sensitive-strategic"},
            {"meetings-kabul", "sadiq-stresses-regular-dialogue"}, {"meetings-kabul", "sadiq-post-on-x"},
            {"visit-kabul", "visit-islamabad"}, {"visit-islamabad", "sides-agree-avoid-rhetoric"}}) {
            before(ids, order[0], order[1]);
        }
        // The rest have no date: listed after every dated one, in the order the article tells them.
        before(ids, "sides-agree-avoid-rhetoric", "taliban-stance-shift");
        before(ids, "taliban-stance-shift", "thaw-assessment");
        assertEquals("thaw-assessment", ids.get(ids.size() - 1), "the article's last undated entry comes last of its rows");
    }

    @Test
    void theVisitOfApril16WithItsDateAsWrittenAndAsResolved() {
        JsonObject visit = row(rows(), "visit-kabul");
        assertEquals("April 16", visit.getString("asWritten"));
        assertEquals("16 Apr [2025]", visit.getString("resolvedDate"));
        assertEquals("2025-04-16", visit.getString("date"));
        assertEquals("Kabul", visit.getString("place"));
        assertTrue(visit.getString("resolvedBy").contains("Dawn report"), visit.toString());
        assertTrue(visit.get("participants").toString().contains("\"leader\""), visit.toString());
        assertEquals("a Pakistani delegation that recently visited Kabul", visit.getString("quote"),
                "the first words of the article about it");
    }

    @Test
    void theCommitteeRoundInsideTheVisit() {
        JsonObject round = row(rows(), "jcc-round-7");
        assertEquals(EVENT + "visit-kabul", round.getString("partOf"));
        assertEquals("16 Apr [2025]", round.getString("resolvedDate"));
    }

    @Test
    void theIslamabadVisitOverlapsTheKabulVisit() {
        JsonObject islamabad = row(rows(), "visit-islamabad");
        assertEquals("[16 Apr 2025] – [17 Apr 2025]", islamabad.getString("resolvedDate"));
        assertEquals("Coinciding with this visit", islamabad.getString("asWritten"));
        assertEquals("coincides with Pakistani delegation’s visit to Kabul", islamabad.get("relations").getAsArray().get(0).getAsString().value());
    }

    @Test
    void sadiqsPostFollowsTheMeetings() {
        JsonObject post = row(rows(), "sadiq-post-on-x");
        assertEquals("[16 Apr 2025]", post.getString("resolvedDate"), "no date in the text: all of it resolved");
        assertEquals("Following the meetings", post.getString("asWritten"));
        assertEquals("the article", post.getString("source"));
    }

    @Test
    void theEarlierRoundIsPlacedBefore16January2024() {
        JsonObject earlier = row(rows(), "jcc-round-6");
        assertEquals("2024-01-16", earlier.getString("latest"));
        assertEquals("in over 15 months", earlier.getString("asWritten"));
        assertEquals("≥ 15 months before 7th round of the Afghanistan–Pakistan Joint Coordination Committee",
                earlier.get("relations").getAsArray().get(0).getAsString().value());
        JsonObject suspension = row(rows(), "jcc-suspension");
        assertEquals("2024-01-03", suspension.getString("earliest"));
        assertEquals("2025-04-16", suspension.getString("latest"));
    }

    @Test
    void tableShowsDatesAsWrittenResolvedAndBounds() {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--width", "0");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("16 Apr [2025]"), r.out());
        assertTrue(r.out().contains("before 2024-01-16"), r.out());
        assertTrue(r.out().contains("≥ 15 months before"), r.out());
        assertTrue(r.out().contains("undated"), r.out());
        assertFalse(r.out().contains("\u001B["), "no colour codes when not writing to a terminal");
    }

    @Test
    void tableFitsTheWidthItIsGiven() {
        for (int width : new int[] {60, 100, 160}) {
            Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--width", String.valueOf(width));
            assertEquals(0, r.exitCode(), r.toString());
            r.out().lines().filter(l -> l.startsWith("|") || l.startsWith("+"))
                    .forEach(l -> assertTrue(l.codePointCount(0, l.length()) <= width, "wider than " + width + ": " + l));
            assertTrue(r.out().contains("| Date"), r.out());
        }
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--width", "100");
        assertTrue(r.out().contains("| Date"), r.out());
    }

    @Test
    void actorFilterMatchesOtherSpellings() {
        assertEquals(List.of("visit-islamabad"), ids(rows("--actor", "Nooruddin Azizi")));
        assertEquals(List.of("visit-islamabad"), ids(rows("--actor", "noor-ud-din azizi")));
        assertEquals(List.of("visit-islamabad"), ids(rows("--actor", "https://w3id.org/etkg/id/noor-ud-din-azizi")));
        List<String> sadiq = ids(rows("--actor", "Muhammad Sadiq Khan"));
        assertEquals(java.util.Set.of("visit-kabul", "jcc-round-7", "sadiq-discussions-sensitive-strategic",
                "sadiq-stresses-regular-dialogue", "sadiq-post-on-x"), new java.util.HashSet<>(sadiq));
        before(sadiq, "visit-kabul", "jcc-round-7");
    }

    @Test
    void placeFilterIncludesPlacesWithin() {
        List<String> kabul = ids(rows("--place", "Kabul"));
        assertEquals(java.util.Set.of("visit-kabul", "meetings-kabul", "jcc-round-7"), new java.util.HashSet<>(kabul));
        before(kabul, "visit-kabul", "jcc-round-7");
        assertTrue(ids(rows("--place", "Afghanistan")).contains("pakistan-urges-action-on-ttp"), "Afghan territory is within Afghanistan");
    }

    @Test
    void dateFilterKeepsWhatOverlapsTheRange() {
        assertEquals(List.of("jcc-round-6", "jcc-suspension"), ids(rows("--from", "2024", "--to", "2024")));
        List<String> april17 = ids(rows("--from", "2025-04-17", "--to", "2025-04-17"));
        assertEquals(List.of("visit-islamabad"), april17);
    }

    @Test
    void unknownActorIsExplainedAndHostileValuesChangeNothing() {
        var before = Cli.snapshot(store);
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--actor", "\" } ; DROP ALL ; #");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no actor named '\" } ; DROP ALL ; #'") && r.err().contains("Mohammad Sadiq"), r.err());
        Cli.Result iri = Cli.run("timeline", "--store", store.toString(), "--place", "http://example.org/x> } DROP ALL {");
        assertEquals(2, iri.exitCode(), iri.toString());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)));
    }

    @Test
    void badDatesAreUsageErrors() {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--from", "2025-02-30");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--from: '2025-02-30' is not a real date"), r.err());
        Cli.Result order = Cli.run("timeline", "--store", store.toString(), "--from", "2025", "--to", "2024");
        assertEquals(2, order.exitCode());
    }

    @Test
    void csvHasTheSameRowsWithIris() {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.exitCode());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("iri,label,kind,type,date,begin,end,display_date"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(EVENT + "visit-kabul,Pakistani delegation’s visit to Kabul,event,make a visit,2025-04-16")),
                "the visit's row, with its IRI first");
        assertEquals(rows().size() + 1, lines.size(), "one line per row of the JSON, after the header");
    }

    @Test
    void withoutFormatTheFileNameChoosesIt() throws Exception {
        Path page = dir.resolve("timeline.html");
        Path csv = dir.resolve("timeline.CSV");
        assertEquals(0, Cli.run("timeline", "--store", store.toString(), "-o", page.toString()).exitCode());
        assertEquals(0, Cli.run("timeline", "--store", store.toString(), "-o", csv.toString()).exitCode());
        assertEquals(Cli.run("timeline", "--store", store.toString(), "--format", "html").out(), Files.readString(page));
        assertEquals(Cli.run("timeline", "--store", store.toString(), "--format", "csv").out(), Files.readString(csv));
    }

    @Test
    void timelineJsFileFollowsTheFormat() throws Exception {
        Path file = dir.resolve("timeline.json");
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--format", "timelinejs", "-o", file.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject root = JSON.parse(Files.readString(file));
        assertTrue(root.getObj("title").getObj("text").getString("headline").length() > 0);
        JsonArray events = root.get("events").getAsArray();
        long placed = rows().stream().filter(v -> v.getAsObject().hasKey("anchor")).count();
        assertEquals(placed, events.size(), "every entry with a date or bounds; TimelineJS cannot place undated ones");
        List<String> ids = new ArrayList<>();
        for (JsonValue v : events) {
            JsonObject e = v.getAsObject();
            JsonObject start = e.getObj("start_date");
            LocalDate d = LocalDate.of(start.get("year").getAsNumber().value().intValue(),
                    start.get("month").getAsNumber().value().intValue(), start.get("day").getAsNumber().value().intValue());
            if (e.hasKey("end_date")) {
                JsonObject end = e.getObj("end_date");
                LocalDate ed = LocalDate.of(end.get("year").getAsNumber().value().intValue(),
                        end.get("month").getAsNumber().value().intValue(), end.get("day").getAsNumber().value().intValue());
                assertTrue(ed.isAfter(d));
            }
            assertTrue(e.getString("display_date").length() > 0);
            assertTrue(e.getObj("text").getString("headline").length() > 0);
            assertTrue(e.getString("group").length() > 0);
            assertTrue(e.getObj("media").getString("url").startsWith("<blockquote>"));
            assertTrue(e.getObj("media").getString("credit").length() > 0);
            String id = e.getString("unique_id");
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
            ids.add(id);
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "unique ids");
        JsonObject kabul = events.stream().map(JsonValue::getAsObject)
                .filter(e -> e.getString("unique_id").endsWith("-visit-kabul")).findFirst().orElseThrow();
        assertTrue(kabul.getString("display_date").contains("16 Apr [2025] (as written: “April 16”)"), kabul.toString());
    }

    // ------------------------------------------------------------------ paging and filters

    static List<String> iris(JsonArray rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(v -> out.add(v.getAsObject().getString("iri")));
        return out;
    }

    /** The cursor the command prints on standard error for the next page, or null on the last page. */
    static String nextCursor(Cli.Result r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("next page: --after (\\S+)").matcher(r.err());
        return m.find() ? m.group(1) : null;
    }

    @Test
    void pagesFollowedByTheirCursorsGiveTheWholeTimelineOnce() {
        List<String> whole = iris(rows());
        assertTrue(whole.size() > 10, whole.toString());
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            List<String> args = new ArrayList<>(List.of("timeline", "--store", store.toString(), "--format", "json", "--limit", "7"));
            if (after != null) {
                args.addAll(List.of("--after", after));
            }
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.toString());
            JsonArray rows = JSON.parseAny(r.out()).getAsArray();
            assertTrue(rows.size() <= 7 && !rows.isEmpty(), r.toString());
            paged.addAll(iris(rows));
            after = nextCursor(r);
            if (after == null) {
                break;
            }
            assertTrue(r.err().contains(" of " + whole.size() + ";"), r.err());
        }
        assertEquals(whole, paged);
    }

    @Test
    void anOffsetSkipsThatManyEntries() {
        List<String> whole = iris(rows());
        assertEquals(whole.subList(5, 9), iris(rows("--offset", "5", "--limit", "4")));
        assertEquals(List.of(), iris(rows("--offset", String.valueOf(whole.size() + 3))));
    }

    @Test
    void aTypeIncludesItsNarrowerTypes() {
        List<String> rounds = iris(rows("--type", "committee-round"));
        List<String> meetings = iris(rows("--type", "meeting"));
        assertFalse(rounds.isEmpty());
        assertTrue(meetings.containsAll(rounds) && meetings.size() > rounds.size(), meetings + " vs " + rounds);
        assertTrue(ids(rows("--type", "committee round")).contains("jcc-round-7"), "a type's label names it too");
        rows("--type", "committee-round").forEach(v -> assertEquals("engage in negotiation", v.getAsObject().getString("type")));
    }

    @Test
    void aCameoCodeTakesInTheProjectTypesFiledUnderIt() {
        List<String> consult = iris(rows("--type", "cameo:04"));
        List<String> meetings = iris(rows("--type", "meeting"));
        List<String> visits = iris(rows("--type", "visit"));
        assertFalse(meetings.isEmpty() || visits.isEmpty());
        assertTrue(consult.containsAll(meetings) && consult.containsAll(visits), consult + " vs " + meetings + " and " + visits);
        List<String> makeAVisit = iris(rows("--type", "042"));
        assertTrue(makeAVisit.containsAll(visits) && !makeAVisit.containsAll(meetings), makeAVisit.toString());
        assertEquals(makeAVisit, iris(rows("--type", "Make a visit")), "a CAMEO event name names its code");
        List<String> airstrikes = iris(rows("--type", "airstrike"));
        assertFalse(airstrikes.isEmpty());
        assertTrue(consult.stream().noneMatch(airstrikes::contains), "an airstrike is not a consultation");
    }

    @Test
    void aModalityKeepsOnlyEntriesWithIt() {
        JsonArray alleged = rows("--modality", "alleged");
        assertFalse(alleged.isEmpty());
        alleged.forEach(v -> assertEquals("alleged", v.getAsObject().getString("modality")));
        List<String> promised = ids(rows("--modality", "promised"));
        assertTrue(promised.contains("taliban-promise-to-act"), promised.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--limit|0|--limit must be at least 1, not 0",
        "--limit|-5|--limit must be at least 1, not -5",
        "--offset|-1|--offset must be 0 or more, not -1",
        "--after|not a cursor!|--after: 'not a cursor!' is not a cursor from a previous page",
        "--after|QUJD|--after: 'QUJD' is not a cursor from a previous page",
        "--type|parade|unknown type 'parade'; the event types are: ",
        "--type|cameo:9999|unknown type 'cameo:9999': CAMEO 1.1b3 has no code 9999",
        "--modality|rumoured|unknown modality 'rumoured'; the modalities are: ",
        "--actor|Nobody Anyone|no actor named 'Nobody Anyone' takes part in any event"})
    void badPagingAndUnknownFilterValuesAreUsageErrors(String option, String value, String message) {
        var before = Cli.snapshot(store);
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), option, value);
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("etkg: " + message), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)));
    }

    /** A typo is answered with the names meant, whichever word it is in; a name like none lists some names. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--actor|Amir Khan Mutaki|no actor named 'Amir Khan Mutaki' takes part in any event; names like it: |Amir Khan Mutaqi",
        "--actor|Mohamad Sadik|no actor named 'Mohamad Sadik' takes part in any event; names like it: |Mohammad Sadiq",
        "--place|Islamabd|no place named 'Islamabd' takes part in any event; names like it: |Islamabad",
        "--place|Kabol|no place named 'Kabol' takes part in any event; names like it: |Kabul",
        "--actor|Qqqq Zzzz|no actor named 'Qqqq Zzzz' takes part in any event; actors include: |"})
    void aMisspelledNameIsAnsweredWithTheNamesMeant(String option, String value, String message, String meant) {
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), option, value);
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("etkg: " + message), r.err());
        List<String> offered = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(r.err().substring(("etkg: " + message).length()))
                .results().map(m -> m.group(1)).toList();
        assertTrue(meant == null ? !offered.isEmpty() : offered.contains(meant), offered.toString());
        // What is offered takes part in events: each name is a filter that answers (the first few of a long list).
        for (String name : offered.subList(0, Math.min(offered.size(), 6))) {
            assertEquals(0, Cli.run("timeline", "--store", store.toString(), option, name, "--limit", "1").exitCode(), name);
        }
    }

    /**
     * CSV and JSON are written as they are read, yet a filter that names no one writes nothing:
     * no header or bracket on standard output, no file for -o.
     */
    @Test
    void aStreamThatFailsBeforeItsFirstRowWritesNothing() {
        for (String format : List.of("csv", "json")) {
            Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--actor", "Nobody Anyone", "--format", format);
            assertEquals(2, r.exitCode(), r.toString());
            assertEquals("", r.out(), format);
            Path file = dir.resolve("nobody." + format);
            Cli.Result toFile = Cli.run("timeline", "--store", store.toString(), "--actor", "Nobody Anyone", "-o", file.toString());
            assertEquals(2, toFile.exitCode(), toFile.toString());
            assertTrue(Files.notExists(file), file + " written");
        }
    }

    @Test
    void anOffsetAndACursorTogetherAreRefused() {
        String cursor = Paging.cursorAfter(EVENT + "visit-kabul");
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--offset", "2", "--after", cursor);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("etkg: give --offset or --after, not both", r.err().strip());
        Cli.Result gone = Cli.run("timeline", "--store", store.toString(), "--after", Paging.cursorAfter("https://example.org/gone"));
        assertEquals(2, gone.exitCode(), gone.toString());
        assertTrue(gone.err().contains("not in this timeline"), gone.err());
    }
}
