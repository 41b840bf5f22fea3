package org.coopstats.completeness;

import org.coopstats.i18n.Text;

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
    NONE,
    DRAFT,
    ON_TIME,
    LATE,
    RETURNED,
    ACCEPTED;

    public String code() {
        return name();
    }

    /** The English words, as the CSV file's status_label keeps them. */
    public String label() {
        return label(Text.ENGLISH);
    }

    public String label(Text text) {
        return text.get("completeness.status." + name());
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

    static String choices(Text text) {
        return Arrays.stream(values()).map(status -> status.name() + " (" + status.label(text) + ")")
                .collect(Collectors.joining(text.get("completeness.separator")));
    }
}
