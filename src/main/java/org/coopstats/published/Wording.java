package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Text;
import org.coopstats.reports.ReportDefinition;

import java.math.BigDecimal;

/** The words and number formats of public tables in one language: headings, figures, report titles. */
final class Wording {

    private final Text t;
    private final PublishedLabels labels;

    Wording(Text t, PublishedLabels labels) {
        this.t = t;
        this.labels = labels;
    }

    Text text() {
        return t;
    }

    String heading(Dimension dimension, Heading heading) {
        if (FigureTable.OTHER.equals(heading.code()) && PublicTables.namesStates(dimension)) {
            return t.get(dimension == Dimension.REPORTING_STATE ? "published.otherStatesParties" : "published.otherStates");
        }
        return labels.code(dimension, heading.code(), heading.label(), t.language());
    }

    /** A column's heading: the table's own words for it when it has them, else its label. */
    String column(FigureTable figures, Heading heading) {
        String key = heading.code() == null ? null : figures.colKeys().get(heading.code());
        return key != null ? t.get(key) : heading(figures.cols(), heading);
    }

    String dimension(Dimension dimension) {
        return labels.dimension(dimension, t.language());
    }

    String measure(Measure measure) {
        return labels.measure(measure, t.language());
    }

    /** A figure as the page shows it; a dash where there is nothing to divide. */
    String figure(Measure measure, @Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (measure.fraction()) {
            return t.percent(value.doubleValue(), 1);
        }
        if (value.stripTrailingZeros().scale() <= 0) {
            return t.number(value.longValue());
        }
        return t.number(value.doubleValue(), 1);
    }

    /** The report's title in the language: reports_<lang>.properties when it has one, else the definition's English. */
    String title(ReportDefinition report) {
        return reportText(report, "title", report.title());
    }

    String notes(ReportDefinition report) {
        String described = reportText(report, "description", null);
        return described != null ? described : reportText(report, "notes", report.notes());
    }

    private String reportText(ReportDefinition report, String field, String english) {
        String key = "reports." + report.id() + "." + field;
        return t.has(key) || Text.ENGLISH.has(key) ? t.get(key) : english;
    }
}
