package org.etkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that try to break out of SPARQL, odd bytes, hostile XML and huge files leave the store as it was. */
class HostileInputTest {
    @TempDir
    Path dir;
    Path store;
    DatasetGraph before;

    @BeforeEach
    void load() {
        store = Cli.loadedStore(dir);
        before = Cli.snapshot(store);
    }

    void assertUnchanged() {
        assertTrue(IsoMatcher.isomorphic(before, Cli.snapshot(store)), "the store changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kabul\" } ; DROP ALL ; #", "x' } INSERT DATA { <a:b> <a:c> <a:d> } #", "{{{ }}} \\\" \\u0000",
        "} INSERT { ?s ?p ?o } WHERE { ?s ?p ?o", "Noor-ud-Din Azizi\"@en . } DELETE WHERE { ?s ?p ?o } #"})
    void filterValuesAreBoundNeverPasted(String value) {
        Cli.Result actor = Cli.run("timeline", "--store", store.toString(), "--actor", value);
        assertEquals(2, actor.exitCode(), actor.toString());
        assertTrue(actor.err().startsWith("etkg: no actor named '"), actor.err());
        Cli.Result place = Cli.run("timeline", "--store", store.toString(), "--place", value);
        assertEquals(2, place.exitCode(), place.toString());
        assertUnchanged();
    }

    @Test
    void veryLongValuesAreHandled() {
        String longName = "Kabul ".repeat(200_000);
        Cli.Result r = Cli.run("timeline", "--store", store.toString(), "--actor", longName);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().length() < 2_000_000, "message stays bounded");
        assertUnchanged();
    }

    @Test
    void irisWithSpacesAreRefused() {
        Cli.Result export = Cli.run("export", "--store", store.toString(), "--graph", "https://w3id.org/etkg/graph/a b");
        assertEquals(1, export.exitCode(), export.toString());
        assertTrue(export.err().contains("bad IRI 'https://w3id.org/etkg/graph/a b'"), export.err());
        Cli.Result timeline = Cli.run("timeline", "--store", store.toString(), "--place", "http://example.org/a b");
        assertEquals(2, timeline.exitCode(), timeline.toString());
        Cli.Result publish = Cli.run("publish", "--store", store.toString(), "--to", "http://127.0.0.1:9/a b");
        assertEquals(1, publish.exitCode(), publish.toString());
        assertUnchanged();
    }

    @Test
    void nonUtf8BytesInAnArticleAreRefused() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.copy(Path.of("src/test/resources/mini/facts.yaml"), bad.resolve("facts.yaml"));
        Files.write(bad.resolve("article.txt"), new byte[] {'T', 'a', 'l', 'k', 's', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Cli.Result r = Cli.run("load", "--store", store.toString(), bad.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("article.txt:1:7: not UTF-8"), r.err());
        assertUnchanged();
    }

    @Test
    void rdfXmlWithAnExternalEntityIsRefused() throws Exception {
        Path xxe = dir.resolve("xxe");
        Files.createDirectories(xxe);
        Files.writeString(xxe.resolve("places.rdf"), """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
                  <rdf:Description rdf:about="http://example.org/x"><rdfs:label>&secret;</rdfs:label></rdf:Description>
                </rdf:RDF>
                """);
        Cli.Result load = Cli.run("load", "--store", store.toString(), xxe.toString());
        assertEquals(1, load.exitCode());
        assertTrue(load.err().contains("places.rdf:2:21: refused: the XML declares an external entity"), load.err());
        assertFalse(load.err().contains("root:"), "nothing of /etc/passwd");
        Cli.Result link = Cli.run("link", "--store", store.toString(), "--target", xxe.resolve("places.rdf").toString(),
                "--out", dir.resolve("c.csv").toString());
        assertEquals(1, link.exitCode());
        assertTrue(link.err().contains("external entity"), link.err());
        assertUnchanged();
    }

    @Test
    void fiftyMebibyteFactsFileIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big");
        Files.createDirectories(big);
        try (RandomAccessFile f = new RandomAccessFile(big.resolve("facts.yaml").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Cli.Result r = Cli.run("load", "--store", store.toString(), big.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("file is 50 MiB; etkg reads facts and article files up to 16 MiB"), r.err());
        assertUnchanged();
    }
}
