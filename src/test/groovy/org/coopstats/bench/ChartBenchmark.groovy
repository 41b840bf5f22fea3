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
 * encoding to bytes, as the service sends them. Before that, in the fresh JVM, it times reading
 * each chart font and the first Chinese and Arabic charts, as the first such request would wait.
 */
class ChartBenchmark {

    static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 300
        def renderer = new ChartRenderer()
        coldStart(renderer)
        def charts = [
                "bar, 5 legal bases"                      : chart(ChartType.BAR, 5, 0),
                "stacked bar, 5 legal bases x 3 types"    : chart(ChartType.STACKED, 5, 3),
                "100% stacked, 17 instruments x 8 regions": chart(ChartType.STACKED_PERCENT, 17, 8),
                "line, 6 cycles x 5 types"                : chart(ChartType.LINE, 6, 5),
                "stacked bar, 25 of 190 States x 8"       : chart(ChartType.STACKED, 190, 8),
                "bar, 5 legal bases, Chinese"             : chart(ChartType.BAR, 5, 0, "zh"),
                "stacked bar, 5 x 3, Chinese"             : chart(ChartType.STACKED, 5, 3, "zh"),
                "stacked bar, 25 of 190 States x 8, Chinese": chart(ChartType.STACKED, 190, 8, "zh"),
                "stacked bar, 5 x 3, Arabic"              : chart(ChartType.STACKED, 5, 3, "ar"),
        ]
        println "renders per chart: $renders (after 200 unmeasured), 1200 x 700 pixels"
        println String.format("%-44s %9s %9s %9s %9s %9s", "chart", "PNG med", "PNG p90", "PNG KB", "SVG med", "SVG p90")
        charts.each { name, chart ->
            200.times { renderer.png(chart, 1200, 700); renderer.svg(chart, 1200, 700) }
            def png = time(renders) { renderer.png(chart, 1200, 700) }
            def svg = time(renders) { renderer.svg(chart, 1200, 700) }
            int kb = renderer.png(chart, 1200, 700).length.intdiv(1024)
            println String.format("%-44s %7.1f ms %6.1f ms %9d %6.1f ms %6.1f ms", name,
                    png.median, png.p90, kb, svg.median, svg.p90)
        }
        paired(renderer, renders)
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

    /**
     * In the fresh JVM: reading each face (DejaVu Sans, Noto Sans Arabic, Noto Sans SC; regular and
     * bold), then the first English, Chinese and Arabic PNG, each once, as the first requests after
     * a start would wait for them.
     */
    static void coldStart(ChartRenderer renderer) {
        println "cold start, once each (fresh JVM):"
        org.coopstats.charts.ChartFonts.Face.values().each { face ->
            double regular = once { face.regular() }
            double bold = once { face.bold() }
            println String.format("  read %-18s regular %7.1f ms, bold %7.1f ms", face.family, regular, bold)
        }
        // from the fat jar a font is a stream, which Java copies to a temporary file first
        double fromStream = once {
            ChartBenchmark.getResourceAsStream("/fonts/noto-sans-sc/NotoSansSC_400Regular.ttf").withCloseable {
                java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, it)
            }
        }
        println String.format("  read Noto Sans SC regular as a stream (as from the jar): %7.1f ms", fromStream)
        ["en", "zh", "ar"].each { language ->
            def chart = chart(ChartType.STACKED, 5, 3, language)
            println String.format("  first %s PNG, stacked bar 5 x 3: %7.1f ms", language, once { renderer.png(chart, 1200, 700) })
        }
    }

    /**
     * The same stacked bar (5 x 3) in English, Chinese and Arabic, rendered in turn, so that a
     * change in the machine's load weighs on the three alike: what another script costs.
     */
    static void paired(ChartRenderer renderer, int renders) {
        def languages = ["en", "zh", "ar"]
        def charts = languages.collectEntries { [(it): chart(ChartType.STACKED, 5, 3, it)] }
        Map<String, List<Double>> millis = languages.collectEntries { [(it): []] }
        renders.times {
            languages.each { language -> millis[language] << once { renderer.png(charts[language], 1200, 700) } }
        }
        println "in turn, stacked bar 5 x 3, PNG, $renders renders each:"
        languages.each { language ->
            def sorted = millis[language].sort()
            println String.format("  %s median %6.1f ms, p90 %6.1f ms", language, sorted[sorted.size().intdiv(2)],
                    sorted[(int) Math.floor(sorted.size() * 0.9)])
        }
    }

    static double once(Closure<?> work) {
        long start = System.nanoTime()
        work()
        (System.nanoTime() - start) / 1_000_000d
    }

    static final Map<String, Map<String, String>> WORDS = [
            en: [row: "Row heading number", series: "Series", title: "Cases by legal basis and type of cooperation",
                 axis: "Legal basis", value: "Cases", source: "Returns accepted for cycle 2024; 61 States reporting"],
            zh: [row: "法律依据第", series: "合作类型", title: "按法律依据和合作类型分列的案件", axis: "法律依据", value: "案件",
                 source: "2024周期已接受的申报；61个国家提交申报"],
            ar: [row: "الأساس القانوني رقم", series: "نوع التعاون", title: "القضايا حسب الأساس القانوني ونوع التعاون",
                 axis: "الأساس القانوني", value: "القضايا", source: "التقارير المقبولة عن الدورة 2024؛ عدد الدول المبلغة: 61"],
    ]

    static Chart chart(ChartType type, int rows, int cols, String language = "en") {
        def words = WORDS[language]
        def random = new Random(7)
        def rowHeadings = (1..rows).collect { new Heading("R$it", "${words.row} $it") }
        def colHeadings = (1..cols).collect { new Heading("C$it", "${words.series} $it") }
        List<List<BigDecimal>> cells = (1..rows).collect { (1..Math.max(cols, 1)).collect { BigDecimal.valueOf(random.nextInt(900) + 10) } }
        def rowTotals = cols == 0 ? [] : cells.collect { it.sum() as BigDecimal }
        def colTotals = (0..<cols).collect { j -> cells.collect { it[j] }.sum() as BigDecimal }
        def table = new AnalyticsTable("cases", "legal_basis", cols == 0 ? null : "cooperation_type", rowHeadings,
                colHeadings, cells, rowTotals, colTotals, cells.flatten().sum() as BigDecimal)
        new Chart(type, words.title, words.axis, words.value, words.source, table, [] as Set,
                Locale.forLanguageTag(language), false)
    }
}
