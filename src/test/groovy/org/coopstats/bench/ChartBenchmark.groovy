package org.coopstats.bench

import org.coopstats.analytics.AnalyticsTable
import org.coopstats.analytics.AnalyticsTable.Heading
import org.coopstats.charts.Chart
import org.coopstats.charts.ChartRenderer
import org.coopstats.charts.ChartType

/**
 * How long one chart takes to render once the JVM is warm: a plain main class, not a spec.
 * Run it with {@code bench/charts.sh [renders per chart]}. Each chart is rendered 200 times
 * unmeasured first (JIT, font caches), then timed render by render; the PNG figure includes the
 * encoding to bytes, as the service sends them.
 */
class ChartBenchmark {

    static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 300
        def renderer = new ChartRenderer()
        def charts = [
                "bar, 5 legal bases"                      : chart(ChartType.BAR, 5, 0),
                "stacked bar, 5 legal bases x 3 types"    : chart(ChartType.STACKED, 5, 3),
                "100% stacked, 17 instruments x 8 regions": chart(ChartType.STACKED_PERCENT, 17, 8),
                "line, 6 cycles x 5 types"                : chart(ChartType.LINE, 6, 5),
                "stacked bar, 25 of 190 States x 8"       : chart(ChartType.STACKED, 190, 8),
        ]
        println "renders per chart: $renders (after 200 unmeasured), 1200 x 700 pixels"
        println String.format("%-42s %9s %9s %9s %9s %9s", "chart", "PNG med", "PNG p90", "PNG KB", "SVG med", "SVG p90")
        charts.each { name, chart ->
            200.times { renderer.png(chart, 1200, 700); renderer.svg(chart, 1200, 700) }
            def png = time(renders) { renderer.png(chart, 1200, 700) }
            def svg = time(renders) { renderer.svg(chart, 1200, 700) }
            int kb = renderer.png(chart, 1200, 700).length.intdiv(1024)
            println String.format("%-42s %7.1f ms %6.1f ms %9d %6.1f ms %6.1f ms", name,
                    png.median, png.p90, kb, svg.median, svg.p90)
        }
        println "nproc: ${Runtime.runtime.availableProcessors()}, java ${System.getProperty('java.runtime.version')}, " +
                "load average (1, 5, 15 min): ${Machine.loadAverage()}"
    }

    static Map time(int renders, Closure<?> render) {
        List<Double> millis = (1..renders).collect {
            long start = System.nanoTime()
            render()
            (System.nanoTime() - start) / 1_000_000d
        }.sort()
        [median: millis[millis.size().intdiv(2)], p90: millis[(int) Math.floor(millis.size() * 0.9)]]
    }

    static Chart chart(ChartType type, int rows, int cols) {
        def random = new Random(7)
        def rowHeadings = (1..rows).collect { new Heading("R$it", "Row heading number $it") }
        def colHeadings = (1..cols).collect { new Heading("C$it", "Series $it") }
        List<List<BigDecimal>> cells = (1..rows).collect { (1..Math.max(cols, 1)).collect { BigDecimal.valueOf(random.nextInt(900) + 10) } }
        def rowTotals = cols == 0 ? [] : cells.collect { it.sum() as BigDecimal }
        def colTotals = (0..<cols).collect { j -> cells.collect { it[j] }.sum() as BigDecimal }
        def table = new AnalyticsTable("cases", "legal_basis", cols == 0 ? null : "cooperation_type", rowHeadings,
                colHeadings, cells, rowTotals, colTotals, cells.flatten().sum() as BigDecimal)
        new Chart(type, "Cases by legal basis and type of cooperation", "Legal basis", "Cases",
                "Returns accepted for cycle 2024; 61 States reporting", table)
    }
}
