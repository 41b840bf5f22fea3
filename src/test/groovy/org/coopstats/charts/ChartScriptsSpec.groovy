package org.coopstats.charts

import org.coopstats.analytics.AnalyticsTable
import org.jfree.chart.axis.AxisLocation
import org.jfree.chart.plot.PlotOrientation
import org.jfree.chart.ui.HorizontalAlignment
import spock.lang.Specification

import javax.imageio.ImageIO
import java.awt.Font
import java.awt.font.FontRenderContext
import java.awt.font.TextLayout
import java.awt.image.BufferedImage

import static org.coopstats.charts.ChartRendererSpec.table

/**
 * Charts in Chinese, Arabic and Russian on a machine with no fonts of its own: every text is
 * drawn in a face that has all its characters (never the empty box of a missing glyph), Arabic
 * is shaped and laid out right to left, and the chart's own words come in its language.
 */
class ChartScriptsSpec extends Specification {

    static final File OUT = new File("target/charts-scripts")
    static final FontRenderContext FRC = new FontRenderContext(null, true, true)

    ChartRenderer renderer = new ChartRenderer()

    static final Map<String, Map> CHARTS = [
            zh: [locale: Locale.CHINESE, title: "按法律依据和合作类型分列的案件", rowsLabel: "法律依据", valueLabel: "案件",
                 source: "2024周期已接受的申报；61个国家提交申报",
                 rows: [["UNTOC", "《联合国打击跨国有组织犯罪公约》"], ["BILATERAL", "双边条约"], ["DOMESTIC_LAW", "国内法"], ["RECIPROCITY", "互惠"]],
                 cols: [["EXTRADITION", "引渡"], ["MLA", "司法协助"], ["CONFISCATION", "没收"]]],
            ar: [locale: Locale.forLanguageTag("ar"), title: "القضايا حسب الأساس القانوني ونوع التعاون (UNTOC)", rowsLabel: "الأساس القانوني",
                 valueLabel: "القضايا", source: "التقارير المقبولة عن الدورة 2024؛ عدد الدول المبلغة: 61",
                 rows: [["UNTOC", "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"], ["BILATERAL", "معاهدة ثنائية"],
                        ["DOMESTIC_LAW", "القانون الداخلي"], ["RECIPROCITY", "المعاملة بالمثل"]],
                 cols: [["EXTRADITION", "تسليم المطلوبين"], ["MLA", "المساعدة القانونية المتبادلة"], ["CONFISCATION", "المصادرة"]]],
            ru: [locale: Locale.forLanguageTag("ru"), title: "Дела в разбивке по правовому основанию и виду сотрудничества",
                 rowsLabel: "Правовое основание", valueLabel: "Дела", source: "Принятые отчеты за цикл 2024; отчитавшихся государств: 61",
                 rows: [["UNTOC", "Конвенция против транснациональной организованной преступности"], ["BILATERAL", "Двусторонний договор"],
                        ["DOMESTIC_LAW", "Внутреннее законодательство"], ["RECIPROCITY", "Взаимность"]],
                 cols: [["EXTRADITION", "Выдача"], ["MLA", "Взаимная правовая помощь"], ["CONFISCATION", "Конфискация"]]],
    ]

    static Chart chart(String language, ChartType type = ChartType.STACKED) {
        Map words = CHARTS[language]
        AnalyticsTable cells = table("cases", "legal_basis", "cooperation_type", words.rows, words.cols,
                [[120, 8400, 33], [300, 410, 12], [40, 95, 4], [15, 60, null]])
        new Chart(type, words.title, words.rowsLabel, words.valueLabel, words.source, cells, ["RECIPROCITY"] as Set,
                words.locale, true)
    }

    def "a #language chart draws every text in a face that has each of its characters, in PNG and SVG"() {
        given:
        def chart = chart(language)

        when:
        byte[] png = renderer.png(chart, 1200, 700)
        String svg = renderer.svg(chart, 1200, 700)
        OUT.mkdirs()
        new File(OUT, "stacked-${language}.png").bytes = png
        new File(OUT, "stacked-${language}.svg").text = svg
        def texts = svgTexts(svg)

        then: "the SVG holds the texts as text, each naming the face it was measured in first, then the other scripts' faces"
        texts*.text.containsAll([chart.title(), chart.categoryAxisLabel(), chart.valueAxisLabel()])
        CHARTS[language].cols.every { col -> texts*.text.contains(col[1]) }
        texts.every { it.families.containsAll(["Noto Sans SC", "Noto Sans Arabic", "DejaVu Sans"]) }

        and: "every character of every text drawn is in the face it was drawn with, as a glyph of its own"
        texts.every { face(it.families[0]).covers(it.text) }
        texts.every { missingGlyphs(face(it.families[0]).regular(), it.text).isEmpty() }
        texts.findAll { it.text == chart.title() }.every { it.families[0] == expectedFace }

        and: "the PNG has ink where the title is"
        inkAt(ImageIO.read(new ByteArrayInputStream(png)), 0, 1200, 14, 48) > 800

        where:
        language | expectedFace
        "zh"     | "Noto Sans SC"
        "ar"     | "Noto Sans Arabic"
        "ru"     | "DejaVu Sans"
    }

    def "on a machine with no fonts at all, where Java's font manager cannot start by itself, the charts are drawn all the same"() {
        given: "a fontconfig that finds no font, as on a bare container with a JDK unpacked on it"
        def machine = new File("target/no-fonts").tap { deleteDir(); mkdirs() }
        def configuration = new File(machine, "fonts.conf")
        configuration.text = """<?xml version="1.0"?>
<fontconfig><cachedir>${new File(machine, 'cache').absolutePath}</cachedir></fontconfig>
"""
        def output = new File(machine, "charts")
        def java = new File(System.getProperty("java.home"), "bin/java").path
        // a home of its own: Java keeps what fontconfig told it in ~/.java/fonts and would use that instead
        def home = new File(machine, "home").tap { mkdirs() }
        def process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.home=" + home.absolutePath,
                "-cp", System.getProperty("java.class.path"), FontlessRender.name, output.absolutePath).redirectErrorStream(true)
        process.environment().put("FONTCONFIG_FILE", configuration.absolutePath)

        when:
        def running = process.start()
        String printed = running.inputStream.getText("UTF-8")
        boolean ended = running.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)

        then:
        ended && running.exitValue() == 0
        printed.contains("zh title face: Noto Sans SC")
        printed.contains("ar title face: Noto Sans Arabic")
        printed.contains("ru title face: DejaVu Sans")
        printed =~ /logical fonts from: .*coopstats-fonts.*fontconfig.properties/
        ["zh", "ar", "ru"].every { inkAt(ImageIO.read(new File(output, "${it}.png")), 0, 1200, 14, 48) > 800 }
        svgTexts(new File(output, "zh.svg").getText("UTF-8"))*.text.contains(CHARTS.zh.title)
    }

    def "a Chinese title is drawn with Noto Sans SC: its glyphs are the ideographs, not the box of a missing glyph"() {
        given:
        String title = CHARTS.zh.title
        Font used = renderer.build(chart("zh")).title.font
        Font dejaVu = ChartFonts.Face.LATIN.regular().deriveFont(24f)

        expect:
        used.family == "Noto Sans SC"
        missingGlyphs(used, title).isEmpty()
        // the face charts had before draws every one of these characters as the same box
        title.codePoints().toArray().every { !dejaVu.canDisplay(it) }
        title.codePoints().toArray().every { cp -> outline(used, cp) != outline(used, used.missingGlyphCode, true) }
    }

    def "Arabic is shaped and laid out right to left, and an Arabic chart reads from the right"() {
        given:
        def chart = chart("ar", ChartType.BAR)
        def jfree = renderer.build(chart)
        Font font = jfree.title.font
        String word = "المساعدة"

        when:
        int[] shaped = font.layoutGlyphVector(FRC, word.toCharArray(), 0, word.length(), Font.LAYOUT_RIGHT_TO_LEFT).getGlyphCodes(0, word.length(), null)
        int[] isolated = font.createGlyphVector(FRC, word).getGlyphCodes(0, word.length(), null)
        String svg = renderer.svg(chart, 1200, 700)
        new File(OUT.tap { mkdirs() }, "bar-ar.png").bytes = renderer.png(chart, 1200, 700)
        new File(OUT, "bar-ar.svg").text = svg

        then: "letters take their joined forms"
        font.family == "Noto Sans Arabic"
        shaped != isolated
        !new TextLayout(chart.title(), font, FRC).leftToRight

        and: "title, legend and notes start on the right; long labels stand right of the bars, which grow leftwards in the table's order"
        jfree.title.horizontalAlignment == HorizontalAlignment.RIGHT
        jfree.legend.horizontalAlignment == HorizontalAlignment.RIGHT
        jfree.subtitles.findAll { it instanceof org.jfree.chart.title.TextTitle }.every { it.horizontalAlignment == HorizontalAlignment.RIGHT }
        jfree.categoryPlot.orientation == PlotOrientation.HORIZONTAL
        jfree.categoryPlot.domainAxisLocation == AxisLocation.BOTTOM_OR_RIGHT
        jfree.categoryPlot.rangeAxis.inverted
        jfree.categoryPlot.dataset.columnKeys[0] == CHARTS.ar.rows[0][1]

        and: "upright bars keep the table's order from the left, their value axis on the right"
        def upright = renderer.build(new Chart(ChartType.BAR, "القضايا", "", "القضايا", "", table("cases", "cycle", null,
                [["2023", "2023"], ["2024", "2024"]], [], [[5], [7]]), [] as Set, Locale.forLanguageTag("ar"), false)).categoryPlot
        upright.orientation == PlotOrientation.VERTICAL
        upright.rangeAxisLocation == AxisLocation.BOTTOM_OR_RIGHT
        upright.dataset.columnKeys == ["2023", "2024"]
        !upright.rangeAxis.inverted

        and: "the SVG tells a browser that the Arabic texts run right to left, and the Latin ones do not"
        svg.contains('xml:lang="ar"')
        svgTexts(svg).findAll { it.text == chart.title() }.every { it.rtl }
        svgTexts(svg).findAll { it.text ==~ /[0-9,.%\s]+/ }.every { !it.rtl }
    }

    def "the chart's own words come in its language: #language"() {
        given:
        def rows = (1..30).collect { ["S$it", "State $it"] }
        def chart = new Chart(ChartType.BAR, "T", "R", "V", "S", table("cases", "refusal_ground", null, rows, [],
                (1..30).collect { [it * 1000] }), ["S30"] as Set, Locale.forLanguageTag(language), true)

        when:
        def jfree = renderer.build(chart)
        def data = new ChartData(chart, "Cases")
        def subtitles = jfree.subtitles.findAll { it instanceof org.jfree.chart.title.TextTitle }*.text

        then:
        subtitles.contains(source)
        data.notes[0].contains("25") && data.notes[0].contains("30")
        data.notes[1] == hidden
        data.dataset.columnKeys.contains(marked)
        jfree.categoryPlot.rangeAxis.numberFormatOverride.format(12345.5) == number

        where:
        language | source         | hidden                                                                              | marked                   | number
        "en"     | "Source: S"    | "Some values are hidden to protect confidentiality: see the table."                  | "State 30 (not permitted)" | "12,345.5"
        "fr"     | "Source : S"   | "Certaines valeurs sont masquées pour préserver la confidentialité : voir le tableau." | "State 30 (non admis)"   | "12\u202f345,5"
        "es"     | "Fuente: S"    | "Algunos valores se ocultan para proteger la confidencialidad: véase el cuadro."      | "State 30 (no admitido)" | "12.345,5"
        "ru"     | "Источник: S"  | "Некоторые значения скрыты в целях защиты конфиденциальности: см. таблицу."          | "State 30 (недопустимо)" | "12\u00a0345,5"
        "zh"     | "来源：S"       | "为保密起见，部分数值未予显示：见表格。"                                                  | "State 30（不允许）"        | "12,345.5"
        "ar"     | "المصدر: S"    | "بعض القيم مخفية حفاظاً على السرية: انظر الجدول."                                      | "State 30 (غير مسموح به)" | "12,345.5"
    }

    def "every language's bundle has the same keys as the English one"() {
        given:
        def english = bundle("en").keySet()

        expect:
        ChartWords.LANGUAGES.every { bundle(it).keySet() == english }
        english.every { it.startsWith("charts.") }
    }

    def "a text no face covers alone gets the face with most of its characters"() {
        expect:
        ChartFonts.faceFor("Cases") == ChartFonts.Face.LATIN
        ChartFonts.faceFor("Дела") == ChartFonts.Face.LATIN
        ChartFonts.faceFor("案件 (UNTOC)") == ChartFonts.Face.CHINESE
        ChartFonts.faceFor("القضايا 2024") == ChartFonts.Face.ARABIC
        ChartFonts.faceFor("按法律依据分列的案件 القضايا") == ChartFonts.Face.CHINESE
        ChartFonts.faceFor("القضايا حسب الأساس 案件") == ChartFonts.Face.ARABIC
        ChartFonts.faceFor("") == ChartFonts.Face.LATIN
    }

    static Properties bundle(String language) {
        def properties = new Properties()
        ChartScriptsSpec.getResourceAsStream("/i18n/charts_${language}.properties").withReader("UTF-8") { properties.load(it) }
        properties
    }

    static ChartFonts.Face face(String family) {
        ChartFonts.Face.values().find { it.family == family }
    }

    /** The characters of a text that the font would draw as its missing-glyph box, after shaping. */
    static List<String> missingGlyphs(Font font, String text) {
        text.codePoints().toArray().findAll { int cp ->
            !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT && !font.canDisplay(cp)
        }.collect { new String(Character.toChars(it)) } + (shapedGlyphs(font, text).contains(font.missingGlyphCode) ? ["(shaped)"] : [])
    }

    static List<Integer> shapedGlyphs(Font font, String text) {
        def vector = font.layoutGlyphVector(FRC, text.toCharArray(), 0, text.length(), Font.LAYOUT_LEFT_TO_RIGHT)
        vector.getGlyphCodes(0, vector.numGlyphs, null) as List
    }

    static String outline(Font font, int code, boolean glyphCode = false) {
        def vector = glyphCode ? font.createGlyphVector(FRC, [code] as int[]) : font.createGlyphVector(FRC, new String(Character.toChars(code)))
        def bounds = vector.getGlyphOutline(0).bounds2D
        "${bounds.width.round(2)}x${bounds.height.round(2)}:${vector.getGlyphCode(0)}"
    }

    static int inkAt(BufferedImage image, int x0, int x1, int y0, int y1) {
        int ink = 0
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y)
                if (((rgb >> 16) & 0xff) < 140 && ((rgb >> 8) & 0xff) < 140 && (rgb & 0xff) < 140) {
                    ink++
                }
            }
        }
        ink
    }

    /** Each SVG text with its font-family list and whether it is marked right to left. */
    static List<Map> svgTexts(String svg) {
        def document = ChartRendererSpec.svgParser().parse(new ByteArrayInputStream(svg.getBytes("UTF-8")))
        def nodes = document.getElementsByTagName("text")
        (0..<nodes.length).collect { i ->
            def node = nodes.item(i)
            def style = node.getAttribute("style")
            def families = (style =~ /font-family: ([^;]+);/)[0][1].split(",")*.trim()
            [text: node.textContent, families: families, rtl: node.getAttribute("direction") == "rtl"]
        }
    }
}
