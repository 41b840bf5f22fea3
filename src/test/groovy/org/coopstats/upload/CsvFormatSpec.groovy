package org.coopstats.upload

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.reference.ReferenceQueries
import spock.lang.Specification

@MicronautTest(transactional = false)
class CsvFormatSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    ReferenceQueries reference

    def "the template names every column once and its example row uses allowed codes"() {
        when:
        def response = http.toBlocking().exchange("/csv/template.csv", String)
        def rows = parse(response.body())

        then:
        response.headers.get("Content-Disposition").contains("case-lines-template.csv")
        response.body().startsWith("\uFEFF")
        rows[0] == CsvFormatController.COLUMNS
        rows.size() == 2
        def example = [rows[0], rows[1]].transpose().collectEntries()
        def allowed = allowedCodes()
        CsvFormatController.CODED_COLUMNS.keySet().every { column -> example[column] == "" || allowed[column].contains(example[column]) }
    }

    def "the list of codes holds every code of every taxonomy a column uses, and every State"() {
        when:
        def rows = parse(http.toBlocking().retrieve("/csv/codes.csv"))
        def listed = rows.drop(1).groupBy { it[0] }.collectEntries { column, entries -> [column, entries*.get(1) as Set] }

        then:
        rows[0] == ["column", "code", "label", "belongs_to"]
        listed.counterpart_iso3 == (reference.states()*.iso3() + [""]) as Set
        CsvFormatController.CODED_COLUMNS.every { column, taxonomy ->
            listed[column] == reference.taxonomies().find { it.code() == taxonomy }.terms()*.code() as Set
        }
    }

    private Map<String, Set<String>> allowedCodes() {
        CsvFormatController.CODED_COLUMNS.collectEntries { column, taxonomy ->
            [column, reference.taxonomies().find { it.code() == taxonomy }.terms()*.code() as Set]
        }
    }

    private static List<List<String>> parse(String body) {
        CSVFormat.RFC4180.parse(new StringReader(body.replaceFirst("^\uFEFF", ""))).records.collect { it.toList() }
    }
}
