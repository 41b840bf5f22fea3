package org.coopstats.charts;

import jakarta.inject.Singleton;
import org.coopstats.analytics.Measure;
import org.jfree.chart.JFreeChart;
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
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

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
        // the family first, then fallbacks for a reader without DejaVu Sans
        g2.setFontFunction(family -> family + ", Noto Sans, Arial, Helvetica, sans-serif");
        build(chart).draw(g2, new Rectangle(width, height));
        return g2.getSVGDocument();
    }

    JFreeChart build(Chart chart) {
        Measure measure = Measure.of(chart.table().measure()).orElse(Measure.CASES);
        ChartData data = new ChartData(chart, measure.label());
        boolean horizontal = chart.type() != ChartType.LINE && wantsHorizontal(data);

        CategoryAxis categoryAxis = new CategoryAxis(chart.categoryAxisLabel());
        NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
        boolean percent = measure.fraction() || chart.type() == ChartType.STACKED_PERCENT;
        valueAxis.setNumberFormatOverride(percent ? NumberFormat.getPercentInstance(Locale.ENGLISH)
                : new DecimalFormat("#,##0.###"));
        if (chart.type() == ChartType.STACKED_PERCENT) {
            valueAxis.setRange(0.0, 1.0);
        } else if (percent) {
            valueAxis.setUpperMargin(0.08);
        }
        CategoryPlot plot = new CategoryPlot(data.dataset, categoryAxis, valueAxis, renderer(chart, data));
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        style(plot, horizontal, data);

        JFreeChart jfree = new JFreeChart(chart.title(), ChartFonts.bold(24f), plot, !data.singleSeries);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setPadding(new RectangleInsets(16, 16, 12, 24));
        jfree.getTitle().setPaint(Palette.TEXT);
        jfree.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        jfree.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        LegendTitle legend = jfree.getLegend();
        if (legend != null) {
            legend.setItemFont(ChartFonts.regular(15f));
            legend.setItemPaint(Palette.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        // bottom subtitles stack upwards: the source line goes last on the page
        if (chart.sourceLine() != null && !chart.sourceLine().isBlank()) {
            jfree.addSubtitle(caption("Source: " + chart.sourceLine()));
        }
        for (String note : data.notes) {
            jfree.addSubtitle(caption(note));
        }
        return jfree;
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
        }
        return bars;
    }

    private static void style(CategoryPlot plot, boolean horizontal, ChartData data) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setLabelFont(ChartFonts.bold(16f));
        categories.setTickLabelFont(ChartFonts.regular(14f));
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
        values.setLabelFont(ChartFonts.bold(16f));
        values.setTickLabelFont(ChartFonts.regular(14f));
        values.setLabelPaint(Palette.TEXT);
        values.setTickLabelPaint(Palette.TEXT);
        values.setAxisLineVisible(false);
    }

    private static TextTitle caption(String text) {
        TextTitle caption = new TextTitle(text, ChartFonts.regular(14f));
        caption.setPaint(Palette.MUTED_TEXT);
        caption.setPosition(RectangleEdge.BOTTOM);
        caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
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
