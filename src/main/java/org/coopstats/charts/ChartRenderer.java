package org.coopstats.charts;

import jakarta.inject.Singleton;
import org.coopstats.analytics.Measure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.SortOrder;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.List;

/** Draws a chart as PNG or SVG: the same JFreeChart drawn on a bitmap or on an SVG canvas. */
@Singleton
public class ChartRenderer {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    static {
        // JFreeChart's old workaround draws rotated labels as glyph outlines, which an SVG reader cannot select or search
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    public byte[] png(Chart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            build(chart).draw(g2, new Rectangle(width, height));
        } finally {
            g2.dispose();
        }
        return Png.encode(image);
    }

    public String svg(Chart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // each text's own face first, then the other scripts' faces, for a reader without the first
        g2.setFontFunction(ChartFonts::svgFamilies);
        build(chart).draw(g2, new Rectangle(width, height));
        return SvgText.rightToLeft(SvgText.language(g2.getSVGDocument(), chart.words().locale().getLanguage()));
    }

    JFreeChart build(Chart chart) {
        ChartWords words = chart.words();
        boolean rtl = words.rightToLeft();
        Measure measure = Measure.of(chart.table().measure()).orElse(Measure.CASES);
        ChartData data = new ChartData(chart, measure.label());
        boolean horizontal = chart.type() != ChartType.LINE && wantsHorizontal(data);

        CategoryAxis categoryAxis = new CategoryAxis(chart.categoryAxisLabel());
        NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
        boolean percent = measure.fraction() || chart.type() == ChartType.STACKED_PERCENT;
        NumberFormat format = percent ? words.percent() : words.numbers();
        valueAxis.setNumberFormatOverride(format);
        if (chart.type() == ChartType.STACKED_PERCENT) {
            valueAxis.setRange(0.0, 1.0);
        } else if (percent) {
            valueAxis.setUpperMargin(0.08);
        }
        CategoryPlot plot = new CategoryPlot(data.dataset, categoryAxis, valueAxis, renderer(chart, data));
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(rtl && !horizontal ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
        if (rtl && horizontal) {
            // Arabic reads from the right: labels on the right, bars growing leftwards, still in the table's order
            plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            valueAxis.setInverted(true);
        }
        style(plot, horizontal, data, sampleNumbers(format, percent));

        HorizontalAlignment start = rtl ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
        JFreeChart jfree = new JFreeChart(chart.title(), ChartFonts.bold(chart.title(), 24f), plot, !data.singleSeries);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setPadding(rtl ? new RectangleInsets(16, 24, 12, 16) : new RectangleInsets(16, 16, 12, 24));
        jfree.getTitle().setPaint(Palette.TEXT);
        jfree.getTitle().setHorizontalAlignment(start);
        jfree.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        LegendTitle legend = jfree.getLegend();
        if (legend != null) {
            legend.setItemFont(ChartFonts.regular(15f));
            legend.setItemPaint(Palette.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(start);
            if (rtl) {
                // the first series rightmost, its colour to the right of its name
                legend.setSortOrder(SortOrder.DESCENDING);
                legend.setLegendItemGraphicEdge(RectangleEdge.RIGHT);
                legend.setItemLabelPadding(new RectangleInsets(2, 14, 2, 4));
            } else {
                legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            }
        }
        // bottom subtitles stack upwards: the source line goes last on the page
        if (chart.sourceLine() != null && !chart.sourceLine().isBlank()) {
            jfree.addSubtitle(caption(words.get("charts.source", chart.sourceLine()), start));
        }
        for (String note : data.notes) {
            jfree.addSubtitle(caption(note, start));
        }
        return jfree;
    }

    /** What the value axis may write, to choose a face that has its digits, signs and spaces. */
    private static List<String> sampleNumbers(NumberFormat format, boolean percent) {
        return percent ? List.of(format.format(0.5), format.format(-1.25))
                : List.of(format.format(-1234567.891), format.format(0));
    }

    private static boolean wantsHorizontal(ChartData data) {
        int categories = data.dataset.getColumnCount();
        int longest = data.dataset.getColumnKeys().stream().mapToInt(key -> key.toString().length()).max().orElse(0);
        return categories > 8 || longest > 16;
    }

    private static CategoryItemRenderer renderer(Chart chart, ChartData data) {
        if (chart.type() == ChartType.LINE) {
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            for (int s = 0; s < data.dataset.getRowCount(); s++) {
                line.setSeriesPaint(s, Palette.series(s));
                line.setSeriesStroke(s, new BasicStroke(3f));
                line.setLegendTextFont(s, ChartFonts.regular(data.dataset.getRowKey(s).toString(), 15f));
            }
            return line;
        }
        BarRenderer bars = chart.type() == ChartType.BAR ? new HighlightingBarRenderer(data) : new StackedBarRenderer(
                chart.type() == ChartType.STACKED_PERCENT);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.WHITE);
        bars.setItemMargin(0.04);
        bars.setMaximumBarWidth(0.12);
        for (int s = 0; s < data.dataset.getRowCount(); s++) {
            bars.setSeriesPaint(s, Palette.series(s));
            bars.setLegendTextFont(s, ChartFonts.regular(data.dataset.getRowKey(s).toString(), 15f));
        }
        return bars;
    }

    private static void style(CategoryPlot plot, boolean horizontal, ChartData data, List<String> numbers) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setLabelFont(ChartFonts.bold(categories.getLabel(), 16f));
        categories.setTickLabelFont(ChartFonts.regular(14f));
        for (Object category : data.dataset.getColumnKeys()) {
            categories.setTickLabelFont((Comparable<?>) category, ChartFonts.regular(category.toString(), 14f));
        }
        categories.setLabelPaint(Palette.TEXT);
        categories.setTickLabelPaint(Palette.TEXT);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.18);
        if (horizontal) {
            categories.setMaximumCategoryLabelWidthRatio(0.35f);
        } else if (data.dataset.getColumnCount() > 5) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(ChartFonts.bold(values.getLabel(), 16f));
        values.setTickLabelFont(ChartFonts.faceFor(numbers).regular().deriveFont(14f));
        values.setLabelPaint(Palette.TEXT);
        values.setTickLabelPaint(Palette.TEXT);
        values.setAxisLineVisible(false);
    }

    private static TextTitle caption(String text, HorizontalAlignment start) {
        TextTitle caption = new TextTitle(text, ChartFonts.regular(text, 14f));
        caption.setPaint(Palette.MUTED_TEXT);
        caption.setPosition(RectangleEdge.BOTTOM);
        caption.setHorizontalAlignment(start);
        caption.setPadding(new RectangleInsets(6, 0, 0, 0));
        return caption;
    }

    /** Bars of one series, with highlighted categories in the warning colour (their label says why too). */
    private static final class HighlightingBarRenderer extends BarRenderer {
        private final transient ChartData data;

        HighlightingBarRenderer(ChartData data) {
            this.data = data;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return data.singleSeries && data.highlightedCategories.contains(column) ? Palette.HIGHLIGHT : super.getItemPaint(row, column);
        }
    }

    /**
     * PNG encoding at a low deflate level, without the alpha channel a chart on white does not need:
     * ImageIO's writer spent 40-60 ms on a 1200x700 chart, this one about a fifth of that.
     */
    static final class Png {
        private Png() {
        }

        static byte[] encode(BufferedImage image) {
            return new com.pngencoder.PngEncoder()
                    .withBufferedImage(image)
                    .withCompressionLevel(3)
                    .withMultiThreadedCompressionEnabled(false)
                    .toBytes();
        }
    }
}
