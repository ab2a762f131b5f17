package org.etkg.eventdata;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event (one identity cluster, reported by one or more articles) as the event datasets see
 * it: a day, a CAMEO code, two actors, a place. Fields are null where the facts say nothing.
 */
public record EventRow(String iri, String label, long globalEventId, LocalDate day, String cameoCode, int quadClass,
                       String goldstein, boolean root, Actor actor1, Actor actor2, Geo actionGeo,
                       int numArticles, int numSources, Instant added, String sourceUrl) {

    /** An actor: its name, and its CAMEO actor code parts where the facts give them. */
    public record Actor(String name, String countryIso3, String type1) {
        /** The CAMEO actor code: country and role ("PAKGOV"), or the country alone, or nothing. */
        public String code() {
            return (countryIso3 == null ? "" : countryIso3) + (type1 == null ? "" : type1);
        }
    }

    /**
     * A place as GDELT writes it: type (1 country, 4 world city, 5 first-order division), name, full name,
     * country (ISO 3166-1 and FIPS 10-4), coordinates and feature id (GeoNames here) where known.
     */
    public record Geo(int type, String name, String fullName, String countryIso2, String countryFips, Double lat, Double lon,
                      String featureId) {
    }

    public String baseCode() {
        return cameoCode.length() > 3 ? cameoCode.substring(0, 3) : cameoCode;
    }

    public String rootCode() {
        return cameoCode.substring(0, 2);
    }
}
