package org.etkg.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many lines of YAML a hand edit changes to turn a draft into its corrected facts: over
 * facts.yaml and outside-facts.yaml, each hunk of a line diff counts its larger side (a line
 * rewritten counts once, a line added or deleted once). Blank lines do not count.
 * Run as a program to print the figure for two folders.
 */
public final class YamlEditLines {
    private YamlEditLines() {
    }

    public static void main(String[] args) throws IOException {
        Path draft = Path.of(args[0]);
        Path corrected = Path.of(args[1]);
        System.out.println(changed(draft, corrected) + " lines of YAML changed by hand, " + typed(draft, corrected)
                + " characters in the lines written");
    }

    /** The characters of the lines a hand edit writes (added or rewritten, indentation left out): what there is to type. */
    static int typed(Path draft, Path corrected) throws IOException {
        int n = 0;
        for (String file : List.of("facts.yaml", "outside-facts.yaml")) {
            List<String> a = read(draft.resolve(file));
            List<String> b = read(corrected.resolve(file));
            java.util.List<String> left = new java.util.ArrayList<>(a);
            for (String line : b) {
                if (!left.remove(line)) {
                    n += line.strip().length();
                }
            }
        }
        return n;
    }

    static int changed(Path draft, Path corrected) throws IOException {
        int n = 0;
        for (String file : List.of("facts.yaml", "outside-facts.yaml")) {
            n += changed(read(draft.resolve(file)), read(corrected.resolve(file)));
        }
        return n;
    }

    private static List<String> read(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    static int changed(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int total = 0;
        int removed = 0;
        int added = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                total += Math.max(removed, added);
                removed = 0;
                added = 0;
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added++;
                j++;
            } else {
                removed++;
                i++;
            }
        }
        return total + Math.max(removed, added);
    }
}
