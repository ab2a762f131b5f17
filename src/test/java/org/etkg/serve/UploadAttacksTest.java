package org.etkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.etkg.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /load against what an attacker would send: a path outside --load-root, a link out of
 * it, an archive whose entry leaves it (zip slip), a link or a device in an archive, an upload
 * larger than the limit, and a zip bomb. Each is refused with a message naming what is wrong
 * (never the content of a file the client did not send), and the store's files, the files
 * outside the root, and the folder the server unpacks into are as they were.
 */
class UploadAttacksTest {
    /** The content of a file outside the root: no answer may quote it. */
    static final String SECRET = "the-secret-line-no-client-may-read";

    @TempDir
    static Path dir;
    static Path root;
    static Path outside;
    static Served served;

    @BeforeAll
    static void serve() throws Exception {
        root = Files.createDirectories(dir.resolve("root"));
        outside = Files.createDirectories(dir.resolve("outside"));
        // A facts.yaml whose one line the YAML reader would quote in its refusal.
        Files.writeString(outside.resolve("facts.yaml"), SECRET + "\n");
        Files.writeString(outside.resolve("article.txt"), SECRET + "\n");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Path folder = Files.createDirectories(root.resolve("folder-with-a-link"));
        Files.createSymbolicLink(folder.resolve("facts.yaml"), outside.resolve("facts.yaml"));
        Security.UploadLimits d = Security.UploadLimits.DEFAULTS;
        served = new Served(Cli.firstArticleStore(dir), "127.0.0.1", true, Security.DEFAULTS.withLoadRoot(root)
                .withUpload(new Security.UploadLimits(64 * 1024, d.maxEntries(), d.maxDepth(), d.maxExpandedBytes(), d.maxRatio())));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** Runs the attack and checks that it changed nothing: the store's quads and files, and the files around the root. */
    static HttpResponse<String> refused(int status, String expected, Attack attack) throws Exception {
        DatasetGraph quads = served.quads();
        Map<String, String> storeFiles = Served.files(served.store.dir());
        Map<String, String> aroundRoot = Served.files(dir.resolve("outside"));
        long uploadsBefore = uploadFolders();
        HttpResponse<String> r = attack.send();
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(expected), r.body());
        assertFalse(r.body().contains(SECRET), "quotes a file the client did not send: " + r.body());
        assertTrue(IsoMatcher.isomorphic(quads, served.quads()), "the store changed");
        assertEquals(storeFiles, Served.files(served.store.dir()), "the store's files changed");
        assertEquals(aroundRoot, Served.files(dir.resolve("outside")), "the files outside the root changed");
        assertEquals(uploadsBefore, uploadFolders(), "an unpacked upload was left behind");
        return r;
    }

    interface Attack {
        HttpResponse<String> send() throws Exception;
    }

    static long uploadFolders() throws Exception {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("etkg-upload-")).count();
        }
    }

    static HttpResponse<String> loadPath(String path) throws Exception {
        return served.send(served.to("/load?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .header("X-Requested-By", "etkg").POST(HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<String> upload(byte[] archive) throws Exception {
        return served.post("/load", "application/zip", archive);
    }

    @Test
    void aPathOutsideTheRootIsRefused() throws Exception {
        refused(400, "is outside the load root", () -> loadPath(outside.toString()));
        refused(400, "is outside the load root", () -> loadPath("../outside"));
        refused(400, "is outside the load root", () -> loadPath("/etc"));
        // Whether a file exists outside the root is not told either.
        HttpResponse<String> missing = refused(400, "is outside the load root", () -> loadPath("/no/such/folder"));
        assertFalse(missing.body().contains("no such"), missing.body());
    }

    @Test
    void aLinkOutOfTheRootIsRefused() throws Exception {
        refused(400, "is outside the load root", () -> loadPath("escape"));
        refused(400, "folder-with-a-link/facts.yaml is a link that leads outside the load root", () -> loadPath("folder-with-a-link"));
    }

    @Test
    void aZipSlipEntryIsRefused() throws Exception {
        Path landing = Path.of(System.getProperty("java.io.tmpdir")).resolve("etkg-zip-slip.yaml");
        refused(400, "entry '../../etkg-zip-slip.yaml' leaves the archive", () -> upload(Archives.zip().miniArticle("mini")
                .file("../../etkg-zip-slip.yaml", "format: etkg-facts/1\n").bytes()));
        assertFalse(Files.exists(landing), "the entry was written outside the upload");
        refused(400, "entry '/tmp/etkg-zip-slip.yaml' is an absolute path", () -> upload(Archives.zip()
                .file("/tmp/etkg-zip-slip.yaml", "x").bytes()));
        refused(400, "entry 'a/../../etkg-zip-slip.yaml' leaves the archive", () -> served.post("/load", "application/gzip",
                Archives.tarGz().file("a/../../etkg-zip-slip.yaml", "x").bytes()));
        assertFalse(Files.exists(landing), "the entry was written outside the upload");
    }

    @Test
    void linksAndDevicesInAnArchiveAreRefused() throws Exception {
        refused(400, "entry 'mini/facts.yaml' is a symbolic link", () -> upload(Archives.zip()
                .file("mini/article.txt", "A delegation visited Kabul on March 3.")
                .link("mini/facts.yaml", outside.resolve("facts.yaml").toString()).bytes()));
        refused(400, "entry 'mini/facts.yaml' is a symbolic link", () -> served.post("/load", "application/gzip", Archives.tarGz()
                .link("mini/facts.yaml", outside.resolve("facts.yaml").toString()).bytes()));
        refused(400, "entry 'dev/zero' is a device or pipe", () -> served.post("/load", "application/gzip",
                Archives.tarGz().device("dev/zero").bytes()));
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        byte[] noise = new byte[100 * 1024];
        new Random(7).nextBytes(noise);
        refused(413, "more than the 65536 bytes this server takes", () -> upload(Archives.zip().miniArticle("mini")
                .file("mini/noise.bin", noise).bytes()));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // 64 MB of zeros: some 64 KB sent, a thousand times that unpacked.
        byte[] zeros = new byte[64 << 20];
        byte[] bomb = Archives.zip().file("bomb/facts.yaml", zeros).bytes();
        assertTrue(bomb.length < 64 * 1024, bomb.length + " bytes");
        refused(413, "a zip bomb?", () -> upload(bomb));
    }

    @Test
    void whatIsNotAnArchiveIsRefused() throws Exception {
        refused(400, "neither a zip nor a tar.gz", () -> upload("not an archive".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutALoadRootNoPathIsRead() throws Exception {
        Path store = Cli.firstArticleStore(dir.resolve("no-root"));
        try (Served noRoot = new Served(store, "127.0.0.1", true, Security.DEFAULTS)) {
            DatasetGraph before = noRoot.quads();
            HttpResponse<String> r = noRoot.send(noRoot.to("/load?path=" + URLEncoder.encode(outside.toString(), StandardCharsets.UTF_8))
                    .header("X-Requested-By", "etkg").POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("POST /load?path= is refused"), r.body());
            assertFalse(r.body().contains(SECRET), r.body());
            assertTrue(IsoMatcher.isomorphic(before, noRoot.quads()));
        }
    }

    @Test
    void anUploadLoadsItsArticlesNamesItsEntriesAndIsAudited() throws Exception {
        // A refused article is named by its entry in the upload, not by where the server unpacked it.
        HttpResponse<String> bad = refused(400, "mini/facts.yaml:", () -> upload(Archives.zip()
                .file("mini/article.txt", Files.readString(Path.of("src/test/resources/mini/article.txt")))
                .file("mini/facts.yaml", Files.readString(Path.of("src/test/resources/mini/facts.yaml")).replace("kind: city", "kind: town"))
                .bytes()));
        assertFalse(bad.body().contains("etkg-upload-"), bad.body());
        HttpResponse<String> r = upload(Archives.zip().miniArticle("mini").bytes());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().replace(" ", "").contains("\"articles\":1"), r.body());
        String last = served.audit().get(served.audit().size() - 1);
        assertTrue(last.contains("\"user\":\"anonymous\"") || last.contains("\"user\" : \"anonymous\""), last);
        assertTrue(last.contains("https://w3id.org/etkg/graph/article/mini"), last);
        assertTrue(last.contains("POST /load"), last);
    }
}
