package org.coopstats.completeness;

import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.i18n.Text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A cycle's States parties with their status, counted by region and status. The counts are
 * made from the same list the page shows, so the table and the list cannot disagree.
 */
public record CompletenessReport(CycleRef cycle, List<RegionRef> regions, List<StateCompleteness> states) {

    public List<CompletenessStatus> statuses() {
        return Arrays.asList(CompletenessStatus.values());
    }

    public int count(String regionCode, CompletenessStatus status) {
        return (int) states.stream().filter(s -> s.regionCode().equals(regionCode) && s.status() == status).count();
    }

    public int regionTotal(String regionCode) {
        return (int) states.stream().filter(s -> s.regionCode().equals(regionCode)).count();
    }

    public int statusTotal(CompletenessStatus status) {
        return (int) states.stream().filter(s -> s.status() == status).count();
    }

    public int total() {
        return states.size();
    }

    /** States that sent a return, whatever happened to it since. */
    public int submitted() {
        return total() - statusTotal(CompletenessStatus.NONE) - statusTotal(CompletenessStatus.DRAFT);
    }

    public int submittedLate() {
        return (int) states.stream().filter(s -> s.late() && s.status() != CompletenessStatus.NONE
                && s.status() != CompletenessStatus.DRAFT).count();
    }

    public List<StateCompleteness> filtered(CompletenessFilter filter) {
        return states.stream().filter(filter::accepts).toList();
    }

    /** Regions by status, statuses in this order, as an analytics table (measure: States): the shape charts draw. */
    public AnalyticsTable table(List<CompletenessStatus> statuses, Text text) {
        List<AnalyticsTable.Heading> rows = regions.stream()
                .map(region -> new AnalyticsTable.Heading(region.code(), region.label())).toList();
        List<AnalyticsTable.Heading> cols = statuses.stream()
                .map(status -> new AnalyticsTable.Heading(status.code(), status.label(text))).toList();
        List<List<BigDecimal>> cells = regions.stream()
                .map(region -> statuses.stream().map(status -> number(count(region.code(), status))).toList())
                .toList();
        return new AnalyticsTable("states", "region", "status", rows, cols, cells,
                regions.stream().map(region -> number(regionTotal(region.code()))).toList(),
                statuses.stream().map(status -> number(statusTotal(status))).toList(),
                number(total()));
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }
}
