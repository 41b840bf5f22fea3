package org.coopstats.system;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the database refusing a row (a CHECK, foreign-key, unique or not-null rule) into a
 * sentence for the person who sent it, so that no SQL text ever reaches a page or an API answer.
 */
public final class ConstraintMessages {

    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT [`'\"]?([A-Za-z0-9_]+)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+)'");
    private static final Pattern NULL_COLUMN = Pattern.compile("Column '([A-Za-z0-9_]+)' cannot be null");

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("ck_case_line_count", "The number of cases must be a whole number from 1 to 100,000."),
            Map.entry("ck_case_line_dates", "The completion date cannot be earlier than the date of the request."),
            Map.entry("ck_case_line_pending", "A request still pending at the end of the period cannot have a completion date."),
            Map.entry("ck_case_line_refusal", "Give a refusal ground when the outcome is \"Refused\", and leave it empty for any other outcome."),
            Map.entry("fk_case_line_return", "The return this line belongs to does not exist."),
            Map.entry("ck_case_line_cooperation_type", "The cooperation type is not one of the allowed codes."),
            Map.entry("ck_case_line_direction", "The direction must be OUTGOING or INCOMING."),
            Map.entry("fk_case_line_counterpart", "The counterpart State is not a known ISO 3166 alpha-3 code."),
            Map.entry("ck_case_line_legal_basis", "The legal basis is not one of the allowed codes."),
            Map.entry("ck_case_line_instrument", "The named instrument is unknown or does not belong to the chosen legal basis."),
            Map.entry("ck_case_line_offence", "The offence is not one of the allowed codes."),
            Map.entry("ck_case_line_electronic_evidence", "Electronic evidence must be YES, NO or UNKNOWN."),
            Map.entry("ck_case_line_channel", "The channel is not one of the allowed codes."),
            Map.entry("ck_case_line_informal_consultation", "Informal consultation must be YES, NO or UNKNOWN."),
            Map.entry("ck_case_line_outcome", "The outcome is not one of the allowed codes."),
            Map.entry("ck_case_line_refusal_ground", "The refusal ground is not one of the allowed codes."),
            Map.entry("ck_reporting_cycle_period", "The end of the period covered cannot be before its start."),
            Map.entry("ck_reporting_cycle_deadline", "The deadline cannot be before the opening date."),
            Map.entry("uq_reporting_cycle_code", "A reporting cycle with this name already exists."),
            Map.entry("fk_state_return_cycle", "The reporting cycle does not exist."),
            Map.entry("fk_state_return_state", "The State is not a known ISO 3166 alpha-3 code."),
            Map.entry("uq_state_return_version", "This State already has a return of this version for this cycle."),
            Map.entry("ck_state_return_status", "The status of a return must be DRAFT, SUBMITTED, RETURNED or ACCEPTED."),
            Map.entry("ck_state_return_version", "The version of a return starts at 1."),
            Map.entry("ck_state_return_submitted", "A return that is not a draft needs its submission time."));

    private ConstraintMessages() {
    }

    /** The plain message for the data rule the failure broke, if the failure is such a refusal. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(messageFor(sql.getMessage()));
            }
        }
        return Optional.empty();
    }

    static String messageFor(String databaseMessage) {
        String text = databaseMessage == null ? "" : databaseMessage;
        for (Pattern pattern : new Pattern[] {CONSTRAINT, DUPLICATE_KEY}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                String rule = matcher.group(1);
                return MESSAGES.getOrDefault(rule, "The data was refused because it breaks the rule \"" + rule + "\".");
            }
        }
        Matcher nullColumn = NULL_COLUMN.matcher(text);
        if (nullColumn.find()) {
            return "The field \"" + nullColumn.group(1) + "\" is required.";
        }
        return "The data was refused because it breaks a rule of the data model.";
    }
}
