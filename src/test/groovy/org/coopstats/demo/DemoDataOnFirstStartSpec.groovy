package org.coopstats.demo

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import java.sql.DriverManager

/** The demo fills an empty database on the first start and is left alone on later starts. */
@MicronautTest(transactional = false)
class DemoDataOnFirstStartSpec extends Specification {

    @Inject
    DatasourceConfiguration testRunDatabase

    String url

    def setup() {
        url = testRunDatabase.url.replace("/coopstats?", "/coopstats_first_start?")
    }

    def cleanup() {
        DriverManager.getConnection(testRunDatabase.url, testRunDatabase.username, testRunDatabase.password).withCloseable {
            it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_first_start")
        }
    }

    def "the first start loads the demo and a restart keeps it as it is"() {
        when: "the service starts on an empty database, demo data asked for"
        start("coopstats.demo-data.enabled": true).close()

        then: "the demo cycles, returns and lines are there, with an amended return copying its lines"
        counts().cycles == 2
        counts().lines > 1_500

        and: "returns in every status, and an amended one, for the screens to show"
        statuses() == ["ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"] as Set
        versions() == [1, 2] as Set

        and: "both cycles published, the earlier one twice, its second edition counting the amended returns"
        editions() == ["2023/1 amended 0", "2023/2 amended 3", "2024/1 amended 0"]

        when: "it starts again on the same database"
        start("coopstats.demo-data.enabled": true).close()

        then: "nothing was added"
        counts() == old(counts())
    }

    def "demo data can be switched off"() {
        when:
        start("coopstats.demo-data.enabled": false).close()

        then:
        counts() == [cycles: 0, lines: 0]
    }

    def "an external database gets no demo data unless it is asked for"() {
        when: "the setting is left unset"
        start([:]).close()

        then:
        counts() == [cycles: 0, lines: 0]
    }

    private ApplicationContext start(Map extra) {
        ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("first-start")
                .properties([
                        "datasources.default.url"     : url,
                        "datasources.default.username": testRunDatabase.username,
                        "datasources.default.password": testRunDatabase.password,
                        "coopstats.demo-data.lines"   : 1_500] + extra)
                .start()
    }

    private Set<String> statuses() {
        DriverManager.getConnection(url, testRunDatabase.username, testRunDatabase.password).withCloseable { connection ->
            def rs = connection.createStatement().executeQuery("SELECT DISTINCT status FROM state_return")
            def found = [] as Set
            while (rs.next()) { found << rs.getString(1) }
            found
        }
    }

    private Set<Integer> versions() {
        DriverManager.getConnection(url, testRunDatabase.username, testRunDatabase.password).withCloseable { connection ->
            def rs = connection.createStatement().executeQuery("SELECT DISTINCT version FROM state_return")
            def found = [] as Set
            while (rs.next()) { found << rs.getInt(1) }
            found
        }
    }

    private List<String> editions() {
        DriverManager.getConnection(url, testRunDatabase.username, testRunDatabase.password).withCloseable { connection ->
            def rs = connection.createStatement().executeQuery("SELECT c.code, e.number, e.returns_amended FROM edition e "
                    + "JOIN reporting_cycle c ON c.id = e.cycle_id ORDER BY c.code, e.number")
            def found = []
            while (rs.next()) { found << "${rs.getString(1)}/${rs.getInt(2)} amended ${rs.getInt(3)}".toString() }
            found
        }
    }

    private Map counts() {
        DriverManager.getConnection(url, testRunDatabase.username, testRunDatabase.password).withCloseable { connection ->
            def count = { String table ->
                def rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM $table")
                rs.next()
                rs.getInt(1)
            }
            [cycles: count("reporting_cycle"), lines: count("case_line")]
        }
    }
}
