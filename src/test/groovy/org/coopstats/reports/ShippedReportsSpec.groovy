package org.coopstats.reports

import org.coopstats.charts.SourceLine
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.AnalyticsQueries
import org.coopstats.charts.ChartType
import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification

import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN
import static org.jooq.impl.DSL.countDistinct

/** Every report in reports/ is read at start-up and gives figures on the demo data. */
@MicronautTest(transactional = false)
class ShippedReportsSpec extends Specification {

    /** The files the build put on the classpath, read without the service. */
    static final List<String> SHIPPED = ReportFiles.onClasspath(ShippedReportsSpec.classLoader)*.idFromName()

    @Inject
    ReportDefinitions reports

    @Inject
    AnalyticsQueries queries

    @Inject
    SourceLine sourceLine

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demo

    @Shared
    boolean loaded

    def setup() {
        if (!loaded) {
            demo.loadData(2015, 4000)
            loaded = true
        }
    }

    def "every file in reports/ was read at start-up, the issue's seven reports among them"() {
        expect:
        reports.list()*.id == SHIPPED
        SHIPPED.containsAll(["convention-use-by-cooperation-type", "mla-legal-bases-by-region", "legal-bases-by-offence",
                             "refusal-grounds", "time-to-execute-by-legal-basis", "electronic-evidence-by-offence",
                             "channels-used"])
        reports.list().every { it.title && it.notes.length() > 80 }
    }

    def "report #id gives a table with figures, and a chart titled and labelled for readers"() {
        given:
        def report = reports.find(id).get()

        when:
        def query = reports.query(report, [:])
        def table = queries.run(query)
        def chart = reports.chart(report, table, sourceLine.of(query))

        then:
        !table.rows().isEmpty()
        table.cells().flatten().any { it != null && it > 0 }
        chart.type() == ChartType.of(report.chart()).get()
        chart.title() == report.title()
        chart.categoryAxisLabel() && chart.valueAxisLabel()
        chart.sourceLine() ==~ /Returns accepted for cycles 2023 and 2024; \d+ States reporting/

        where:
        id << SHIPPED
    }

    def "the refusal grounds report highlights the two grounds the Convention forbids, and the demo has refusals on them"() {
        given:
        def report = reports.find("refusal-grounds").get()

        when:
        def table = queries.run(reports.query(report, [:]))

        then:
        report.highlight() == ["BANK_SECRECY", "FISCAL_OFFENCE"]
        reports.chart(report, table, "").highlight() == ["BANK_SECRECY", "FISCAL_OFFENCE"] as Set
        table.rows()*.code().containsAll(report.highlight())
        !table.rows()*.code().contains(null)
    }

    def "report #id's chart in #language has the title of that language, and a stacked 100% chart its per cent axis"() {
        given:
        def report = reports.find(id).get()
        def text = Text.of(language)
        def table = queries.run(reports.query(report, [:]))

        when:
        def chart = reports.chart(report, table, "", text)

        then:
        chart.title() == text.get("reports.${id}.title")
        chart.title() != report.title()
        report.chart() != "stacked_percent" || chart.valueAxisLabel() == text.get("reports.axis.percentOf.${report.measure()}")

        where:
        [id, language] << [["refusal-grounds", "legal-bases-by-offence"], [Language.AR, Language.ZH, Language.RU]].combinations()
    }

    def "the source line counts the States whose accepted returns count in the cycle asked for"() {
        given:
        def report = reports.find("channels-used").get()
        int accepted = database.inTransaction { DSLContext db ->
            db.select(countDistinct(STATE_RETURN.STATE_ISO3)).from(STATE_RETURN)
                    .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                    .where(REPORTING_CYCLE.CODE.eq("2024")).and(STATE_RETURN.STATUS.eq("ACCEPTED"))
                    .fetchOne(0, int)
        }

        expect:
        sourceLine.of(reports.query(report, [cycle: ["2024"]])) == "Returns accepted for cycle 2024; $accepted States reporting"
        accepted > 10

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }
}
