package org.etkg.eventdata;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows of the GDELT 2.0 Event table: 61 tab-separated columns in codebook order, no header,
 * as in GDELT's *.export.CSV files. Columns the facts say nothing about are empty (docs/eventdata.md, "Exporting GDELT and ACLED rows").
 */
public final class GdeltWriter {
    /** The columns of the GDELT 2.0 Event table, in order (GDELT-Event_Codebook-V2.0). */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private GdeltWriter() {
    }

    public static void write(List<EventRow> rows, Writer out) throws IOException {
        for (EventRow r : rows) {
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(Long.toString(r.globalEventId()));
            f.add(String.format(Locale.ROOT, "%04d%02d%02d", r.day().getYear(), r.day().getMonthValue(), r.day().getDayOfMonth()));
            f.add(String.format(Locale.ROOT, "%04d%02d", r.day().getYear(), r.day().getMonthValue()));
            f.add(Integer.toString(r.day().getYear()));
            // GDELT's FractionDate: the year plus the day of the year over 365, four decimals.
            f.add(String.format(Locale.ROOT, "%.4f", r.day().getYear() + r.day().getDayOfYear() / 365.0));
            actor(f, r.actor1());
            actor(f, r.actor2());
            f.add(r.root() ? "1" : "0");
            f.add(r.cameoCode());
            f.add(r.baseCode());
            f.add(r.rootCode());
            f.add(r.quadClass() == 0 ? "" : Integer.toString(r.quadClass()));
            f.add(r.goldstein() == null ? "" : r.goldstein());
            f.add(Integer.toString(r.numArticles()));
            f.add(Integer.toString(r.numSources()));
            f.add(Integer.toString(r.numArticles()));
            f.add(""); // AvgTone: etkg keeps no tone
            geo(f, null); // Actor1Geo: where an actor is based, which the facts do not say
            geo(f, null);
            geo(f, r.actionGeo());
            f.add(r.added() == null ? "" : ADDED.format(r.added()));
            f.add(r.sourceUrl() == null ? "" : r.sourceUrl());
            out.write(String.join("\t", f.stream().map(GdeltWriter::clean).toList()));
            out.write('\n');
        }
    }

    private static void actor(List<String> f, EventRow.Actor a) {
        f.add(a == null ? "" : a.code());
        f.add(a == null || a.name() == null ? "" : a.name());
        f.add(a == null || a.countryIso3() == null ? "" : a.countryIso3());
        f.add(""); // KnownGroupCode
        f.add(""); // EthnicCode
        f.add(""); // Religion1Code
        f.add(""); // Religion2Code
        f.add(a == null || a.type1() == null ? "" : a.type1());
        f.add(""); // Type2Code
        f.add(""); // Type3Code
    }

    private static void geo(List<String> f, EventRow.Geo g) {
        if (g == null) {
            f.add("0"); // GDELT writes 0 for no geography
            for (int i = 0; i < 7; i++) {
                f.add("");
            }
            return;
        }
        f.add(Integer.toString(g.type()));
        f.add(g.fullName() == null ? "" : g.fullName());
        f.add(g.countryFips() == null ? "" : g.countryFips());
        f.add(""); // ADM1Code: no first-order division in the facts
        f.add(""); // ADM2Code
        f.add(g.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", g.lat()));
        f.add(g.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", g.lon()));
        f.add(g.featureId() == null ? "" : g.featureId());
    }

    /** No tab or line break may end up inside a field. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
