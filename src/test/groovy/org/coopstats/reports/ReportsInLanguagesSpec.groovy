package org.coopstats.reports

import org.coopstats.analytics.Measure
import org.coopstats.charts.ChartType
import org.coopstats.i18n.BundlesSpec
import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import spock.lang.Specification

/**
 * Every standard report reads in the six languages: its title and method note are in
 * i18n/reports_*.properties, the English there is the file's own, and a stacked 100% chart has its
 * value axis in each language. (BundlesSpec checks that the six files hold the same keys.)
 */
class ReportsInLanguagesSpec extends Specification {

    /** The files the build put on the classpath, read as the service reads them. */
    static final List<ReportDefinition> SHIPPED = ReportFiles.onClasspath(ReportsInLanguagesSpec.classLoader)
            .collect { ReportParser.parse(it) }

    def "report #report.id has a title and a description in #language"() {
        given:
        def bundle = BundlesSpec.read("reports", language)

        expect:
        bundle.getProperty(report.key("title"))?.trim()
        bundle.getProperty(report.key("description"))?.trim()

        where:
        [report, language] << [SHIPPED, Language.values() as List].combinations()
    }

    def "the English of report #report.id in the bundle is the file's own title and notes"() {
        given:
        def english = BundlesSpec.read("reports", Language.EN)

        expect:
        english.getProperty(report.key("title")) == report.title()
        english.getProperty(report.key("description")) == report.notes()

        where:
        report << SHIPPED
    }

    def "report #report.id, a stacked 100% chart of #report.measure, has its value axis in #language"() {
        expect:
        BundlesSpec.read("reports", language).getProperty(ReportDefinitions.percentAxisKey(Measure.of(report.measure()).get()))?.trim()

        where:
        [report, language] << [SHIPPED.findAll { it.chart() == ChartType.STACKED_PERCENT.code() },
                               Language.values() as List].combinations()
    }

    def "a report gives its title and notes in the page's language, and the file's English otherwise"() {
        given:
        def report = SHIPPED.find { it.id() == "refusal-grounds" }

        expect:
        report.title(Text.of(Language.FR)) == "Motifs de refus des demandes"
        report.title(Locale.forLanguageTag("ar-EG")) == "أسباب رفض الطلبات"
        report.title(Locale.SIMPLIFIED_CHINESE) == "拒绝请求的理由"
        report.notes(Text.of(Language.RU)).contains("пункты 8 и 22 статьи 18")
        report.title(Text.ENGLISH) == report.title()
        report.notes(Locale.GERMAN) == report.notes()
    }

    def "a report the bundles do not know (one from COOPSTATS_REPORTS_DIR) keeps its file's words in every language"() {
        given:
        def report = new ReportDefinition("local-report", "Local title", "cases", "offence", null, [:], "accepted", "bar", [],
                "Local notes")

        expect:
        Language.values().every { report.title(Text.of(it)) == "Local title" && report.notes(Text.of(it)) == "Local notes" }
    }

    def "the per cent axis is one phrase per language, and English keeps the measure's own wording"() {
        expect:
        ReportDefinitions.percentAxis(Measure.CASES, Text.ENGLISH) == "Per cent of cases"
        ReportDefinitions.percentAxis(Measure.LINES, Text.ENGLISH) == "Per cent of case lines"
        ReportDefinitions.percentAxis(Measure.CASES, Text.of(Language.ES)) == "Porcentaje de casos"
        ReportDefinitions.percentAxis(Measure.STATES, Text.of(Language.FR)) == "Per cent of reporting States"
    }
}
