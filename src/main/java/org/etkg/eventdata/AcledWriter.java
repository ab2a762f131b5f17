package org.etkg.eventdata;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.etkg.export.Csv;

/**
 * Writes the events ACLED covers as rows of ACLED's CSV export: political violence (battles,
 * explosions and remote violence, violence against civilians) and strategic developments such as
 * agreements and arrests, by their CAMEO code. The rest is left out and counted.
 */
public final class AcledWriter {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    /** ACLED's disorder type, event type and sub-event type of a CAMEO code; null where ACLED has none. */
    record Kind(String disorder, String event, String subEvent) {
    }

    static Kind kind(String code) {
        String base = code.length() > 3 ? code.substring(0, 3) : code;
        if (code.equals("195")) {
            return new Kind("Political violence", "Explosions/Remote violence", "Air/drone strike");
        }
        if (base.equals("183")) {
            return new Kind("Political violence", "Explosions/Remote violence",
                    code.equals("1831") ? "Suicide bomb" : "Remote explosive/landmine/IED");
        }
        if (List.of("190", "193", "194", "196").contains(base)) {
            return new Kind("Political violence", "Battles", "Armed clash");
        }
        if (List.of("180", "181", "182", "185", "186").contains(base)) {
            return new Kind("Political violence", "Violence against civilians", base.equals("181") ? "Abduction/forced disappearance" : "Attack");
        }
        if (base.equals("057") || base.equals("019")) {
            return new Kind("Strategic developments", "Strategic developments", "Agreement");
        }
        if (base.equals("173")) {
            return new Kind("Strategic developments", "Strategic developments", "Arrests");
        }
        return null;
    }

    private AcledWriter() {
    }

    /** Writes the header and the rows ACLED covers; returns how many rows were left out. */
    public static int write(List<EventRow> rows, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, COLUMNS);
        int leftOut = 0;
        for (EventRow r : rows) {
            Kind kind = kind(r.cameoCode());
            if (kind == null) {
                leftOut++;
                continue;
            }
            EventRow.Geo geo = r.actionGeo();
            String iso3 = geo == null || geo.countryIso2() == null ? null : org.etkg.model.Countries.table().iso3OfIso2(geo.countryIso2());
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add((iso3 == null ? "XXX" : iso3) + r.globalEventId());
            f.add(r.day().toString());
            f.add(Integer.toString(r.day().getYear()));
            f.add("1"); // the day is known
            f.add(kind.disorder());
            f.add(kind.event());
            f.add(kind.subEvent());
            f.add(name(r.actor1()));
            f.add("");
            f.add("");
            f.add(name(r.actor2()));
            f.add("");
            f.add("");
            f.add("");
            f.add("");
            f.add(""); // iso: ACLED's numeric country code, which the facts do not hold
            f.add("");
            f.add(geo == null || geo.countryIso2() == null ? "" : new Locale("", geo.countryIso2()).getDisplayCountry(Locale.ENGLISH));
            f.add("");
            f.add("");
            f.add("");
            f.add(geo == null || geo.name() == null ? "" : geo.name());
            f.add(geo == null || geo.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", geo.lat()));
            f.add(geo == null || geo.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", geo.lon()));
            f.add(geo == null ? "" : geo.type() == 4 ? "1" : geo.type() == 5 ? "2" : "3");
            f.add(r.sourceUrl() == null ? "" : r.sourceUrl());
            f.add("");
            f.add(r.label() == null ? "" : r.label());
            f.add("");
            f.add("");
            f.add(r.added() == null ? "" : Long.toString(r.added().getEpochSecond()));
            csv.printRecord(f);
        }
        csv.flush();
        return leftOut;
    }

    private static String name(EventRow.Actor a) {
        return a == null || a.name() == null ? "" : a.name();
    }
}
