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
        DriverManager.getConnection(testRunDatabase.url, "root", "").withCloseable {
            it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_first_start")
        }
    }

    def "the first start loads the demo and a restart keeps it as it is"() {
        when: "the service starts on an empty database, demo data asked for"
        start("coopstats.demo-data.enabled": true).close()

        then: "the demo cycles, returns and lines are there"
        counts() == [cycles: 2, lines: 1_500]

        when: "it starts again on the same database"
        start("coopstats.demo-data.enabled": true).close()

        then: "nothing was added"
        counts() == [cycles: 2, lines: 1_500]
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
                        "datasources.default.username": "root",
                        "datasources.default.password": "",
                        "coopstats.demo-data.lines"   : 1_500] + extra)
                .start()
    }

    private Map counts() {
        DriverManager.getConnection(url, "root", "").withCloseable { connection ->
            def count = { String table ->
                def rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM $table")
                rs.next()
                rs.getInt(1)
            }
            [cycles: count("reporting_cycle"), lines: count("case_line")]
        }
    }
}
