package org.coopstats.system;

import org.coopstats.i18n.Text;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the database refusing a row (a CHECK, foreign-key, unique or not-null rule) into a
 * sentence for the person who sent it, so that no SQL text ever reaches a page or an API answer.
 * The sentences are system.rule.<constraint> in the system bundles.
 */
public final class ConstraintMessages {

    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT [`'\"]?([A-Za-z0-9_]+)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+)'");
    private static final Pattern NULL_COLUMN = Pattern.compile("Column '([A-Za-z0-9_]+)' cannot be null");

    private static final Set<String> EXPLAINED = Set.of(
            "ck_case_line_count", "ck_case_line_dates", "ck_case_line_pending", "ck_case_line_refusal",
            "fk_case_line_return", "ck_case_line_cooperation_type", "ck_case_line_direction",
            "fk_case_line_counterpart", "ck_case_line_legal_basis", "ck_case_line_instrument",
            "ck_case_line_offence", "ck_case_line_electronic_evidence", "ck_case_line_channel",
            "ck_case_line_informal_consultation", "ck_case_line_outcome", "ck_case_line_refusal_ground",
            "ck_reporting_cycle_period", "ck_reporting_cycle_deadline", "uq_reporting_cycle_code",
            "fk_state_return_cycle", "fk_state_return_state", "uq_state_return_version",
            "ck_state_return_status", "ck_state_return_version", "ck_state_return_submitted");

    private ConstraintMessages() {
    }

    /** The plain English message for the data rule the failure broke, if the failure is such a refusal. */
    public static Optional<String> explain(Throwable failure) {
        return explainMessage(failure).map(message -> message.in(Text.ENGLISH));
    }

    /** The same, to be put in the words of whoever reads it. */
    public static Optional<Message> explainMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(messageFor(sql.getMessage()));
            }
        }
        return Optional.empty();
    }

    static Message messageFor(String databaseMessage) {
        String text = databaseMessage == null ? "" : databaseMessage;
        for (Pattern pattern : new Pattern[] {CONSTRAINT, DUPLICATE_KEY}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                String rule = matcher.group(1);
                return EXPLAINED.contains(rule) ? Message.of("system.rule." + rule) : Message.of("system.rule.other", Message.isolated(rule));
            }
        }
        Matcher nullColumn = NULL_COLUMN.matcher(text);
        if (nullColumn.find()) {
            return Message.of("system.rule.required", Message.isolated(nullColumn.group(1)));
        }
        return Message.of("system.rule.unknown");
    }
}
