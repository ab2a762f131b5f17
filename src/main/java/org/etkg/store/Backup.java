package org.etkg.store;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.etkg.IoProblem;
import org.etkg.EtkgException;

/**
 * Backups of a store as one gzip N-Quads file, written in one read transaction while the store
 * stays in use, and ended by a manifest in comment lines (each graph and its quads, the total,
 * the SHA-256 of the quad lines), so that a restore can tell a whole backup from a truncated or
 * corrupted one before it creates anything. Compaction of a store's disk files (TDB2 generations).
 */
public final class Backup {
    static final String MANIFEST = "# etkg-backup/1 manifest";

    private Backup() {
    }

    /** What a backup holds: quads per graph (the default graph as "default"), in all, and their checksum. */
    public record Manifest(Map<String, Long> graphs, long quads, String sha256) {
    }

    /** Writes the whole store to {@code out} (gzip N-Quads with the manifest at its end). */
    public static Manifest write(EtkgStore store, OutputStream out) throws IOException {
        return store.read(dsg -> {
            try {
                MessageDigest sha = sha256();
                Map<String, Long> graphs = new TreeMap<>();
                long total = 0;
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                var it = dsg.find();
                {
                    while (it.hasNext()) {
                        Quad q = it.next();
                        // strNQ writes a quad of the default graph as a triple line.
                        byte[] line = (NodeFmtLib.strNQ(q) + "\n").getBytes(StandardCharsets.UTF_8);
                        gz.write(line);
                        sha.update(line);
                        graphs.merge(q.isDefaultGraph() ? "default" : q.getGraph().getURI(), 1L, Long::sum);
                        total++;
                    }
                }
                String digest = HexFormat.of().formatHex(sha.digest());
                StringBuilder manifest = new StringBuilder(MANIFEST).append('\n');
                graphs.forEach((g, n) -> manifest.append("# graph ").append(g).append(' ').append(n).append('\n'));
                manifest.append("# quads ").append(total).append('\n');
                manifest.append("# sha256 ").append(digest).append('\n');
                gz.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
                gz.finish();
                return new Manifest(graphs, total, digest);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Checks the backup whole (gzip stream, manifest, counts, checksum), then builds the store in a
     * folder beside {@code target} and moves it into place; on any failure nothing is created.
     */
    public static Manifest restore(Path backup, Path target) {
        return restore(backup, target, store -> { });
    }

    /** The same, with {@code finish} done on the restored store before it is moved into place (such as building what lies beside it). */
    public static Manifest restore(Path backup, Path target, java.util.function.Consumer<EtkgStore> finish) {
        if (Files.exists(target)) {
            throw EtkgException.usage(target + " exists: restore into a new store directory");
        }
        Manifest manifest = verify(backup);
        Path parent = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".restoring-");
        } catch (IOException e) {
            throw new EtkgException("cannot create " + target + ": " + IoProblem.describe(e), e);
        }
        try {
            try (EtkgStore store = EtkgStore.openOrCreate(tmp)) {
                // N-Quads reads the manifest's lines as comments.
                store.write(dsg -> {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(backup), 1 << 16)) {
                        RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
                    } catch (IOException e) {
                        throw new EtkgException(backup + ": cannot be read (" + IoProblem.describe(e) + ")", e);
                    }
                });
                long quads = store.read(Backup::count);
                if (quads != manifest.quads()) {
                    throw new EtkgException(backup + ": the restored store has " + quads + " quads, the backup says " + manifest.quads());
                }
                finish.accept(store);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new EtkgException("cannot create " + target + ": " + IoProblem.describe(e), e);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Reads the backup through once: the gzip stream whole, the manifest there, the checksum of the quad lines right. */
    public static Manifest verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new EtkgException(backup + ": no such backup file");
        }
        MessageDigest sha = sha256();
        StringBuilder manifest = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(backup), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (manifest != null) {
                    manifest.append(line).append('\n');
                } else if (line.equals(MANIFEST)) {
                    manifest = new StringBuilder(line).append('\n');
                } else {
                    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (EOFException e) {
            throw new EtkgException(backup + ": truncated (the gzip stream ends early)");
        } catch (ZipException e) {
            throw new EtkgException(backup + ": not a gzip file, or corrupted (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new EtkgException(backup + ": cannot be read (" + IoProblem.describe(e) + ")");
        }
        if (manifest == null) {
            throw new EtkgException(backup + ": not a whole etkg backup (its manifest is missing: truncated?)");
        }
        Manifest m = parseManifest(backup, manifest.toString());
        String digest = HexFormat.of().formatHex(sha.digest());
        if (!digest.equals(m.sha256())) {
            throw new EtkgException(backup + ": corrupted (the checksum of its quads is " + digest.substring(0, 12)
                    + "..., its manifest says " + m.sha256().substring(0, Math.min(12, m.sha256().length())) + "...)");
        }
        return m;
    }

    private static Manifest parseManifest(Path backup, String manifest) {
        Map<String, Long> graphs = new TreeMap<>();
        long quads = -1;
        String sha = null;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(manifest))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(" ");
                if (line.startsWith("# graph ") && f.length == 4) {
                    graphs.put(f[2], Long.parseLong(f[3]));
                } else if (line.startsWith("# quads ") && f.length == 3) {
                    quads = Long.parseLong(f[2]);
                } else if (line.startsWith("# sha256 ") && f.length == 3) {
                    sha = f[2];
                } else if (!line.isEmpty()) {
                    throw new NumberFormatException(line);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new EtkgException(backup + ": its manifest is damaged (" + IoProblem.describe(e) + ")");
        }
        if (quads < 0 || sha == null || graphs.values().stream().mapToLong(Long::longValue).sum() != quads) {
            throw new EtkgException(backup + ": its manifest is incomplete or inconsistent (truncated?)");
        }
        return new Manifest(graphs, quads, sha);
    }

    /** TDB2's compaction: copies the live data into a new generation and deletes the old ones. */
    public static void compact(EtkgStore store) {
        store.forgetResolveMemory();
        DatabaseMgr.compact(store.dataset(), true);
    }

    /** The bytes of a store's files (their apparent size: TDB2's files are sparse). */
    public static long diskSize(Path dir) {
        try {
            return PathUtils.sizeOfDirectory(dir);
        } catch (IOException e) {
            throw new EtkgException("cannot read " + dir + ": " + IoProblem.describe(e), e);
        }
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
        } catch (IOException e) {
            throw new EtkgException("cannot remove " + dir + ": " + IoProblem.describe(e), e);
        }
    }
}
