// SPDX-License-Identifier: GPL-3.0-or-later
// Part of etkg's drafting module, which links Stanford CoreNLP (GPL-3.0-or-later).
package org.etkg.draft.corenlp;

import java.util.Map;
import java.util.Set;
import org.etkg.model.Modality;

/** The words the drafter reads events, statements, modality and nationality from. */
final class Lexicon {
    private Lexicon() {
    }

    /** Lemma of a trigger word to the ontology's event type. */
    static final Map<String, String> EVENT_TRIGGERS = Map.ofEntries(
            Map.entry("visit", "visit"), Map.entry("trip", "visit"), Map.entry("arrive", "visit"),
            Map.entry("travel", "visit"), Map.entry("tour", "visit"), Map.entry("reach", "visit"),
            Map.entry("pressure", "pressure"), Map.entry("tension", "tension"), Map.entry("shift", "policy-shift"),
            Map.entry("crisis", "economic-crisis"),
            Map.entry("meet", "meeting"), Map.entry("meeting", "meeting"), Map.entry("receive", "meeting"),
            Map.entry("host", "meeting"), Map.entry("discuss", "meeting"), Map.entry("talk", "meeting"),
            Map.entry("negotiation", "meeting"), Map.entry("sit", "meeting"),
            // "The commerce ministers of the two countries will consult before Eid-ul-Fitr" (dev: sadiq-kabul-wire)
            Map.entry("consult", "meeting"), Map.entry("round", "committee-round"), Map.entry("session", "committee-round"),
            Map.entry("agree", "agreement"), Map.entry("sign", "agreement"),
            Map.entry("attack", "attack"), Map.entry("bombing", "attack"), Map.entry("ambush", "attack"),
            Map.entry("airstrike", "airstrike"), Map.entry("strike", "airstrike"), Map.entry("bomb", "airstrike"),
            Map.entry("suspend", "suspension"), Map.entry("suspension", "suspension"), Map.entry("halt", "suspension"),
            Map.entry("designate", "designation"));

    /** Lemma of a verb that reports speech to the statement type it makes. */
    static final Map<String, String> SPEECH_VERBS = Map.ofEntries(
            Map.entry("say", "statement"), Map.entry("state", "statement"), Map.entry("tell", "statement"),
            Map.entry("add", "statement"), Map.entry("note", "observation"), Map.entry("stress", "statement"),
            Map.entry("emphasise", "statement"), Map.entry("emphasize", "statement"), Map.entry("announce", "statement"),
            Map.entry("declare", "statement"), Map.entry("describe", "assessment"), Map.entry("claim", "allegation"),
            Map.entry("urge", "appeal"), Map.entry("ask", "appeal"), Map.entry("appeal", "appeal"),
            Map.entry("call", "appeal"), Map.entry("demand", "appeal"), Map.entry("request", "appeal"),
            Map.entry("accuse", "allegation"), Map.entry("allege", "allegation"), Map.entry("blame", "allegation"),
            Map.entry("promise", "promise"), Map.entry("pledge", "promise"), Map.entry("vow", "promise"),
            Map.entry("acknowledge", "acknowledgement"), Map.entry("observe", "observation"),
            Map.entry("warn", "statement"), Map.entry("write", "statement"), Map.entry("post", "statement"),
            Map.entry("tweet", "statement"), Map.entry("assure", "promise"), Map.entry("express", "statement"),
            Map.entry("decline", "decline-comment"), Map.entry("refrain", "decline-comment"));

    /** Words that set a statement's modality, strongest first. */
    static final Map<String, Modality> MODALITY_WORDS = Map.ofEntries(
            Map.entry("allegedly", Modality.ALLEGED), Map.entry("alleged", Modality.ALLEGED), Map.entry("accuse", Modality.ALLEGED),
            Map.entry("allege", Modality.ALLEGED), Map.entry("claim", Modality.ALLEGED),
            Map.entry("promise", Modality.PROMISED), Map.entry("pledge", Modality.PROMISED), Map.entry("vow", Modality.PROMISED),
            Map.entry("assure", Modality.PROMISED),
            Map.entry("would", Modality.EXPECTED), Map.entry("will", Modality.EXPECTED), Map.entry("expect", Modality.EXPECTED),
            Map.entry("plan", Modality.EXPECTED),
            Map.entry("observe", Modality.OBSERVED), Map.entry("note", Modality.OBSERVED), Map.entry("notice", Modality.OBSERVED),
            Map.entry("assess", Modality.ASSESSED), Map.entry("believe", Modality.ASSESSED), Map.entry("describe", Modality.ASSESSED),
            Map.entry("appear", Modality.ASSESSED), Map.entry("likely", Modality.ASSESSED),
            Map.entry("reportedly", Modality.REPORTED));
    static final java.util.List<Modality> MODALITY_ORDER = java.util.List.of(Modality.ALLEGED, Modality.PROMISED,
            Modality.EXPECTED, Modality.OBSERVED, Modality.ASSESSED, Modality.REPORTED);

    /** Heads of names of committees, agreements and other organisations that NER often splits or misses. */
    static final Map<String, String> NAME_HEADS = Map.ofEntries(
            Map.entry("Committee", "committee"), Map.entry("Commission", "committee"), Map.entry("Council", "organization"),
            Map.entry("Agreement", "agreement"), Map.entry("Treaty", "agreement"), Map.entry("Accord", "agreement"),
            Map.entry("Accords", "agreement"), Map.entry("Ministry", "organization"), Map.entry("Office", "organization"),
            Map.entry("Movement", "group"), Map.entry("Front", "group"), Map.entry("Army", "organization"),
            Map.entry("Forces", "organization"), Map.entry("Party", "organization"), Map.entry("Assembly", "organization"),
            Map.entry("Tribune", "newspaper"), Map.entry("Times", "newspaper"), Map.entry("News", "newspaper"),
            Map.entry("Post", "newspaper"), Map.entry("Dawn", "newspaper"));

    /** Nationality adjectives to countries' names. */
    static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("Afghan", "Afghanistan"), Map.entry("Pakistani", "Pakistan"), Map.entry("Indian", "India"),
            Map.entry("Iranian", "Iran"), Map.entry("Chinese", "China"), Map.entry("American", "United States"),
            Map.entry("Russian", "Russia"), Map.entry("Qatari", "Qatar"), Map.entry("Turkish", "Turkey"),
            Map.entry("Saudi", "Saudi Arabia"), Map.entry("Uzbek", "Uzbekistan"), Map.entry("Tajik", "Tajikistan"),
            Map.entry("British", "United Kingdom"), Map.entry("Emirati", "United Arab Emirates"),
            // "Malaysian Prime Minister Anwar Ibrahim", "Cambodian Prime Minister Hun Manet" (dev: putrajaya-ceasefire-wire),
            // whose posts went to the country named last
            Map.entry("Malaysian", "Malaysia"), Map.entry("Cambodian", "Cambodia"));

    /** Bodies a nationality names: "the Afghan foreign ministry", "the Pakistani government". */
    static final Set<String> NATIONAL_BODIES = Set.of("ministry", "government", "embassy", "army", "military",
            "administration", "authorities", "parliament", "cabinet", "consulate");

    /** "his talks in Kabul" (dev: tv-kabul-ttp-flexibility): the person named last. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
    static final Set<String> REFERRING_DETERMINERS = Set.of("the", "this", "these", "that", "those", "its", "their");
}
