// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.etkg.draft.DraftedArticle;
import org.etkg.draft.DraftedArticle.Span;
import org.etkg.model.EntityKind;

/** An entity as the stages build it: found, relabelled, given posts and a delegation's country. */
final class EntityBuilder {
    final String id;
    final EntityKind kind;
    String label;
    Span quote;
    final Set<String> altLabels = new LinkedHashSet<>();
    final List<String> holds = new ArrayList<>();
    final List<String> memberOf = new ArrayList<>();
    String postIn;
    String delegationOf;
    final List<String> checks = new ArrayList<>();

    EntityBuilder(String id, EntityKind kind, String label, Span quote) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.quote = quote;
    }

    DraftedArticle.Entity build() {
        List<String> alt = altLabels.stream().filter(a -> !a.equals(label)).toList();
        return new DraftedArticle.Entity(id, kind, label, quote, alt, holds, memberOf, postIn, null, delegationOf, checks);
    }
}
