package org.etkg.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.etkg.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the reviewed candidates file an analyst gives to {@code resolve --apply} (and
 * {@code link --apply}, which reads it with the same reader), on a store of three reports of
 * the same days, so that there are candidates to decide on. The seeds are in
 * src/test/resources/org/etkg/fuzz/DecisionsFuzzTestInputs.
 */
class DecisionsFuzzTest {
    static FuzzedLoad load;

    @BeforeAll
    static void start() {
        load = FuzzedLoad.start(Cli.data().resolve("shift-in-stance-taliban-ttp"),
                Cli.data().resolve("ians-taliban-delegation-islamabad"), Cli.data().resolve("jcc-seventh-session-kabul"));
    }

    @AfterAll
    static void stop() {
        load.close();
    }

    @FuzzTest(maxDuration = "10m")
    void decisions(byte[] input) throws IOException {
        Path csv = load.inputFolder("decisions").resolve("reviewed.csv");
        Files.write(csv, input);
        load.check("resolve", "--apply", csv.toString());
    }
}
