package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.publication.Edition;
import org.coopstats.reports.ReportDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a cycle summary shows for one edition, before it is put into a language: the
 * headline, the previous cycle's headline to compare with, every standard report as a public
 * table, and the States that may be named (ISO3 to English name, by name).
 */
record EditionFigures(Edition edition, Headline headline, @Nullable Headline previous, List<Report> reports,
                      Map<String, String> named) {

    record Report(ReportDefinition definition, FigureTable table) {
    }

    Optional<Report> report(String id) {
        return reports.stream().filter(report -> report.definition().id().equals(id)).findFirst();
    }
}
