package org.etkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.etkg.IoProblem;
import org.etkg.model.DataError;
import org.etkg.model.Location;

/**
 * Refuses XML that declares external entities (XXE): such a file could make a parser read
 * local files or reach the network. The prolog is checked before any RDF/XML parser sees it.
 */
public final class XmlGuard {
    private static final Pattern EXTERNAL_ENTITY =
            Pattern.compile("<!ENTITY\\s+(%\\s*)?[^\\s>]+\\s+(SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);
    private static final int PROLOG_BYTES = 1 << 20;

    private XmlGuard() {
    }

    public static boolean isXml(Path file) {
        String name = file.getFileName().toString().toLowerCase().replaceFirst("\\.gz$", "");
        return name.endsWith(".rdf") || name.endsWith(".owl") || name.endsWith(".xml");
    }

    /** Throws when the file's DOCTYPE declares an external entity. */
    public static void check(Path file) {
        if (!isXml(file)) {
            return;
        }
        String head;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = DatasetFiles.gzipped(file) ? new GZIPInputStream(raw) : raw) {
            head = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataError(Location.of(file.toString()), "cannot read: " + IoProblem.describe(e, file));
        }
        int doctype = head.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return;
        }
        Matcher m = EXTERNAL_ENTITY.matcher(head);
        if (m.find()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < m.start(); i++) {
                if (head.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new DataError(new Location(file.toString(), line, column),
                    "refused: the XML declares an external entity (" + m.group().replaceAll("\\s+", " ")
                    + "...), which could read local files or reach the network (XXE); remove the DOCTYPE");
        }
    }
}
