package org.coopstats.system

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.flywaydb.core.Flyway
import spock.lang.Specification

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import java.sql.DriverManager

@MicronautTest(transactional = false)
class MigrationsSpec extends Specification {

    @Inject
    DatasourceConfiguration datasource

    def "every migration in sql/ applies to an empty MariaDB database"() {
        given: "a database with nothing in it on the test run's server"
        String serverUrl = serverUrl()
        withConnection(serverUrl) { it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_empty") }
        withConnection(serverUrl) { it.createStatement().execute("CREATE DATABASE coopstats_empty") }

        when: "Flyway migrates it from the classpath copy of sql/"
        def result = Flyway.configure()
                .dataSource(serverUrl.replace("/coopstats?", "/coopstats_empty?"), datasource.username, datasource.password)
                .locations("classpath:db/migration")
                .load()
                .migrate()

        then: "all of them ran and succeeded"
        result.success
        result.migrationsExecuted == new File("sql").listFiles().findAll { it.name ==~ /V\d+__.*\.sql/ }.size()
        result.migrationsExecuted >= 3

        and: "the tables the service needs are there"
        tables("coopstats_empty").containsAll(["state", "region", "case_line", "state_return", "reporting_cycle",
                                               "cooperation_type", "legal_instrument", "refusal_ground"])

        cleanup:
        withConnection(serverUrl) { it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_empty") }
    }

    def "the service's own database is migrated with nothing pending"() {
        expect:
        withConnection(serverUrl()) { connection ->
            def rs = connection.createStatement().executeQuery(
                    "SELECT COUNT(*), SUM(success) FROM flyway_schema_history WHERE version IS NOT NULL")
            rs.next()
            rs.getInt(1) == rs.getInt(2) && rs.getInt(1) >= 3
        }
    }

    private String serverUrl() {
        datasource.url
    }

    private Set<String> tables(String schema) {
        withConnection(serverUrl()) { connection ->
            def rs = connection.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = '$schema'")
            def names = [] as Set
            while (rs.next()) {
                names << rs.getString(1)
            }
            names
        }
    }

    private <T> T withConnection(String url, Closure<T> work) {
        DriverManager.getConnection(url, datasource.username, datasource.password).withCloseable(work)
    }
}
