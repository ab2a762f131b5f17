package org.etkg.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.file.PathUtils;
import org.etkg.EtkgException;

/**
 * The articles a client sends to POST /load: a zip or a tar.gz of article folders and dataset
 * files, unpacked into a private temporary folder that is deleted after the load. Nothing in
 * it reaches outside that folder: an entry whose path leaves it ({@code ..}, an absolute path, a
 * drive), a link, a device or a pipe is refused, as is an upload larger than the limits, with
 * more entries, deeper folders, or that expands to more than the limits allow (a zip bomb).
 * A refusal names the entry and what is wrong with it; the entry's name is the client's own.
 */
final class UploadedArchive implements AutoCloseable {
    /** An upload refused: 413 when it is too large, 400 otherwise. */
    static final class Refused extends EtkgException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super("upload refused: " + message, org.etkg.ExitCode.USAGE, null);
            this.status = status;
        }
    }

    private final Path root;
    private final Path files;

    private UploadedArchive(Path root) {
        this.root = root;
        this.files = root.resolve("files");
    }

    /** The folder the archive was unpacked into: load it as `etkg load` loads a folder. */
    Path files() {
        return files;
    }

    /** A loader's message about the unpacked files, with each path as the entry's name in the upload. */
    String inUploadTerms(String message) {
        String prefix = files.toString() + java.io.File.separator;
        return message.replace(prefix, "").replace(files.toString(), "the upload");
    }

    static UploadedArchive unpack(InputStream body, long declaredLength, Security.UploadLimits limits) {
        if (declaredLength > limits.maxBytes()) {
            throw new Refused(413, "the body is " + declaredLength + " bytes, more than the " + limits.maxBytes() + " bytes this server takes (etkg serve --max-upload)");
        }
        Path root;
        try {
            root = Files.createTempDirectory("etkg-upload-");
        } catch (IOException e) {
            throw new EtkgException("cannot make a temporary folder for the upload: " + e.getMessage(), e);
        }
        UploadedArchive archive = new UploadedArchive(root);
        try {
            Files.createDirectory(archive.files);
            Path sent = root.resolve("sent");
            long size = copyAtMost(body, sent, limits.maxBytes());
            new Unpacker(archive.files, limits, size).unpack(sent);
            Files.delete(sent);
            return archive;
        } catch (IOException e) {
            String why = archive.inUploadTerms(String.valueOf(e.getMessage()));
            archive.close();
            throw new Refused(400, "the archive cannot be read: " + why);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static long copyAtMost(InputStream in, Path to, long max) throws IOException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(to)) {
            for (int r; (r = in.read(buffer)) >= 0; ) {
                n += r;
                if (n > max) {
                    throw new Refused(413, "the body is more than the " + max + " bytes this server takes (etkg serve --max-upload)");
                }
                out.write(buffer, 0, r);
            }
        }
        return n;
    }

    @Override
    public void close() {
        try {
            PathUtils.deleteDirectory(root);
        } catch (IOException e) {
            // Left in the temporary folder: the load's own answer matters more than the clean-up.
            System.err.println("etkg serve: cannot delete " + root + ": " + e.getMessage());
        }
    }

    /** Writes the entries, counting what they expand to against the limits. */
    private static final class Unpacker {
        private final Path files;
        private final Security.UploadLimits limits;
        private final long sentBytes;
        private int entries;
        private long expanded;

        Unpacker(Path files, Security.UploadLimits limits, long sentBytes) {
            this.files = files;
            this.limits = limits;
            this.sentBytes = sentBytes;
        }

        void unpack(Path sent) throws IOException {
            byte[] magic = new byte[4];
            int read;
            try (InputStream in = Files.newInputStream(sent)) {
                read = in.readNBytes(magic, 0, 4);
            }
            if (read >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                unzip(sent);
            } else if (read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                untar(sent);
            } else {
                throw new Refused(400, "the body is neither a zip nor a tar.gz archive (send article folders and dataset files"
                        + " packed in one, with Content-Type: application/zip or application/gzip)");
            }
        }

        private void unzip(Path sent) throws IOException {
            try (ZipFile zip = ZipFile.builder().setPath(sent).get()) {
                for (Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                    ZipArchiveEntry e = all.nextElement();
                    int type = e.getUnixMode() & 0170000;
                    if (e.isUnixSymlink()) {
                        refuse(e.getName(), "is a symbolic link; links are refused");
                    } else if (type != 0 && type != 0100000 && type != 0040000) {
                        refuse(e.getName(), "is a device, pipe or socket, not a file or folder");
                    }
                    Path target = place(e.getName(), e.isDirectory());
                    if (!e.isDirectory()) {
                        if (!zip.canReadEntryData(e)) {
                            refuse(e.getName(), "uses a compression method or encryption this server cannot read");
                        }
                        try (InputStream in = zip.getInputStream(e)) {
                            write(e.getName(), in, target);
                        }
                    }
                }
            }
        }

        private void untar(Path sent) throws IOException {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                    new BufferedInputStream(Files.newInputStream(sent))))) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    if (e.isSymbolicLink() || e.isLink()) {
                        refuse(e.getName(), "is a " + (e.isLink() ? "hard" : "symbolic") + " link; links are refused");
                    } else if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO()) {
                        refuse(e.getName(), "is a device or pipe, not a file or folder");
                    } else if (!e.isDirectory() && !e.isFile()) {
                        refuse(e.getName(), "is neither a file nor a folder");
                    }
                    Path target = place(e.getName(), e.isDirectory());
                    if (!e.isDirectory()) {
                        write(e.getName(), tar, target);
                    }
                }
            }
        }

        /** Where an entry goes inside the folder, once its name is found safe; its folders are made. */
        private Path place(String name, boolean folder) throws IOException {
            if (++entries > limits.maxEntries()) {
                throw new Refused(413, "more than " + limits.maxEntries() + " entries (at entry '" + shown(name) + "')");
            }
            if (name.isEmpty() || name.indexOf('\0') >= 0) {
                refuse(name, "has no usable name");
            }
            if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
                refuse(name, "is an absolute path; entries are paths inside the archive");
            }
            if (name.contains("\\")) {
                refuse(name, "holds a backslash; separate folders with /");
            }
            String[] parts = name.split("/");
            int depth = 0;
            for (String p : parts) {
                if (p.equals("..")) {
                    refuse(name, "leaves the archive ('..'); entries are paths inside it");
                }
                if (!p.isEmpty() && !p.equals(".")) {
                    depth++;
                }
            }
            if (depth > limits.maxDepth()) {
                refuse(name, "is " + depth + " folders deep, more than the " + limits.maxDepth() + " this server takes");
            }
            Path target = files.resolve(name).normalize();
            if (!target.startsWith(files)) {
                refuse(name, "leaves the archive");
            }
            if (folder) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    refuse(name, "is in the archive twice");
                }
            }
            return target;
        }

        private void write(String name, InputStream in, Path target) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                for (int r; (r = in.read(buffer)) >= 0; ) {
                    expanded += r;
                    if (expanded > limits.maxExpandedBytes()) {
                        throw new Refused(413, "it expands to more than " + limits.maxExpandedBytes() + " bytes (at entry '" + shown(name) + "')");
                    }
                    // A ratio over the whole upload, past the first megabyte: small text compresses well too.
                    if (expanded > (1 << 20) && expanded > (long) limits.maxRatio() * sentBytes) {
                        throw new Refused(413, "it expands more than " + limits.maxRatio() + " times (" + sentBytes
                                + " bytes sent; at entry '" + shown(name) + "'): a zip bomb?");
                    }
                    out.write(buffer, 0, r);
                }
            }
        }

        private static void refuse(String name, String what) {
            throw new Refused(400, "entry '" + shown(name) + "' " + what);
        }

        /** The entry's name as the client wrote it, shortened and with control characters shown as '?'. */
        private static String shown(String name) {
            String s = name.replaceAll("\\p{Cntrl}", "?");
            return s.length() > 200 ? s.substring(0, 199) + "…" : s;
        }
    }
}
