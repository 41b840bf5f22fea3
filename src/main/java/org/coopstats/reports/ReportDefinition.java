package org.coopstats.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One standard report as its file in reports/ declares it: a breakdown of /api/analytics (the
 * same codes) with a title, a chart type and a method note for readers. Highlighted codes are
 * codes of the rows dimension that a chart draws apart (refusals the Convention forbids).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportDefinition(String id, String title, String measure, String rows, @Nullable String cols,
                               Map<String, List<String>> filters, String status, String chart,
                               List<String> highlight, String notes) {

    /** The query parameters of /api/analytics that give this report's table. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("measure", List.of(measure));
        parameters.put("rows", List.of(rows));
        if (cols != null) {
            parameters.put("cols", List.of(cols));
        }
        parameters.put("status", List.of(status));
        parameters.putAll(filters);
        return parameters;
    }
}
