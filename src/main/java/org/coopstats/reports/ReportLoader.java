package org.coopstats.reports;

import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.charts.ChartType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every definition or none: the first file that cannot be used stops the loading with a
 * message naming it. Measures, dimensions, filter codes and status go through AnalyticsRequest,
 * so a report is held to exactly the rules of /api/analytics; the chart rules are checked here.
 */
final class ReportLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLoader.class);

    private final AnalyticsRequest requests;

    ReportLoader(AnalyticsRequest requests) {
        this.requests = requests;
    }

    List<ReportDefinition> load(List<ReportFile> files) {
        Map<String, ReportFile> byId = new HashMap<>();
        List<ReportDefinition> definitions = new ArrayList<>();
        for (ReportFile file : files) {
            ReportDefinition definition = ReportParser.parse(file);
            ReportFile earlier = byId.putIfAbsent(definition.id(), file);
            if (earlier != null) {
                throw new MalformedReportException(file.location(), "The id \"" + definition.id() + "\" is already the id of "
                        + earlier.location() + ". Each report needs its own id.");
            }
            definitions.add(definition);
        }
        try {
            for (ReportDefinition definition : definitions) {
                check(byId.get(definition.id()), definition);
            }
        } catch (RuntimeException e) {
            if (!databaseDown(e)) {
                throw e;
            }
            // Only a service started to tolerate a missing database gets here (the migrations need it
            // otherwise); its queries fail anyway until the database answers.
            LOG.warn("Report codes not checked: the database does not answer ({}).", e.getMessage());
        }
        return List.copyOf(definitions);
    }

    private void check(ReportFile file, ReportDefinition definition) {
        AnalyticsQuery query;
        try {
            query = requests.parse(definition.parameters());
        } catch (AnalyticsRequest.Invalid invalid) {
            throw new MalformedReportException(file.location(), invalid.getMessage());
        }
        ChartType chart = ChartType.of(definition.chart()).orElseThrow();
        if (chart == ChartType.LINE && !"cycle".equals(definition.rows())) {
            throw new MalformedReportException(file.location(), "A line chart runs over the reporting cycles: give rows: cycle, "
                    + "or choose chart: bar.");
        }
        if ((chart == ChartType.STACKED || chart == ChartType.STACKED_PERCENT) && definition.cols() == null) {
            throw new MalformedReportException(file.location(), "A stacked chart stacks the codes of cols: give cols, or choose chart: bar.");
        }
        if ((chart == ChartType.STACKED || chart == ChartType.STACKED_PERCENT) && !query.measure().additive()) {
            throw new MalformedReportException(file.location(), "Only counts (cases, lines, forbidden_refusals) can be stacked; "
                    + "choose chart: bar or line for " + definition.measure() + ".");
        }
        if (!definition.highlight().isEmpty() && "cycle".equals(definition.rows())) {
            throw new MalformedReportException(file.location(), "highlight: cycles cannot be highlighted (they come and go with the database).");
        }
        for (String code : definition.highlight()) {
            try {
                requests.parse(Map.of(definition.rows(), List.of(code)));
            } catch (AnalyticsRequest.Invalid invalid) {
                throw new MalformedReportException(file.location(), "highlight: \"" + code + "\" is not a code of "
                        + definition.rows() + ", the rows of this report. The codes are listed at /api/taxonomies and /api/states.");
            }
        }
    }

    private static boolean databaseDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
