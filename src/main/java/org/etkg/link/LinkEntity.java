package org.etkg.link;

import java.util.List;
import java.util.Set;

/**
 * An entity on either side of a link: its labels (the first preferred), its kind, and the
 * context that can confirm or contradict a match (countries, posts or positions held).
 *
 * @param country      IRIs of the country it is in or belongs to (Wikidata or GeoNames)
 * @param isCountry    whether it is itself a country
 * @param positions    labels of posts held (ours) or positions and occupations (target)
 * @param hasOccupation whether the target states an occupation or position at all
 */
public record LinkEntity(String iri, LinkType kind, List<String> labels, Set<String> country, boolean isCountry,
                         List<String> positions, boolean hasOccupation, String description) {
    public LinkEntity {
        labels = List.copyOf(labels);
        country = Set.copyOf(country);
        positions = List.copyOf(positions);
    }

    public String label() {
        return labels.isEmpty() ? iri : labels.get(0);
    }
}
