package org.etkg.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.etkg.EtkgException;
import org.etkg.load.ArticleBundle;

/**
 * One draft's folder, and the only files review reads or writes: facts.yaml, outside-facts.yaml
 * and the article text facts.yaml names, all directly inside the folder. A save writes a
 * temporary file beside the target and moves it into place, so that no file is ever half written;
 * the version (a digest of both facts files as they are on disk) tells a save made from a
 * page that read an older version.
 */
final class DraftFolder {
    /** A file name the folder may hold: no separators, no "..", not hidden. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._ -]*");

    private final String name;
    private final Path dir;

    private DraftFolder(String name, Path dir) {
        this.name = name;
        this.dir = dir;
    }

    String name() {
        return name;
    }

    Path dir() {
        return dir;
    }

    /**
     * The drafts under {@code root}: the folder itself when it holds facts.yaml or article.txt,
     * else each of its (not hidden) sub-folders.
     */
    static List<DraftFolder> under(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new EtkgException(root + ": no such folder");
        }
        if (!Files.isDirectory(real)) {
            throw EtkgException.usage(root + " is a file, not a folder: give a draft's folder or a folder of drafts");
        }
        if (Files.exists(real.resolve(ArticleBundle.FACTS_FILE)) || Files.exists(real.resolve("article.txt"))) {
            return List.of(new DraftFolder(real.getFileName() == null ? "draft" : real.getFileName().toString(), real));
        }
        try (Stream<Path> s = Files.list(real)) {
            List<DraftFolder> found = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> PLAIN_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().map(p -> new DraftFolder(p.getFileName().toString(), p)).toList();
            if (found.isEmpty()) {
                throw new EtkgException(root + ": no draft here: give a folder that etkg draft wrote (with facts.yaml"
                        + " and article.txt), or a folder of such folders");
            }
            return found;
        } catch (IOException e) {
            throw new EtkgException(root + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** A file directly in the folder, by a name a facts file or the page gave; anything else is refused. */
    Path file(String fileName) {
        if (fileName == null || !PLAIN_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            throw new EtkgException("'" + fileName + "' is not a file of the draft's folder: review reads and writes only"
                    + " files directly inside " + dir);
        }
        Path p = dir.resolve(fileName);
        try {
            if (Files.isSymbolicLink(p) && (!Files.exists(p) || !p.toRealPath().getParent().equals(dir))) {
                throw new EtkgException(fileName + " is a link to a file outside the draft's folder " + dir);
            }
        } catch (IOException e) {
            throw new EtkgException(fileName + ": " + e.getMessage(), e);
        }
        return p;
    }

    Path facts() {
        return file(ArticleBundle.FACTS_FILE);
    }

    Path outside() {
        return file(ArticleBundle.OUTSIDE_FILE);
    }

    /** The file's text, or null when it does not exist. */
    static String readOrNull(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new EtkgException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A digest of both facts files as they are now; a missing file counts as empty. */
    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : List.of(facts(), outside())) {
                String text = readOrNull(p);
                sha.update((text == null ? "\u0000missing" : text).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1e);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The new file gets the old one's permissions (a temporary file is private to its owner), else rw-r--r--. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Writes the text (null: removes the file) by a temporary file moved into place. */
    void replace(Path target, String text) {
        try {
            if (text == null) {
                Files.deleteIfExists(target);
                return;
            }
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                keepPermissions(tmp, target);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new EtkgException("cannot write " + target.getFileName() + " in " + dir + ": " + e.getMessage(), e);
        }
    }
}
