package org.coopstats.lines;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules every case line meets, whether typed in the form, uploaded in a CSV file or sent
 * to the API. Messages are short plain sentences for someone reading in a second language.
 * Values are only ever compared with lists of codes: a cell like "=SUM(A1)" or "+5" is text
 * that matches no code or number, never something to evaluate.
 */
@Singleton
public class LineRules {

    public static final int MAX_CASES = 100_000;
    public static final int NOTE_LIMIT = 200;
    /** A request dated more than this many years before the period is most likely a typing mistake. */
    static final int YEARS_BEFORE_PERIOD = 5;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final Map<String, String> MISSING = Map.of(
            "cooperation_type", "Choose the type of cooperation.",
            "direction", "Choose whether your State sent the request (outgoing) or received it (incoming).",
            "legal_basis_category", "Choose the legal basis the request relied on.",
            "offence_type", "Choose the offence.",
            "electronic_evidence", "Say whether electronic evidence was involved: YES, NO or UNKNOWN.",
            "channel", "Choose the channel the request went through.",
            "informal_consultation", "Say whether there was informal consultation: YES, NO or UNKNOWN.",
            "outcome", "Choose the outcome at the end of the period.");

    private static final Map<String, String> NAMES = Map.of(
            "cooperation_type", "cooperation type", "direction", "direction", "legal_basis_category", "legal basis",
            "legal_instrument", "named instrument", "offence_type", "offence", "electronic_evidence",
            "electronic evidence", "channel", "channel", "informal_consultation", "informal consultation",
            "outcome", "outcome", "refusal_ground", "refusal ground");

    private final CodeLists codeLists;

    LineRules(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    public LineCheck check(LineInput input, ReturnContext context) {
        Codes codes = codeLists.codes();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> warnings = new LinkedHashMap<>();

        for (var required : MISSING.entrySet()) {
            String column = required.getKey();
            String value = input.get(column);
            if (value.isEmpty()) {
                errors.put(column, required.getValue());
            } else if (!codes.allows(column, value)) {
                errors.put(column, unknownCode(column, value));
            }
        }
        String instrument = input.get("legal_instrument");
        String category = input.get("legal_basis_category");
        if (!instrument.isEmpty()) {
            if (!codes.allows("legal_instrument", instrument)) {
                errors.put("legal_instrument", unknownCode("legal_instrument", instrument));
            } else if (!errors.containsKey("legal_basis_category") && !category.isEmpty()
                    && !category.equals(codes.instrumentCategory().get(instrument))) {
                errors.put("legal_instrument", "\"" + codes.label("legal_instrument", instrument)
                        + "\" is not an instrument of the legal basis \"" + codes.label("legal_basis_category", category)
                        + "\". Choose an instrument of that legal basis, or none.");
            }
        }
        checkRefusal(input, codes, errors);
        checkCounterpart(input.get("counterpart_iso3"), context, codes, errors);
        Integer count = caseCount(input.get("case_count"), errors);
        LocalDate requested = date(input, "requested_on", errors);
        LocalDate completed = date(input, "completed_on", errors);
        if (requested != null && completed != null && completed.isBefore(requested)) {
            errors.put("completed_on", "The completion date (" + completed + ") is earlier than the date of the request ("
                    + requested + "). Check both dates.");
        }
        if (completed != null && "PENDING".equals(input.get("outcome"))) {
            errors.put("completed_on", "A request still pending at the end of the period has no completion date: "
                    + "remove the date or change the outcome.");
        }
        warnIfFarOutside("requested_on", requested, context, warnings);
        warnIfFarOutside("completed_on", completed, context, warnings);
        String note = input.get("note");
        if (note.length() > NOTE_LIMIT) {
            errors.put("note", "Keep the note under " + NOTE_LIMIT + " characters (it has " + note.length() + ").");
        }
        if (!errors.isEmpty()) {
            return new LineCheck(null, errors, warnings);
        }
        return new LineCheck(new CaseLine(input.get("cooperation_type"), input.get("direction"),
                input.orNull("counterpart_iso3"), category, input.orNull("legal_instrument"), input.get("offence_type"),
                input.get("electronic_evidence"), input.get("channel"), input.get("informal_consultation"),
                input.get("outcome"), input.orNull("refusal_ground"), count, requested, completed, input.orNull("note")),
                errors, warnings);
    }

    private static void checkRefusal(LineInput input, Codes codes, Map<String, String> errors) {
        String ground = input.get("refusal_ground");
        boolean refused = "REFUSED".equals(input.get("outcome"));
        if (!ground.isEmpty() && !codes.allows("refusal_ground", ground)) {
            errors.put("refusal_ground", unknownCode("refusal_ground", ground));
        } else if (refused && ground.isEmpty()) {
            errors.put("refusal_ground", "Give the ground for refusal: the outcome is \"Refused\".");
        } else if (!refused && !ground.isEmpty() && !errors.containsKey("outcome")) {
            errors.put("refusal_ground", "Leave the refusal ground empty: the outcome is not \"Refused\".");
        }
    }

    private static void checkCounterpart(String iso3, ReturnContext context, Codes codes, Map<String, String> errors) {
        if (iso3.isEmpty()) {
            return;
        }
        if (!codes.states().containsKey(iso3)) {
            errors.put("counterpart_iso3", "\"" + iso3 + "\" is not a State code. Use the three-letter ISO code, for example BRA.");
        } else if (iso3.equals(context.reporterIso3())) {
            errors.put("counterpart_iso3", "The counterpart cannot be your own State: give the other State in the request.");
        }
    }

    private static Integer caseCount(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            return 1;
        }
        if (WHOLE_NUMBER.matcher(text).matches()) {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= MAX_CASES) {
                return count;
            }
        }
        errors.put("case_count", "The number of cases must be a whole number from 1 to 100,000 (not \"" + text + "\").");
        return null;
    }

    private static LocalDate date(LineInput input, String column, Map<String, String> errors) {
        String text = input.get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                // falls through to the message below
            }
        }
        errors.put(column, "\"" + text + "\" is not a date. Write it as YYYY-MM-DD, for example 2025-03-31.");
        return null;
    }

    private static void warnIfFarOutside(String column, LocalDate date, ReturnContext context, Map<String, String> warnings) {
        if (date == null) {
            return;
        }
        String what = column.equals("requested_on") ? "The request date" : "The completion date";
        if (date.isAfter(context.periodEnd())) {
            warnings.put(column, what + " (" + date + ") is after the end of the period covered (" + context.periodEnd()
                    + "). Check the year.");
        } else if (date.isBefore(context.periodStart().minusYears(YEARS_BEFORE_PERIOD))) {
            warnings.put(column, what + " (" + date + ") is more than " + YEARS_BEFORE_PERIOD
                    + " years before the period covered (from " + context.periodStart() + "). Check the year.");
        }
    }

    private static String unknownCode(String column, String value) {
        String name = NAMES.get(column);
        String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
        return "\"" + value + "\" is not " + article + name + " code. The list of codes shows every allowed value.";
    }
}
