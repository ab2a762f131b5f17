package org.etkg.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.etkg.bench.DraftErrors;
import org.etkg.bench.DraftQuality;
import org.etkg.rdf.IriScheme;
import org.etkg.rdf.Ontology;

/**
 * An estimate of the review page's actions (clicks and keys) to turn drafts into their
 * hand-written facts, beside the lines of YAML a hand edit changes (YamlEditLines), for the
 * drafts that have no scripted browser session. The differences are the drafting bench's
 * (DraftQuality: items matched one to one, participants, days and modalities); each is priced at
 * what the scripted sessions of ReviewPageBrowserTest spend on it, counted as they count (a click
 * or a key 1, a character typed 1, clearing a field 3, a drop-down 2, a selection of words 1):
 *
 * <ul>
 * <li>reject a drafted item that matches none: its Reject button, 1;</li>
 * <li>add an entity or post the draft missed: select the words, t, a kind from the list, Enter: 5;</li>
 * <li>add an event: select, v, a type from the list, Enter: 5;</li>
 * <li>add a statement: select, n, the speaker (4 letters, Down, Enter), Enter: 9;</li>
 * <li>add a participant: Edit, Add participant, 4 letters, Down, Enter, a role from the list, Apply: 11;</li>
 * <li>remove a participant: Edit, remove, Apply: 3;</li>
 * <li>a wrong day: Edit, clear and type the day (3 + 10), Apply: 15;</li>
 * <li>a wrong modality: Edit, a modality from the list, Apply: 4;</li>
 * <li>and Save, 1.</li>
 * </ul>
 * The same differences made by hand in facts.yaml are priced in lines of YAML: a rejected item is
 * its block (the draft's lines per item, its check notes included), an entity or post added 4
 * lines (id, kind, label, quote), an event 5 (and type, date), a statement 6 (and text, speaker),
 * a participant 1, a day 2 (outside-facts.yaml), a modality 1. Both leave out labels, ids, check
 * notes and the fields the bench does not compare. Beside them, the lines that differ between the
 * draft and the hand-written file as it is (YamlEditLines): the hand-written facts use their own
 * ids, order and comments, so this is a rewrite of most of the file, the most a hand edit could
 * change, not what it needs to.
 *
 *   java -cp target/etkg-draft.jar:target/test-classes org.etkg.review.ReviewEffort HAND_FOLDER DRAFT_FOLDER...
 *   (pairs: the hand-written article folder, then its draft's folder)
 */
public final class ReviewEffort {
    private ReviewEffort() {
    }

    public record Estimate(int rejects, int adds, int participants, int days, int modalities, int actions, int handLines, int fileLines) {
    }

    public static Estimate of(Path hand, Path draft, Ontology ontology) throws IOException {
        DraftQuality.ArticleScore score = DraftQuality.score(hand, draft, ontology, 0);
        Map<String, DraftQuality.Score> s = score.scores();
        int rejects = 0;
        int actions = 1;
        int adds = 0;
        int lines = 0;
        for (String m : List.of("entities", "posts", "events", "statements")) {
            DraftQuality.Score x = s.get(m);
            rejects += x.drafted() - x.found();
            int missed = x.hand() - x.found();
            adds += missed;
            actions += missed * (m.equals("statements") ? 9 : 5);
            lines += missed * (m.equals("statements") ? 6 : m.equals("events") ? 5 : 4);
        }
        actions += rejects;
        lines += (int) Math.round(rejects * linesPerItem(draft));
        DraftQuality.Score p = s.get("participants");
        int participants = (p.hand() - p.found()) + (p.drafted() - p.found());
        actions += (p.hand() - p.found()) * 11 + (p.drafted() - p.found()) * 3;
        DraftErrors.Counts e = score.errors();
        int days = e.datesCounted() - e.datesRight();
        int modalities = e.modalityCounted() - e.modalityRight();
        actions += days * 15 + modalities * 4;
        lines += participants + days * 2 + modalities;
        return new Estimate(rejects, adds, participants, days, modalities, actions, lines, YamlEditLines.changed(draft, hand));
    }

    /** The draft's non-blank lines from its first item on, per item. */
    static double linesPerItem(Path draft) throws IOException {
        List<String> lines = Files.readAllLines(draft.resolve("facts.yaml")).stream().filter(l -> !l.isBlank()).toList();
        int first = 0;
        while (first < lines.size() && !lines.get(first).strip().startsWith("- id:")) {
            first++;
        }
        long items = lines.stream().filter(l -> l.strip().startsWith("- id:")).count();
        return items == 0 ? 0 : (double) (lines.size() - first) / items;
    }

    public static void main(String[] args) throws IOException {
        Ontology ontology = Ontology.load(IriScheme.defaults());
        System.out.println("| draft | items to reject | items to add | participants to add or remove | days | modalities"
                + " | actions on the page (estimate) | lines of YAML by hand (estimate) | lines differing from the hand-written file |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i + 1 < args.length; i += 2) {
            Path hand = Path.of(args[i]);
            Path draft = Path.of(args[i + 1]);
            if (!Files.exists(draft.resolve("facts.yaml"))) {
                System.out.println("| " + hand.getFileName() + " | no draft |");
                continue;
            }
            Estimate x = of(hand, draft, ontology);
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d |%n", hand.getFileName(), x.rejects(), x.adds(), x.participants(),
                    x.days(), x.modalities(), x.actions(), x.handLines(), x.fileLines());
        }
    }
}
