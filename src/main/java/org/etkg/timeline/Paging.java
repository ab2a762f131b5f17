package org.etkg.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.etkg.EtkgException;

/**
 * Which part of a timeline to show: at most {@code limit} entries (null for all), skipping
 * {@code offset} entries or starting after the entry a cursor names. A cursor comes from
 * the previous page ({@link TimelinePage#next()}); it names an entry, not a position, so a
 * page does not shift when entries are added before it.
 */
public record Paging(Integer limit, int offset, String after) {
    public static final Paging ALL = new Paging(null, 0, null);

    public Paging {
        check(limit, offset, after, "");
    }

    /**
     * The paging a user asked for, checked; messages name the options with {@code dashes}
     * before them ("--" on the command line, "" for the HTTP parameters).
     */
    public static Paging of(Integer limit, int offset, String after, String dashes) {
        check(limit, offset, after, dashes);
        return new Paging(limit, offset, after);
    }

    private static void check(Integer limit, int offset, String after, String dashes) {
        if (limit != null && limit < 1) {
            throw EtkgException.usage(dashes + "limit must be at least 1, not " + limit);
        }
        if (offset < 0) {
            throw EtkgException.usage(dashes + "offset must be 0 or more, not " + offset);
        }
        if (after != null && offset > 0) {
            throw EtkgException.usage("give " + dashes + "offset or " + dashes + "after, not both");
        }
        if (after != null) {
            entryOf(after, dashes); // a malformed cursor is refused before the store is read
        }
    }

    /** The cursor that starts the page after the entry with this IRI. */
    public static String cursorAfter(String iri) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("e:" + iri).getBytes(StandardCharsets.UTF_8));
    }

    /** The IRI of the entry a cursor names. */
    public static String entryOf(String cursor) {
        return entryOf(cursor, "");
    }

    private static String entryOf(String cursor, String dashes) {
        String shown = cursor.length() > 60 ? cursor.substring(0, 59) + "…" : cursor;
        if (!cursor.matches("[A-Za-z0-9_-]+")) {
            throw EtkgException.usage(dashes + "after: '" + shown + "' is not a cursor from a previous page");
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw EtkgException.usage(dashes + "after: '" + shown + "' is not a cursor from a previous page");
        }
        if (!decoded.startsWith("e:") || decoded.length() < 3) {
            throw EtkgException.usage(dashes + "after: '" + shown + "' is not a cursor from a previous page");
        }
        return decoded.substring(2);
    }
}
