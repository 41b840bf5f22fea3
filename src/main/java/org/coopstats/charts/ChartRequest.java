package org.coopstats.charts;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsRequest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chart's own parameters beside the breakdown's: type, title, row codes to highlight, size in
 * pixels, and the language of its words (lang: ar, zh, en, fr, ru, es; English by default).
 */
public record ChartRequest(@Nullable ChartType type, @Nullable String title, Set<String> highlight, int width, int height,
                           Locale locale) {

    /** The parameter naming the chart's language; not one of the breakdown's. */
    public static final String LANGUAGE = "lang";

    static final int MIN_WIDTH = 300;
    static final int MAX_WIDTH = 2400;
    static final int MIN_HEIGHT = 200;
    static final int MAX_HEIGHT = 1600;
    static final int MAX_TITLE = 200;

    public static ChartRequest parse(Map<String, List<String>> parameters) {
        String type = first(parameters, "chart");
        ChartType chartType = null;
        if (type != null && !type.isBlank()) {
            chartType = ChartType.of(type.strip()).orElseThrow(() -> AnalyticsRequest.Invalid.of(
                    "explore.problem.unknownChart", type));
        }
        String title = first(parameters, "title");
        if (title != null && title.length() > MAX_TITLE) {
            throw AnalyticsRequest.Invalid.of("explore.problem.titleTooLong", MAX_TITLE);
        }
        String highlight = first(parameters, "highlight");
        Set<String> highlighted = highlight == null ? Set.of() : Arrays.stream(highlight.split(","))
                .map(String::strip).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
        return new ChartRequest(chartType, title, highlighted,
                size(parameters, "width", ChartRenderer.WIDTH, MIN_WIDTH, MAX_WIDTH),
                size(parameters, "height", ChartRenderer.HEIGHT, MIN_HEIGHT, MAX_HEIGHT),
                language(first(parameters, LANGUAGE)));
    }

    /** The parameters without the chart's language, for the breakdown to read. */
    public static Map<String, List<String>> breakdownParameters(Map<String, List<String>> parameters) {
        Map<String, List<String>> breakdown = new LinkedHashMap<>(parameters);
        breakdown.remove(LANGUAGE);
        return breakdown;
    }

    private static Locale language(String code) {
        if (code == null || code.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        if (!ChartWords.LANGUAGES.contains(language)) {
            throw new AnalyticsRequest.Invalid("Unknown language \"" + code + "\". Languages: "
                    + String.join(", ", ChartWords.LANGUAGES) + ".");
        }
        return Locale.forLanguageTag(language);
    }

    private static int size(Map<String, List<String>> parameters, String name, int otherwise, int min, int max) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= min && size <= max) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw AnalyticsRequest.Invalid.of("explore.problem.pixels", name, min, max);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
