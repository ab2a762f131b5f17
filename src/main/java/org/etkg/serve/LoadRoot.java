package org.etkg.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.etkg.EtkgException;
import org.etkg.IoProblem;

/**
 * The one folder of the server's disk that POST /load?path= may read (--load-root): a path is
 * taken relative to it, and must stay under it once every link is followed, and so must every
 * link in a folder it names. Without a root, the server reads none of its own files for a
 * client. A path outside is refused without saying whether it exists.
 */
final class LoadRoot {
    private final Path root;

    private LoadRoot(Path root) {
        this.root = root;
    }

    /** The root, checked when the server starts; null when there is none. */
    static LoadRoot of(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw EtkgException.usage("--load-root " + dir + " is not a folder");
            }
            return new LoadRoot(real);
        } catch (IOException e) {
            throw EtkgException.usage("--load-root " + dir + ": " + IoProblem.describe(e, dir));
        }
    }

    /** The real path of {@code given}, when it and every link below it stay under the root. */
    Path resolve(String given) {
        Path p;
        try {
            p = root.resolve(given).normalize();
        } catch (InvalidPathException e) {
            throw EtkgException.usage("path=" + given + " is not a path");
        }
        String outside = "path=" + given + " is outside the load root: this server loads only from under its --load-root"
                + " (paths are relative to it), or what a client sends in the body";
        if (!p.startsWith(root)) {
            throw EtkgException.usage(outside);
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            throw EtkgException.usage("no such file or folder under the load root: " + given);
        } catch (IOException e) {
            throw EtkgException.usage("path=" + given + ": " + IoProblem.describe(e, p));
        }
        if (!real.startsWith(root)) {
            throw EtkgException.usage(outside);
        }
        if (Files.isDirectory(real)) {
            linksStayUnder(real, given);
        }
        return real;
    }

    private void linksStayUnder(Path folder, String given) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = f.toRealPath();
                        } catch (IOException broken) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(root)) {
                            throw EtkgException.usage("path=" + given + ": " + root.relativize(f)
                                    + " is a link that leads outside the load root; the server follows none");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw EtkgException.usage("path=" + given + ": " + IoProblem.describe(e, folder));
        }
    }
}
