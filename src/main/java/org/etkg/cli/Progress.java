package org.etkg.cli;

import java.io.PrintWriter;

import org.etkg.load.BulkLoader;

/** A progress line for long loads, on a terminal only: a pipe or a log gets nothing extra. */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private long lastPrinted;
    private boolean printed;

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void report(BulkLoader.Progress p) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrinted < 500_000_000L && p.articles() < p.total()) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(p.elapsedNanos() / 1e9, 1e-3);
        double rate = p.articles() / seconds;
        long eta = rate > 0 ? (long) ((p.total() - p.articles()) / rate) : 0;
        boolean files = "files".equals(p.unit());
        err.printf("\r  %,d/%,d %s  %,.0f %s/s  %,.0f %s/s  ETA %d:%02d   ", p.articles(), p.total(), p.unit(), rate, p.unit(),
                p.quads() / seconds, files ? "rows" : "quads", eta / 60, eta % 60);
        err.flush();
        printed = true;
    }

    void done() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
