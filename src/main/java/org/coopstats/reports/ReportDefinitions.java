package org.coopstats.reports;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartType;
import org.coopstats.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard reports, read and checked once when the service starts (hence @Context): a file
 * that cannot be used stops the start with one line naming it, rather than failing later in
 * front of an analyst.
 */
@Context
public class ReportDefinitions {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDefinitions.class);
    /** Parameters a reader may add to a report: its fixed measure and axes are what make it that report. */
    private static final Set<String> FIXED = Set.of("measure", "rows", "cols");

    private final AnalyticsRequest requests;
    private final Map<String, ReportDefinition> byId = new LinkedHashMap<>();

    ReportDefinitions(ReportSettings settings, @Value("${coopstats.home:}") @Nullable String home, AnalyticsRequest requests) {
        this.requests = requests;
        Optional<Path> directory = settings.directory(home);
        List<ReportFile> files = directory.map(ReportFiles::inDirectory)
                .orElseGet(() -> ReportFiles.onClasspath(ReportDefinitions.class.getClassLoader()));
        new ReportLoader(requests).load(files).forEach(definition -> byId.put(definition.id(), definition));
        LOG.info("Reports read from {}: {}", directory.map(Path::toString).orElse("the service's reports/"), byId.size());
    }

    public List<ReportDefinition> list() {
        return List.copyOf(byId.values());
    }

    public Optional<ReportDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public AnalyticsQuery query(ReportDefinition report) {
        return query(report, Map.of());
    }

    /**
     * The report's breakdown, narrowed by the reader's own filters (a cycle, a region...) and
     * status. A reader cannot change its measure or axes, nor loosen a filter the report fixes.
     */
    public AnalyticsQuery query(ReportDefinition report, Map<String, List<String>> extra) {
        Map<String, List<String>> parameters = report.parameters();
        for (var parameter : extra.entrySet()) {
            String name = parameter.getKey();
            if (FIXED.contains(name)) {
                throw new Refused("A report's measure, rows and cols are fixed. Ask /api/analytics for another breakdown.");
            }
            if (report.filters().containsKey(name)) {
                throw new Refused("This report already keeps " + name + " " + String.join(", ", report.filters().get(name))
                        + ". Ask /api/analytics for another selection.");
            }
            parameters.put(name, parameter.getValue());
        }
        return requests.parse(parameters);
    }

    public Chart chart(ReportDefinition report, AnalyticsTable table, String sourceLine) {
        return chart(report, table, sourceLine, Text.ENGLISH);
    }

    /**
     * The report's chart with its title and axes in the text's language. The table's headings are
     * the caller's: a table from AnalyticsQueries is labelled in English.
     */
    public Chart chart(ReportDefinition report, AnalyticsTable table, String sourceLine, Text text) {
        ChartType type = ChartType.of(report.chart()).orElseThrow();
        Measure measure = Measure.of(report.measure()).orElseThrow();
        String valueAxis = type == ChartType.STACKED_PERCENT ? percentAxis(measure, text) : measure.label(text.locale());
        return new Chart(type, report.title(text), Dimension.of(report.rows()).orElseThrow().label(text.locale()), valueAxis,
                sourceLine, table, Set.copyOf(report.highlight())).in(text.locale());
    }

    /** "Per cent of cases": one phrase per measure that can be stacked, since languages decline the measure differently. */
    static String percentAxis(Measure measure, Text text) {
        String key = percentAxisKey(measure);
        if (text.has(key)) {
            return text.get(key);
        }
        String label = measure.label();
        return "Per cent of " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String percentAxisKey(Measure measure) {
        return "reports.axis.percentOf." + measure.code();
    }

    /** A reader's parameters that would change what the report is. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
