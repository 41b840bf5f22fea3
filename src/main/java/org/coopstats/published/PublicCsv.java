package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopstats.analytics.AnalyticsCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A public table as CSV (RFC 4180, UTF-8): a header row, then a row per heading with its code and
 * its label in the page's language, then the totals. Figures are plain decimals (shares as
 * fractions); a hidden figure is the page's marker, an empty cell means nothing to divide.
 */
final class PublicCsv {

    private PublicCsv() {
    }

    static String of(FigureTable figures, Wording words) {
        var table = figures.table();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of(figures.rows().code(), words.dimension(figures.rows())));
            if (figures.twoWay()) {
                table.cols().forEach(col -> header.add((col.code() == null ? "" : col.code() + " ")
                        + words.column(figures, col)));
                header.add("total");
            } else {
                header.add(figures.measure().code());
            }
            print(printer, header);
            for (int r = 0; r < figures.rowCount(); r++) {
                var heading = table.rows().get(r);
                List<String> line = new ArrayList<>(List.of(heading.code() == null ? "" : heading.code(),
                        words.heading(figures.rows(), heading)));
                for (int c = 0; c < figures.colCount(); c++) {
                    line.add(figure(figures.cell(r, c), figures.cellHidden(r, c)));
                }
                if (figures.twoWay()) {
                    line.add(figure(table.rowTotals().get(r), figures.rowTotalHidden(r)));
                }
                print(printer, line);
            }
            List<String> totals = new ArrayList<>(List.of("total", words.text().get("published.total")));
            if (figures.twoWay()) {
                for (int c = 0; c < figures.colCount(); c++) {
                    totals.add(figure(table.colTotals().get(c), figures.colTotalHidden(c)));
                }
            }
            totals.add(figure(table.total(), figures.totalHidden()));
            print(printer, totals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(AnalyticsCsv::safe).toList());
    }

    private static String figure(@Nullable BigDecimal value, boolean hidden) {
        if (hidden) {
            return PublicTable.MARKER;
        }
        return value == null ? "" : value.toPlainString();
    }
}
