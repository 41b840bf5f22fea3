package org.coopstats.analytics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An analytics table as CSV (RFC 4180, UTF-8): a row per row heading with its code and label,
 * a column per column heading headed "code label", then the row total; the last line holds the
 * column totals. A cell that a spreadsheet would take for a formula starts with an apostrophe.
 */
public final class AnalyticsCsv {

    private AnalyticsCsv() {
    }

    static String of(AnalyticsTable table, boolean byteOrderMark) {
        StringWriter out = new StringWriter();
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            header.add(table.rowDimension() == null ? "total" : table.rowDimension());
            header.add("label");
            if (table.colDimension() == null) {
                header.add(table.measure());
            } else {
                table.cols().forEach(col -> header.add(col.code() + " " + col.label()));
                header.add("total");
            }
            printer.printRecord(safe(header));
            if (table.rowDimension() == null) {
                printer.printRecord("", "All", number(table.total()));
            }
            for (int i = 0; i < table.rows().size(); i++) {
                List<String> line = new ArrayList<>();
                line.add(table.rows().get(i).code() == null ? "" : table.rows().get(i).code());
                line.add(table.rows().get(i).label());
                table.cells().get(i).forEach(cell -> line.add(number(cell)));
                if (table.colDimension() != null) {
                    line.add(number(table.rowTotals().get(i)));
                }
                printer.printRecord(safe(line));
            }
            if (table.colDimension() != null) {
                List<String> totals = new ArrayList<>(List.of("total", "All"));
                table.colTotals().forEach(total -> totals.add(number(total)));
                totals.add(number(table.total()));
                printer.printRecord(totals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static List<String> safe(List<String> cells) {
        return cells.stream().map(AnalyticsCsv::safe).toList();
    }

    /** Public so that every CSV download of the service guards its cells the same way. */
    public static String safe(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
            return "'" + cell;
        }
        return cell;
    }
}
