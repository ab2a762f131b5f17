package org.etkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development and test sets of etkg draft, as src/bench/draft-split.tsv records them: one row per
 * article folder (relative to the working tree), its set, style and topic. Rules are written
 * against the dev set only; the test set is only measured.
 */
public record DraftSplit(Path root, List<Row> rows) {
    public static final String FILE = "src/bench/draft-split.tsv";
    public static final List<String> SETS = List.of("dev", "test");

    public record Row(String set, String folder, String style, String topic, int line) {
    }

    public DraftSplit {
        rows = List.copyOf(rows);
    }

    /** Reads {@code root/src/bench/draft-split.tsv}; a malformed row is named by its line. */
    public static DraftSplit read(Path root) {
        Path file = root.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": a row has 4 tab-separated cells (set, folder, style, topic), not " + cells.length);
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], i + 1));
        }
        return new DraftSplit(root, rows);
    }

    public List<Row> of(String set) {
        return rows.stream().filter(r -> r.set().equals(set)).toList();
    }

    public Path folder(Row row) {
        return root.resolve(row.folder());
    }

    /** Every article folder (one with facts.yaml and article.txt) directly under data/ and briefs/. */
    public List<String> articleFolders() {
        List<String> folders = new ArrayList<>();
        for (String parent : List.of("data", "briefs")) {
            try (Stream<Path> s = Files.list(root.resolve(parent))) {
                s.filter(f -> Files.exists(f.resolve("facts.yaml")) && Files.exists(f.resolve("article.txt")))
                        .map(f -> parent + "/" + f.getFileName()).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folders;
    }
}
