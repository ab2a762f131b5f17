package org.etkg;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * What went wrong with a file, in words: Java's file exceptions carry only the path as their
 * message ("cannot write out/x.ttl: out"), and the kind of trouble only in their class.
 */
public final class IoProblem {
    private IoProblem() {
    }

    /** As {@link #describe(Exception)}, for a message that names {@code about} already: the path is not said twice. */
    public static String describe(Exception e, Path about) {
        if (e instanceof FileSystemException fs && fs.getFile() != null && Path.of(fs.getFile()).equals(about)) {
            if (fs instanceof NoSuchFileException) {
                return "no such file";
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (fs.getReason() != null && !(fs instanceof FileAlreadyExistsException)) {
                return fs.getReason();
            }
        }
        return describe(e);
    }

    public static String describe(Exception e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile();
            if (fs instanceof FileAlreadyExistsException) {
                return Files.isRegularFile(Path.of(file)) ? file + " is a file, not a folder" : file + " already exists";
            }
            if (fs instanceof NoSuchFileException) {
                return "no such file or folder: " + file;
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied: " + file;
            }
            if (fs instanceof NotDirectoryException) {
                return file + " is not a folder";
            }
            if (fs instanceof DirectoryNotEmptyException) {
                return file + " is not empty";
            }
            // "x/y: Not a directory" when x is a file: name the file in the way.
            for (Path up = Path.of(file).toAbsolutePath().getParent(); up != null; up = up.getParent()) {
                if (Files.isRegularFile(up)) {
                    return up + " is a file, not a folder";
                }
            }
            return fs.getReason() == null ? file + " (" + fs.getClass().getSimpleName() + ")" : file + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
