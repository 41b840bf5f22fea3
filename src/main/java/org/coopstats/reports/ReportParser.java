package org.coopstats.reports;

import org.coopstats.analytics.Dimension;
import org.coopstats.charts.ChartType;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one file into a definition, checking its shape: YAML, known keys, the required ones,
 * text where text is expected, an id equal to the file's name. Whether the measure, dimensions
 * and codes exist is the API's own check (ReportLoader).
 */
final class ReportParser {

    static final List<String> KEYS = List.of("id", "title", "measure", "rows", "cols", "filters", "status", "chart",
            "highlight", "notes");
    private static final String REQUIRED = "id, title, measure, rows, chart and notes";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ReportParser() {
    }

    static ReportDefinition parse(ReportFile file) {
        Map<?, ?> keys = document(file);
        for (Object key : keys.keySet()) {
            if (!KEYS.contains(key)) {
                throw bad(file, "Unknown key \"" + key + "\". The keys are " + String.join(", ", KEYS) + ".");
            }
        }
        String id = required(file, keys, "id");
        if (!id.equals(file.idFromName())) {
            throw bad(file, "The id \"" + id + "\" must be the file's name without .yml, \"" + file.idFromName() + "\".");
        }
        if (!ID.matcher(id).matches()) {
            throw bad(file, "The id \"" + id + "\" may hold only lower-case letters, digits, - and _: it is part of the report's address.");
        }
        String status = optional(file, keys, "status");
        String chart = required(file, keys, "chart");
        if (ChartType.of(chart).isEmpty()) {
            throw bad(file, "Unknown chart type \"" + chart + "\". Chart types: "
                    + Arrays.stream(ChartType.values()).map(ChartType::code).collect(Collectors.joining(", ")) + ".");
        }
        return new ReportDefinition(id, required(file, keys, "title"), required(file, keys, "measure"),
                required(file, keys, "rows"), optional(file, keys, "cols"), filters(file, keys.get("filters")),
                status == null ? "accepted" : status, chart,
                codes(file, "highlight", keys.get("highlight")), required(file, keys, "notes"));
    }

    private static Map<?, ?> document(ReportFile file) {
        Object document;
        try {
            document = yaml().load(file.text());
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw bad(file, "Not valid YAML" + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1)) + ": " + e.getProblem() + ".");
        } catch (YAMLException e) {
            throw bad(file, "Not valid YAML: " + e.getMessage().lines().findFirst().orElse("") + ".");
        }
        if (document == null) {
            throw bad(file, "The file is empty. A report needs " + REQUIRED + ".");
        }
        if (!(document instanceof Map<?, ?> keys)) {
            throw bad(file, "A report is a set of keys, one per line (id: ..., title: ...), not a list or a single value.");
        }
        return keys;
    }

    private static String required(ReportFile file, Map<?, ?> keys, String key) {
        String value = optional(file, keys, key);
        if (value == null) {
            throw bad(file, "The key \"" + key + "\" is missing or empty. Every report needs " + REQUIRED + ".");
        }
        return value;
    }

    private static String optional(ReportFile file, Map<?, ?> keys, String key) {
        Object value = keys.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw bad(file, "\"" + key + "\" must be text"
                    + (value instanceof List ? ", not a list." : value instanceof Map ? ", not a set of keys." : "."));
        }
        return text.isBlank() ? null : text.strip();
    }

    private static Map<String, List<String>> filters(ReportFile file, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> entries)) {
            throw bad(file, "\"filters\" must be a set of dimension: [codes] lines, for example outcome: [REFUSED].");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (var entry : entries.entrySet()) {
            String dimension = String.valueOf(entry.getKey());
            if (Dimension.of(dimension).isEmpty()) {
                throw bad(file, "filters: unknown dimension \"" + dimension + "\". Dimensions: "
                        + Arrays.stream(Dimension.values()).map(Dimension::code).collect(Collectors.joining(", ")) + ".");
            }
            if (dimension.equals(Dimension.CYCLE.code())) {
                // cycles live in the database: a report naming one would stop a fresh service from starting
                throw bad(file, "filters: a report cannot fix the cycle; readers choose it (cycle=2024 on the report's address).");
            }
            filters.put(dimension, codes(file, "filters: " + dimension, entry.getValue()));
        }
        return filters;
    }

    private static List<String> codes(ReportFile file, String what, Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> codes = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String code) || code.isBlank()) {
                throw bad(file, what + " must be a list of codes, for example [BANK_SECRECY, FISCAL_OFFENCE].");
            }
            codes.add(code.strip());
        }
        return List.copyOf(codes);
    }

    private static MalformedReportException bad(ReportFile file, String problem) {
        return new MalformedReportException(file.location(), problem);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions unused = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new TextOnly());
    }

    /** Every plain value is text: YAML 1.1 would read the code NO as false, and codes are text. */
    private static final class TextOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, EMPTY, null);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        }
    }
}
