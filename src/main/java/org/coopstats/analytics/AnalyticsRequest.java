package org.coopstats.analytics;

import jakarta.inject.Singleton;
import org.coopstats.i18n.Text;

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

    /**
     * What is wrong with a request. A problem made with of(key, arguments) can be said in any of the six
     * languages (message(Text)) for the analyst page; its English, from the bundle, is the message the
     * JSON API answers with.
     */
    public static final class Invalid extends RuntimeException {
        private final String key;
        private final Object[] arguments;

        public Invalid(String message) {
            this(message, null, new Object[0]);
        }

        private Invalid(String message, String key, Object[] arguments) {
            super(message, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }

        /** A problem in the words of i18n/explore_*.properties (explore.problem.*), its arguments codes or numbers. */
        public static Invalid of(String key, Object... arguments) {
            return new Invalid(Text.ENGLISH.get(key, arguments), key, arguments);
        }

        public String message(Text text) {
            return key == null ? getMessage() : text.get(key, arguments);
        }
    }

    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public AnalyticsQuery parse(Map<String, List<String>> parameters) {
        Measure measure = Measure.of(single(parameters, "measure", "cases")).orElseThrow(() -> Invalid.of(
                "explore.problem.unknownMeasure", single(parameters, "measure", ""), allowed(Measure.values())));
        Dimension rows = dimension(parameters, "rows");
        Dimension cols = dimension(parameters, "cols");
        if (rows == null && cols != null) {
            throw Invalid.of("explore.problem.colsWithoutRows");
        }
        if (rows != null && rows == cols) {
            throw Invalid.of("explore.problem.sameDimension");
        }
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        for (var parameter : parameters.entrySet()) {
            if (CONTROL.contains(parameter.getKey())) {
                continue;
            }
            Dimension dimension = Dimension.of(parameter.getKey()).orElseThrow(() -> Invalid.of(
                    "explore.problem.unknownParameter", parameter.getKey(), allowed(Dimension.values())));
            Set<String> codes = new LinkedHashSet<>();
            parameter.getValue().forEach(value -> Arrays.stream(value.split(",")).map(String::strip)
                    .filter(code -> !code.isEmpty()).forEach(codes::add));
            for (String code : codes) {
                if (!labels.knows(dimension, code)) {
                    throw Invalid.of("explore.problem.unknownCode", code, dimension.code());
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
            default -> throw Invalid.of("explore.problem.unknownStatus", status);
        };
        String basis = single(parameters, "basis", "");
        if (basis.isEmpty()) {
            basis = AnalyticsQuery.CONVENTION;
        } else if (measure != Measure.CONVENTION_SHARE) {
            throw Invalid.of("explore.problem.basisWithoutShare", measure.code());
        } else if (!labels.knows(Dimension.LEGAL_BASIS, basis)) {
            throw Invalid.of("explore.problem.unknownBasis", basis);
        }
        return new AnalyticsQuery(measure, rows, cols, filters, statuses, basis);
    }

    private static Dimension dimension(Map<String, List<String>> parameters, String axis) {
        String code = single(parameters, axis, "");
        if (code.isEmpty()) {
            return null;
        }
        if (code.contains(",")) {
            throw Invalid.of("explore.problem.oneDimensionPerAxis");
        }
        return Dimension.of(code).orElseThrow(() -> Invalid.of(
                "explore.problem.unknownDimension", code, axis, allowed(Dimension.values())));
    }

    private static String single(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return otherwise;
        }
        if (values.size() > 1) {
            throw Invalid.of("explore.problem.once", name);
        }
        return values.get(0).strip();
    }

    private static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value instanceof Measure m ? m.code() : ((Dimension) value).code())
                .collect(Collectors.joining(", "));
    }
}
