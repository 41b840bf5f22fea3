package org.coopstats.charts

/**
 * Run in a JVM of its own by ChartScriptsSpec, on a machine made to have no fonts: draws the
 * Chinese, Arabic and Russian charts as PNG and SVG into the folder given, and prints the face of
 * each title.
 */
class FontlessRender {

    static void main(String[] args) {
        def folder = new File(args[0]).tap { mkdirs() }
        def renderer = new ChartRenderer()
        ["zh", "ar", "ru"].each { language ->
            def chart = ChartScriptsSpec.chart(language)
            new File(folder, "${language}.png").bytes = renderer.png(chart, 1200, 700)
            new File(folder, "${language}.svg").text = renderer.svg(chart, 1200, 700)
            println "$language title face: ${renderer.build(chart).title.font.family}"
        }
        println "logical fonts from: ${System.getProperty('sun.awt.fontconfig')}"
    }
}
