package org.coopstats.lines;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules every case line meets, whether typed in the form, uploaded in a CSV file or sent
 * to the API. Messages are short plain sentences for someone reading in a second language, kept
 * as keys of i18n/lines_*.properties with their arguments so each reader gets them in their language.
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

    /** The columns every line needs, in the order of the form; the message for each is lines.missing.<column>. */
    private static final List<String> REQUIRED = List.of("cooperation_type", "direction", "offence_type", "channel",
            "legal_basis_category", "outcome", "electronic_evidence", "informal_consultation");

    private static final List<String> FORM_ORDER = List.of("cooperation_type", "direction", "counterpart_iso3",
            "offence_type", "channel", "legal_basis_category", "legal_instrument", "outcome", "refusal_ground",
            "electronic_evidence", "informal_consultation", "case_count", "requested_on", "completed_on", "note");

    private static final Message.Code REFUSED = new Message.Code("outcome", "REFUSED");

    private final CodeLists codeLists;

    LineRules(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    public LineCheck check(LineInput input, ReturnContext context) {
        Codes codes = codeLists.codes();
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Message> warnings = new LinkedHashMap<>();

        for (String column : REQUIRED) {
            String value = input.get(column);
            if (value.isEmpty()) {
                errors.put(column, Message.of("lines.missing." + column));
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
                errors.put("legal_instrument", Message.of("lines.instrumentOfOtherBasis",
                        new Message.Code("legal_instrument", instrument), new Message.Code("legal_basis_category", category)));
            }
        }
        checkRefusal(input, codes, errors);
        checkCounterpart(input.get("counterpart_iso3"), context, codes, errors);
        Integer count = caseCount(input.get("case_count"), errors);
        LocalDate requested = date(input, "requested_on", errors);
        LocalDate completed = date(input, "completed_on", errors);
        if (requested != null && completed != null && completed.isBefore(requested)) {
            errors.put("completed_on", Message.of("lines.completedBeforeRequest", completed.toString(), requested.toString()));
        }
        if (completed != null && "PENDING".equals(input.get("outcome"))) {
            errors.put("completed_on", Message.of("lines.completedWhilePending"));
        }
        warnIfFarOutside("requested_on", requested, context, warnings);
        warnIfFarOutside("completed_on", completed, context, warnings);
        String note = input.get("note");
        if (note.length() > NOTE_LIMIT) {
            errors.put("note", Message.of("lines.noteTooLong", NOTE_LIMIT, note.length()));
        }
        if (!errors.isEmpty()) {
            return new LineCheck(null, inFormOrder(errors), warnings);
        }
        return new LineCheck(new CaseLine(input.get("cooperation_type"), input.get("direction"),
                input.orNull("counterpart_iso3"), category, input.orNull("legal_instrument"), input.get("offence_type"),
                input.get("electronic_evidence"), input.get("channel"), input.get("informal_consultation"),
                input.get("outcome"), input.orNull("refusal_ground"), count, requested, completed, input.orNull("note")),
                errors, warnings);
    }

    private static void checkRefusal(LineInput input, Codes codes, Map<String, Message> errors) {
        String ground = input.get("refusal_ground");
        boolean refused = "REFUSED".equals(input.get("outcome"));
        if (!ground.isEmpty() && !codes.allows("refusal_ground", ground)) {
            errors.put("refusal_ground", unknownCode("refusal_ground", ground));
        } else if (refused && ground.isEmpty()) {
            errors.put("refusal_ground", Message.of("lines.refusalGroundMissing", REFUSED));
        } else if (!refused && !ground.isEmpty() && !errors.containsKey("outcome")) {
            errors.put("refusal_ground", Message.of("lines.refusalGroundNotRefused", REFUSED));
        }
    }

    private static void checkCounterpart(String iso3, ReturnContext context, Codes codes, Map<String, Message> errors) {
        if (iso3.isEmpty()) {
            return;
        }
        if (!codes.states().containsKey(iso3)) {
            errors.put("counterpart_iso3", Message.of("lines.unknownState", iso3));
        } else if (iso3.equals(context.reporterIso3())) {
            errors.put("counterpart_iso3", Message.of("lines.ownState"));
        }
    }

    private static Integer caseCount(String text, Map<String, Message> errors) {
        if (text.isEmpty()) {
            return 1;
        }
        if (WHOLE_NUMBER.matcher(text).matches()) {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= MAX_CASES) {
                return count;
            }
        }
        errors.put("case_count", Message.of("lines.caseCountInvalid", 1, MAX_CASES, text));
        return null;
    }

    private static LocalDate date(LineInput input, String column, Map<String, Message> errors) {
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
        errors.put(column, Message.of("lines.notADate", text));
        return null;
    }

    /** Dates are said as typed (ISO), so the officer compares them with the field and the period at a glance. */
    private static void warnIfFarOutside(String column, LocalDate date, ReturnContext context, Map<String, Message> warnings) {
        if (date == null) {
            return;
        }
        if (date.isAfter(context.periodEnd())) {
            warnings.put(column, Message.of("lines.afterPeriod." + column, date.toString(), context.periodEnd().toString()));
        } else if (date.isBefore(context.periodStart().minusYears(YEARS_BEFORE_PERIOD))) {
            warnings.put(column, Message.of("lines.beforePeriod." + column, date.toString(),
                    new Message.Count("lines.years", YEARS_BEFORE_PERIOD), context.periodStart().toString()));
        }
    }

    /** The form's order, so the summary of problems reads from the top of the form down. */
    private static Map<String, Message> inFormOrder(Map<String, Message> errors) {
        Map<String, Message> ordered = new LinkedHashMap<>();
        for (String column : FORM_ORDER) {
            Message message = errors.get(column);
            if (message != null) {
                ordered.put(column, message);
            }
        }
        return ordered;
    }

    private static Message unknownCode(String column, String value) {
        return Message.of("lines.unknownCode." + column, value);
    }
}
