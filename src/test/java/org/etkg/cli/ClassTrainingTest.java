package org.etkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class archive is made by running each short command once (ClassTraining): a
 * command whose options changed would fail there, silently leave its classes out of the
 * archive and slow every cold start of it. Every one of them succeeds.
 */
class ClassTrainingTest {
    @TempDir
    Path dir;

    @Test
    void everyShortCommandOfTheTrainingSucceeds() throws Exception {
        assertEquals(List.of(), ClassTraining.train(dir));
    }
}
