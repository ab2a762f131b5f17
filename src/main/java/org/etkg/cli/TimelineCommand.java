package org.etkg.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.etkg.store.EtkgStore;
import org.etkg.timeline.TimelineFilter;
import org.etkg.timeline.PageDetail;
import org.etkg.timeline.TimelineFormat;
import org.etkg.timeline.PageSink;
import org.etkg.timeline.RowWriter;
import org.etkg.timeline.Paging;
import org.etkg.timeline.TimelineService;
import org.etkg.timeline.TimelineWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        header = "Show events and statements in time order, with their dates.",
        description = {
            "Show the events and statements of the store in time order, with dates as written and as",
            "resolved ([2025] marks a year from another source), bounds for uncertain times, places,",
            "participants and sources. Entries without a date are placed by their bounds or listed last."
        })
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--from", paramLabel = "DATE", description = "from this date on (YYYY-MM-DD, YYYY-MM or YYYY)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this date (YYYY-MM-DD, YYYY-MM or YYYY, inclusive)")
    String to;

    @Option(names = "--actor", paramLabel = "NAME|IRI", description = "only entries this actor takes part in (a label or any spelling)")
    String actor;

    @Option(names = "--place", paramLabel = "NAME|IRI", description = "only entries at this place or within it")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", description = "only entries of this event type or a narrower one: its id or label (e.g. meeting), or a CAMEO code or name (e.g. cameo:04, 043, 'Make a visit')")
    String type;

    @Option(names = "--modality", paramLabel = "MODALITY", description = "only entries with this modality (e.g. alleged, promised, expected)")
    String modality;

    @Option(names = "--limit", paramLabel = "N", description = "show at most N entries; the next page's cursor goes to standard error")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N entries (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--after", paramLabel = "CURSOR", description = "start after the entry this cursor names (printed with the previous page)")
    String after;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "one of ${COMPLETION-CANDIDATES} (default: as -o FILE's name says, .html, .csv or .json; else table)")
    TimelineFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Option(names = "--width", paramLabel = "N", description = "table width (default: the terminal's; unlimited in a pipe)")
    Integer width;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "etkg timeline",
            description = "title of the HTML page and TimelineJS file (default: ${DEFAULT-VALUE})")
    String title;

    @Override
    public Integer call() throws IOException {
        TimelineFilter filter = TimelineFilter.of(from, to, actor, place, type, modality, "--");
        Paging paging = Paging.of(limit, offset, after, "--");
        // -o timeline.html wants the page, not a text table under that name.
        TimelineFormat format = this.format != null ? this.format
                : output == null ? TimelineFormat.TABLE
                : TimelineFormat.forFileName(output.getFileName().toString()).orElse(TimelineFormat.TABLE);
        boolean terminal = output == null && System.console() != null;
        // The terminal's width and colour matter only to a table; asking for them elsewhere would start stty for nothing.
        boolean table = format == TimelineFormat.TABLE;
        TimelineWriter.Options options = new TimelineWriter.Options(title,
                width != null ? width : terminal && table ? terminalWidth() : 0,
                terminal && CommandLine.Help.Ansi.AUTO.enabled() && System.getenv("NO_COLOR") == null);
        PageSink.Bounds[] page = {null};
        try (EtkgStore store = EtkgStore.openExisting(storeOptions.store())) {
            OutputTarget.write(output, spec.commandLine().getOut(), stream -> {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                // CSV and JSON rows are written as they are read; the page and JSON carry each quote
                // in its paragraph and each identity's spellings, the table, CSV and TimelineJS do not show them.
                RowWriter rows = format.rows(options, out);
                page[0] = new TimelineService(store, storeOptions.iris()).stream(filter, paging, PageDetail.of(format), rows);
                rows.finish();
                out.flush();
            });
        }
        if (page[0].next() != null) {
            // On standard error, so that the page itself stays a clean table, CSV or JSON.
            spec.commandLine().getErr().printf("etkg: entries %d-%d of %d; next page: --after %s%n",
                    page[0].offset() + 1, page[0].offset() + page[0].size(), page[0].total(), page[0].next());
        }
        return 0;
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d+")) {
            return Integer.parseInt(columns);
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty")).start();
            String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            if (p.waitFor() == 0 && size.length == 2) {
                return Integer.parseInt(size[1]);
            }
        } catch (IOException | NumberFormatException e) {
            // No terminal size to be had: fall back to a common width.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 120;
    }
}
