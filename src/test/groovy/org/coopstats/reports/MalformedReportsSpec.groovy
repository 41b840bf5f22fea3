package org.coopstats.reports

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.AnalyticsRequest
import org.coopstats.support.ServiceProcess
import spock.lang.Specification

/**
 * A report definition that cannot be used is refused with one sentence naming the file and the
 * problem, in the loader and when the real service starts on a folder holding it.
 */
@MicronautTest(transactional = false)
class MalformedReportsSpec extends Specification {

    static final String VALID = """\
        id: sample
        title: Refused cases by ground
        measure: cases
        rows: refusal_ground
        filters:
          outcome: [REFUSED]
        chart: bar
        notes: Refused cases by the ground given.
        """.stripIndent()

    @Inject
    AnalyticsRequest requests

    File folder

    def setup() {
        folder = new File("target/report-specs/${UUID.randomUUID()}").absoluteFile
        folder.mkdirs()
    }

    def cleanup() {
        folder.deleteDir()
    }

    def "a definition with #mistake is refused, naming the file and the problem"() {
        given:
        def file = write("sample.yml", text)

        when:
        load()

        then:
        def refused = thrown(MalformedReportException)
        refused.message.startsWith("report definition ${file.path}: ")
        refused.problem().contains(expected)
        !refused.message.contains("\n")

        where:
        mistake                        | text                                                         || expected
        "bad YAML syntax"              | VALID.replace("title: Refused", "title: [Refused")           || "Not valid YAML at line"
        "a key given twice"            | VALID + "title: Again\n"                                     || "found duplicate key title"
        "an unknown measure"           | VALID.replace("measure: cases", "measure: happiness")        || 'Unknown measure "happiness"'
        "an unknown dimension"         | VALID.replace("rows: refusal_ground", "rows: weather")       || 'Unknown dimension "weather" for rows'
        "an unknown filter dimension"  | VALID.replace("outcome: [REFUSED]", "weather: [SUNNY]")      || 'filters: unknown dimension "weather"'
        "an unknown filter code"       | VALID.replace("[REFUSED]", "[REFUSED, FORGOTTEN]")           || '"FORGOTTEN" is not a code of outcome'
        "a cycle filter"               | VALID.replace("outcome: [REFUSED]", "cycle: [2024]")         || "cannot fix the cycle"
        "an unknown status"            | VALID + "status: published\n"                                || 'Unknown status "published"'
        "an id that is not its name"   | VALID.replace("id: sample", "id: other")                     || 'The id "other" must be the file\'s name without .yml, "sample"'
        "no title"                     | VALID.replace("title: Refused cases by ground\n", "")        || 'The key "title" is missing'
        "no measure"                   | VALID.replace("measure: cases\n", "")                        || 'The key "measure" is missing'
        "a title that is a list"       | VALID.replace("title: Refused cases by ground", "title: [a]") || '"title" must be text, not a list'
        "an unknown key"               | VALID + "colour: blue\n"                                     || 'Unknown key "colour". The keys are id, title'
        "an unknown chart type"        | VALID.replace("chart: bar", "chart: pie")                    || 'Unknown chart type "pie". Chart types: bar, stacked'
        "a line not over cycles"       | VALID.replace("chart: bar", "chart: line")                   || "A line chart runs over the reporting cycles"
        "a stack with nothing to stack"| VALID.replace("chart: bar", "chart: stacked")                || "give cols"
        "a stacked share"              | VALID.replace("chart: bar", "chart: stacked_percent").replace("measure: cases", "measure: refusal_rate") + "cols: region\n" || "Only counts"
        "a highlight not in the rows"  | VALID + "highlight: [REFUSED]\n"                             || 'highlight: "REFUSED" is not a code of refusal_ground'
        "nothing in it"                | ""                                                           || "The file is empty"
        "a list instead of keys"       | "- id: sample\n"                                             || "A report is a set of keys"
    }

    def "two files with the same id are refused, naming both"() {
        given:
        def first = write("sample.yaml", VALID)
        def second = write("sample.yml", VALID)

        when:
        load()

        then:
        def refused = thrown(MalformedReportException)
        refused.message == "report definition ${second.path}: The id \"sample\" is already the id of ${first.path}. Each report needs its own id."
    }

    def "codes that YAML would read as yes, no or numbers stay codes, and other files are left alone"() {
        given:
        write("sample.yml", VALID.replace("outcome: [REFUSED]", "electronic_evidence: [NO, YES]\n  informal_consultation: NO"))
        write("README.md", "not a report")

        when:
        def loaded = load()

        then:
        loaded*.id == ["sample"]
        loaded[0].filters() == [electronic_evidence: ["NO", "YES"], informal_consultation: ["NO"]]
        loaded[0].status() == "accepted"
    }

    def "the reports directory setting replaces the built-in reports"() {
        given:
        write("sample.yml", VALID)

        expect:
        new ReportDefinitions(new ReportSettings(folder.path), null, requests).list()*.id == ["sample"]
    }

    def "the service does not start on a reports directory holding a malformed file, and says which file"() {
        given:
        def file = write("sample.yml", VALID.replace("[REFUSED]", "[REFUSED, FORGOTTEN]"))
        def dataDir = new File("target/reports-spec-${UUID.randomUUID()}")

        when:
        def run = ServiceProcess.runUntilExit(COOPSTATS_DATA_DIR: dataDir.path, COOPSTATS_REPORTS_DIR: folder.path,
                COOPSTATS_DEMO_DATA_ENABLED: "false")

        then:
        run.exitCode == 1
        run.output.contains("coopstats did not start: report definition ${file.path}: \"FORGOTTEN\" is not a code of outcome")
        !run.output.contains("\tat ")

        cleanup:
        dataDir.deleteDir()
    }

    private File write(String name, String text) {
        def file = new File(folder, name)
        file.setText(text, "UTF-8")
        file
    }

    private List<ReportDefinition> load() {
        new ReportLoader(requests).load(ReportFiles.inDirectory(folder.toPath()))
    }
}
