package org.coopstats.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A public table in one language, as a page shows it: headings, figures formatted, hidden ones
 * marked, and the addresses of the same table as CSV, SVG and PNG. In a two-way table each row
 * ends with its total and the totals row with the grand total; a one-way table has one figure
 * per row and the total.
 */
public record PublicTable(String id, String title, String rowHeader, List<String> colHeaders, boolean twoWay,
                          List<Row> rows, Row totals, boolean anyHidden, boolean withheld, Files files, String alt,
                          int chartWidth, int chartHeight) {

    public record Row(String code, String label, List<Cell> cells, boolean highlighted) {
    }

    public record Cell(String text, boolean hidden) {
    }

    /** The same table to download: base is the address without its extension, lang the language code. */
    public record Files(String csv, String svg, String png) {

        static Files of(String base, String lang) {
            return new Files(base + ".csv?lang=" + lang, base + ".svg?lang=" + lang, base + ".png?lang=" + lang);
        }
    }

    static PublicTable of(FigureTable figures, String title, Wording words, String fileBase, String alt) {
        var table = figures.table();
        List<String> colHeaders = new ArrayList<>();
        if (figures.twoWay()) {
            table.cols().forEach(col -> colHeaders.add(words.column(figures, col)));
            colHeaders.add(words.text().get("published.total"));
        } else {
            colHeaders.add(words.measure(figures.measure()));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < figures.rowCount(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < figures.colCount(); c++) {
                cells.add(cell(words, figures, figures.cell(r, c), figures.cellHidden(r, c)));
            }
            if (figures.twoWay()) {
                cells.add(cell(words, figures, table.rowTotals().get(r), figures.rowTotalHidden(r)));
            }
            var heading = table.rows().get(r);
            boolean highlighted = heading.code() != null && figures.highlight().contains(heading.code());
            String label = words.heading(figures.rows(), heading);
            rows.add(new Row(heading.code(), highlighted ? words.text().get("published.notPermitted", label) : label,
                    cells, highlighted));
        }
        List<Cell> totals = new ArrayList<>();
        if (figures.twoWay()) {
            for (int c = 0; c < figures.colCount(); c++) {
                totals.add(cell(words, figures, table.colTotals().get(c), figures.colTotalHidden(c)));
            }
        }
        totals.add(cell(words, figures, table.total(), figures.totalHidden()));
        Row totalRow = new Row(null, words.text().get("published.total"), totals, false);
        return new PublicTable(figures.id(), title, words.dimension(figures.rows()), colHeaders, figures.twoWay(), rows,
                totalRow, figures.hidden().any(), figures.hidden().withheld(), Files.of(fileBase, words.text().lang()), alt,
                PublicCharts.WIDTH, PublicCharts.height(figures));
    }

    private static Cell cell(Wording words, FigureTable figures, BigDecimal value, boolean hidden) {
        return hidden ? new Cell(MARKER, true) : new Cell(words.figure(figures.measure(), value), false);
    }

    /** What stands in a hidden figure's place, on the page and in the CSV. */
    static final String MARKER = "x";
}
