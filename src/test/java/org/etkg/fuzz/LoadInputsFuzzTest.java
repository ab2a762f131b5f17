package org.etkg.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes what etkg load reads from a user: an article's facts, its outside facts, and
 * dataset files in every RDF syntax (gzip too) and GDELT's event files. Each input is
 * loaded into a store that holds the small test article; see {@link FuzzedLoad} for the
 * invariant. The seeds are in src/test/resources/org/etkg/fuzz/LoadInputsFuzzTestInputs.
 */
class LoadInputsFuzzTest {
    private static final Path MINI = Path.of("src/test/resources/mini").toAbsolutePath();

    static FuzzedLoad load;

    @BeforeAll
    static void start() {
        load = FuzzedLoad.start();
    }

    @AfterAll
    static void stop() {
        load.close();
    }

    /** The input is the article's facts.yaml; the article's text is the small test article. */
    @FuzzTest(maxDuration = "10m")
    void facts(byte[] input) throws IOException {
        Path article = load.inputFolder("mini");
        Files.copy(MINI.resolve("article.txt"), article.resolve("article.txt"));
        Files.write(article.resolve("facts.yaml"), input);
        load.check("load", article.toString());
    }

    /** The input is outside-facts.yaml beside the small test article's own facts and text. */
    @FuzzTest(maxDuration = "10m")
    void outsideFacts(byte[] input) throws IOException {
        Path article = load.inputFolder("mini");
        Files.copy(MINI.resolve("article.txt"), article.resolve("article.txt"));
        Files.copy(MINI.resolve("facts.yaml"), article.resolve("facts.yaml"));
        Files.write(article.resolve("outside-facts.yaml"), input);
        load.check("load", article.toString());
    }

    /** The input's first byte chooses the file's kind (see {@link DatasetKind}); the rest is its content. */
    @FuzzTest(maxDuration = "10m")
    void dataset(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        DatasetKind kind = DatasetKind.of(input[0]);
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        Path folder = load.inputFolder("dataset");
        Path file = folder.resolve(kind.fileName);
        Files.write(file, kind.pack(content));
        load.check("load", folder.toString());
    }

    /** The file a dataset input becomes, named by a readable first byte so that seeds can be written by hand. */
    enum DatasetKind {
        TURTLE('t', "data.ttl"), NTRIPLES('n', "data.nt"), NQUADS('q', "data.nq"), TRIG('g', "data.trig"),
        RDFXML('x', "data.rdf"), JSONLD('j', "data.jsonld"), TURTLE_GZ('T', "data.ttl.gz"), NQUADS_GZ('Q', "data.nq.gz"),
        GDELT('c', "20250416.export.CSV"), GDELT_ZIP('z', "20250416.export.CSV.zip");

        final char tag;
        final String fileName;

        DatasetKind(char tag, String fileName) {
            this.tag = tag;
            this.fileName = fileName;
        }

        static DatasetKind of(byte first) {
            for (DatasetKind k : values()) {
                if (k.tag == first) {
                    return k;
                }
            }
            return values()[(first & 0xff) % values().length];
        }

        /** Compressed here, so that the fuzzer reaches the parser behind the compression. */
        byte[] pack(byte[] content) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (fileName.endsWith(".gz")) {
                    try (OutputStream gz = new GZIPOutputStream(bytes)) {
                        gz.write(content);
                    }
                    return bytes.toByteArray();
                }
                if (fileName.endsWith(".zip")) {
                    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                        zip.putNextEntry(new ZipEntry(fileName.substring(0, fileName.length() - 4)));
                        zip.write(content);
                        zip.closeEntry();
                    }
                    return bytes.toByteArray();
                }
                return content;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
