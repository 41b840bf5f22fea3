package org.coopstats.charts

import org.coopstats.analytics.AnalyticsTable
import org.coopstats.analytics.AnalyticsTable.Heading
import spock.lang.Specification

import javax.imageio.ImageIO
import javax.xml.parsers.DocumentBuilderFactory

class ChartRendererSpec extends Specification {

    static final File OUT = new File("target/charts")

    ChartRenderer renderer = new ChartRenderer()

    /** Parses SVG without fetching its DTD from the web. */
    static svgParser() {
        def factory = DocumentBuilderFactory.newInstance()
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false)
        factory.newDocumentBuilder()
    }

    static AnalyticsTable table(String measure, String rowDim, String colDim, List<List<String>> rows,
                                List<List<String>> cols, List<List<Number>> cells) {
        def big = { it == null ? null : new BigDecimal(it.toString()) }
        def rowTotals = cells.collect { line -> big(line.findAll { it != null }.sum() ?: 0) }
        def colTotals = colDim == null ? [] : (0..<cols.size()).collect { j -> big(cells.collect { it[j] }.findAll { it != null }.sum() ?: 0) }
        new AnalyticsTable(measure, rowDim, colDim,
                rows.collect { new Heading(it[0], it[1]) }, cols.collect { new Heading(it[0], it[1]) },
                cells.collect { line -> line.collect { big(it) } }, colDim == null ? [] : rowTotals, colTotals,
                big(cells.flatten().findAll { it != null }.sum() ?: 0))
    }

    static final AnalyticsTable BASES_BY_TYPE = table("cases", "legal_basis", "cooperation_type",
            [["UNTOC", "The Convention (UNTOC)"], ["BILATERAL", "Bilateral treaty"], ["MULTILATERAL", "Other multilateral treaty"],
             ["DOMESTIC_LAW", "Domestic law"], ["RECIPROCITY", "Reciprocity"]],
            [["EXTRADITION", "Extradition"], ["MLA", "Mutual legal assistance"], ["CONFISCATION", "Confiscation"]],
            [[120, 840, 33], [300, 410, 12], [80, 220, 9], [40, 95, 4], [15, 60, null]])

    def "a two-way table becomes a PNG of the size asked for: #type"() {
        given:
        def chart = new Chart(type, "Cases by legal basis and type of cooperation", "Legal basis", "Cases",
                "Returns accepted for cycle 2024; 61 States reporting", BASES_BY_TYPE)

        when:
        byte[] png = renderer.png(chart, 1200, 700)
        OUT.mkdirs()
        new File(OUT, "bases-${type.code()}.png").bytes = png
        def image = ImageIO.read(new ByteArrayInputStream(png))

        then:
        image.width == 1200
        image.height == 700

        where:
        type << ChartType.values()
    }

    def "the SVG is well-formed, of the size asked for, and holds the title, labels and source line as text"() {
        given:
        def chart = new Chart(ChartType.STACKED, "Cases by legal basis & type <of> cooperation", "Legal basis", "Cases",
                "Returns accepted for cycle 2024; 61 States reporting", BASES_BY_TYPE)

        when:
        String svg = renderer.svg(chart, 1200, 700)
        OUT.mkdirs()
        new File(OUT, "bases-stacked.svg").text = svg
        def document = svgParser().parse(new ByteArrayInputStream(svg.getBytes("UTF-8")))
        def root = document.documentElement
        def texts = (0..<document.getElementsByTagName("text").length).collect { document.getElementsByTagName("text").item(it).textContent }

        then:
        root.tagName == "svg"
        root.getAttribute("width") as double == 1200
        root.getAttribute("height") as double == 700
        texts.contains("Cases by legal basis & type <of> cooperation")
        texts.contains("Mutual legal assistance")
        texts.contains("The Convention (UNTOC)")
        texts.contains("Legal basis")
        texts.any { it.contains("61 States reporting") }
    }

    def "a table too wide for one chart shows its largest rows and columns and says so"() {
        given:
        def rows = (1..40).collect { ["S$it", "State number $it"] }
        def cols = (1..12).collect { ["C$it", "Column $it"] }
        def cells = (1..40).collect { r -> (1..12).collect { c -> r * c } }
        def chart = new Chart(ChartType.STACKED, "Many States", "Reporting State", "Cases", "test",
                table("cases", "reporting_state", "channel", rows, cols, cells))

        when:
        def data = new ChartData(chart, "Cases")
        new File(OUT.tap { mkdirs() }, "many.png").bytes = renderer.png(chart, 1200, 700)

        then:
        data.dataset.columnCount == 25
        data.dataset.rowCount == 8
        data.dataset.columnKeys.contains("State number 40")
        !data.dataset.columnKeys.contains("State number 1")
        data.dataset.rowKeys.contains("Column 12")
        data.notes == ["The 25 largest of 40 rows are shown; the table holds them all.",
                       "The 8 largest of 12 columns are shown; the table holds them all."]
    }

    def "highlighted codes say so in their label, not by colour alone"() {
        given:
        def chart = new Chart(ChartType.BAR, "Cases refused by ground", "Ground for refusal", "Cases", "test",
                table("cases", "refusal_ground", null,
                        [["DUAL_CRIMINALITY", "No dual criminality"], ["BANK_SECRECY", "Bank secrecy"], ["FISCAL_OFFENCE", "Fiscal offence"]],
                        [], [[30], [7], [4]]), ["BANK_SECRECY", "FISCAL_OFFENCE"] as Set)

        when:
        def data = new ChartData(chart, "Cases")
        new File(OUT.tap { mkdirs() }, "grounds.png").bytes = renderer.png(chart, 1200, 700)

        then:
        data.dataset.columnKeys == ["No dual criminality", "Bank secrecy (not permitted)", "Fiscal offence (not permitted)"]
        data.highlightedCategories == [1, 2] as Set
    }

    def "shares are drawn on a percentage axis and a line over cycles keeps every cycle"() {
        given:
        def chart = new Chart(ChartType.LINE, "Share of cases with the Convention as legal basis", "Reporting cycle",
                "Share", "Returns accepted for cycles 2022, 2024; 70 States reporting",
                table("convention_share", "cycle", "cooperation_type", [["2022", "2022"], ["2024", "2024"]],
                        [["EXTRADITION", "Extradition"], ["MLA", "Mutual legal assistance"]], [[0.21, 0.35], [0.26, 0.41]]))

        when:
        def png = renderer.png(chart, 1200, 700)
        new File(OUT.tap { mkdirs() }, "share-line.png").bytes = png
        def axis = renderer.build(chart).categoryPlot.rangeAxis

        then:
        ImageIO.read(new ByteArrayInputStream(png)).width == 1200
        axis.numberFormatOverride.format(0.41) == "41%"
    }

    def "an empty table still draws a chart with its title"() {
        given:
        def chart = new Chart(ChartType.BAR, "Nothing yet", "Legal basis", "Cases", "Returns accepted for cycle 2030; 0 States reporting",
                table("cases", "legal_basis", null, [], [], []))

        when:
        def png = renderer.png(chart, 800, 500)

        then:
        ImageIO.read(new ByteArrayInputStream(png)).height == 500
        renderer.svg(chart, 800, 500).contains("Nothing yet")
    }
}
