package org.etkg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * etkg's CSV files (timeline rows, link candidates, ACLED rows, conflicts): RFC 4180 through
 * commons-csv, a header row first, CRLF line ends, a null cell empty.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * A printer that has written the header. The caller owns {@code out}: flush the printer when done
     * rather than close it, which would close {@code out} too.
     */
    public static CSVPrinter printer(Appendable out, List<String> columns) {
        try {
            return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one record, for writers into a PrintWriter (which does not throw). */
    public static void record(CSVPrinter printer, Iterable<?> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void flush(CSVPrinter printer) {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
