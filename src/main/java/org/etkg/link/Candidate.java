package org.etkg.link;

import java.util.List;

/**
 * A proposed identity link, with its score and the evidence for it: which labels matched
 * and how, and what context agreed or disagreed.
 */
public record Candidate(LinkEntity ours, LinkEntity target, double score, Status status,
                        String ourLabel, String targetLabel, String labelMethod, double labelScore,
                        List<String> context) {
    public enum Status {
        ACCEPTED, REVIEW;

        public String key() {
            return name().toLowerCase();
        }
    }

    public Candidate {
        context = List.copyOf(context);
    }

    /** One line of evidence: "same label “Kabul”; country agrees (wd:Q889)". */
    public String method() {
        StringBuilder sb = new StringBuilder(labelMethod).append(" “").append(ourLabel).append("”");
        if (!ourLabel.equals(targetLabel)) {
            sb.append(" ~ “").append(targetLabel).append("”");
        }
        for (String c : context) {
            sb.append("; ").append(c);
        }
        return sb.toString();
    }
}
