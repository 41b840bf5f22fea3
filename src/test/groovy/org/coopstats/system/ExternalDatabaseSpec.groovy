package org.coopstats.system

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.reference.ReferenceQueries
import spock.lang.Specification

import java.sql.DriverManager

/** With DATASOURCES_DEFAULT_URL set, the service uses that MariaDB and starts none of its own. */
@MicronautTest(transactional = false)
class ExternalDatabaseSpec extends Specification {

    @Inject
    DatasourceConfiguration testRunDatabase

    def "an external database URL is used instead of the embedded server"() {
        given: "a MariaDB reachable by URL (here: another database on the test run's server)"
        String externalUrl = testRunDatabase.url.replace("/coopstats?", "/coopstats_external?")
        def unusedDataDir = new File("target/external-spec-${UUID.randomUUID()}")

        when: "the service is configured with that URL"
        def context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("external")
                .properties([
                        "datasources.default.url"     : externalUrl,
                        "datasources.default.username": testRunDatabase.username,
                        "datasources.default.password": testRunDatabase.password,
                        "coopstats.data-dir"          : unusedDataDir.path,
                        "coopstats.demo-data.enabled" : false])
                .start()

        then: "the schema and reference data were migrated into it"
        context.getBean(ReferenceQueries).states().size() == 196
        context.getBean(DatasourceConfiguration).url == externalUrl

        and: "no embedded server was started: its data directory was never created"
        !unusedDataDir.exists()

        cleanup:
        context?.close()
        DriverManager.getConnection(testRunDatabase.url, testRunDatabase.username, testRunDatabase.password).withCloseable {
            it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_external")
        }
    }
}
