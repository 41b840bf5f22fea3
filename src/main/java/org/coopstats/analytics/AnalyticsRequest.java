package org.coopstats.analytics;

import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a breakdown from query parameters: measure, rows, cols, status, and any dimension's
 * code as a filter with one or more comma-separated codes. A mistake is a sentence saying what
 * is wrong and what is allowed.
 */
@Singleton
public class AnalyticsRequest {

    /** Parameters that shape the answer rather than filter the lines (chart ones are read by charts/). */
    static final Set<String> CONTROL = Set.of("measure", "rows", "cols", "status", "basis", "format", "bom",
            "chart", "title", "highlight", "width", "height");

    private final Labels labels;

    AnalyticsRequest(Labels labels) {
        this.labels = labels;
    }

    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public AnalyticsQuery parse(Map<String, List<String>> parameters) {
        Measure measure = Measure.of(single(parameters, "measure", "cases")).orElseThrow(() -> new Invalid(
                "Unknown measure \"" + single(parameters, "measure", "") + "\". Measures: " + allowed(Measure.values()) + "."));
        Dimension rows = dimension(parameters, "rows");
        Dimension cols = dimension(parameters, "cols");
        if (rows == null && cols != null) {
            throw new Invalid("Give rows before cols: a table with columns needs rows.");
        }
        if (rows != null && rows == cols) {
            throw new Invalid("Rows and cols must be two different dimensions.");
        }
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        for (var parameter : parameters.entrySet()) {
            if (CONTROL.contains(parameter.getKey())) {
                continue;
            }
            Dimension dimension = Dimension.of(parameter.getKey()).orElseThrow(() -> new Invalid(
                    "Unknown parameter \"" + parameter.getKey() + "\". Filters are dimensions: " + allowed(Dimension.values())
                            + "; the other parameters are measure, rows, cols, status, basis, format, bom, and for charts chart, title, highlight, width and height."));
            Set<String> codes = new LinkedHashSet<>();
            parameter.getValue().forEach(value -> Arrays.stream(value.split(",")).map(String::strip)
                    .filter(code -> !code.isEmpty()).forEach(codes::add));
            for (String code : codes) {
                if (!labels.knows(dimension, code)) {
                    throw new Invalid("\"" + code + "\" is not a code of " + dimension.code()
                            + ", so this filter would match nothing. The codes are listed at /api/taxonomies and /api/states.");
                }
            }
            if (!codes.isEmpty()) {
                filters.put(dimension, codes);
            }
        }
        String status = single(parameters, "status", "accepted");
        Set<String> statuses = switch (status) {
            case "accepted" -> Set.of("ACCEPTED");
            case "submitted" -> Set.of("ACCEPTED", "SUBMITTED");
            default -> throw new Invalid("Unknown status \"" + status + "\". Use accepted (the default) or submitted "
                    + "(accepted returns and those waiting for review).");
        };
        String basis = single(parameters, "basis", "");
        if (basis.isEmpty()) {
            basis = AnalyticsQuery.CONVENTION;
        } else if (measure != Measure.CONVENTION_SHARE) {
            throw new Invalid("basis chooses the legal basis whose share convention_share gives; it means nothing for "
                    + measure.code() + ".");
        } else if (!labels.knows(Dimension.LEGAL_BASIS, basis)) {
            throw new Invalid("\"" + basis + "\" is not a legal-basis category. The categories are listed at /api/taxonomies.");
        }
        return new AnalyticsQuery(measure, rows, cols, filters, statuses, basis);
    }

    private static Dimension dimension(Map<String, List<String>> parameters, String axis) {
        String code = single(parameters, axis, "");
        if (code.isEmpty()) {
            return null;
        }
        if (code.contains(",")) {
            throw new Invalid("One dimension per axis: at most two dimensions, as rows and cols.");
        }
        return Dimension.of(code).orElseThrow(() -> new Invalid(
                "Unknown dimension \"" + code + "\" for " + axis + ". Dimensions: " + allowed(Dimension.values()) + "."));
    }

    private static String single(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return otherwise;
        }
        if (values.size() > 1) {
            throw new Invalid("Give " + name + " once.");
        }
        return values.get(0).strip();
    }

    private static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value instanceof Measure m ? m.code() : ((Dimension) value).code())
                .collect(Collectors.joining(", "));
    }
}
