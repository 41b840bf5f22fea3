package org.coopstats.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** The answer: row and column headings with codes and labels, the cells, and true totals. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnalyticsTable(String measure, @Nullable String rowDimension, @Nullable String colDimension,
                             List<Heading> rows, List<Heading> cols, List<List<BigDecimal>> cells,
                             List<BigDecimal> rowTotals, List<BigDecimal> colTotals, @Nullable BigDecimal total) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Heading(@Nullable String code, String label) {
    }
}
