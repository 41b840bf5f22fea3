package org.coopstats.completeness;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a State party stands in a cycle, in the words an analyst uses. Submitted returns are
 * split by the deadline; accepted ones are not, since once accepted the question is settled
 * (the late flag still travels in the CSV and the list).
 */
public enum CompletenessStatus {
    NONE("No return"),
    DRAFT("Draft, not submitted"),
    ON_TIME("Submitted on time"),
    LATE("Submitted late"),
    RETURNED("Returned for correction"),
    ACCEPTED("Accepted");

    private final String label;

    CompletenessStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** Waiting for the Secretariat's decision. */
    public boolean awaitsReview() {
        return this == ON_TIME || this == LATE;
    }

    static CompletenessStatus of(String returnStatus, boolean late) {
        return switch (returnStatus) {
            case "DRAFT" -> DRAFT;
            case "SUBMITTED" -> late ? LATE : ON_TIME;
            case "RETURNED" -> RETURNED;
            case "ACCEPTED" -> ACCEPTED;
            default -> throw new IllegalStateException("unknown return status " + returnStatus);
        };
    }

    static Optional<CompletenessStatus> parse(String code) {
        return Arrays.stream(values()).filter(status -> status.name().equals(code.trim().toUpperCase(Locale.ROOT))).findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(status -> status.name() + " (" + status.label + ")")
                .collect(Collectors.joining(", "));
    }
}
