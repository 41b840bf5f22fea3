package org.coopstats.accounts

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.system.StartupFailure
import spock.lang.Specification

import java.sql.DriverManager

/** The first administrator comes from settings on a start with no accounts. */
@MicronautTest(transactional = false)
class FirstAdminSpec extends Specification {

    @Inject
    DatasourceConfiguration testRunDatabase

    String url

    def setup() {
        url = testRunDatabase.url.replace("/coopstats?", "/coopstats_first_admin?")
    }

    def cleanup() {
        DriverManager.getConnection(testRunDatabase.url, testRunDatabase.username, testRunDatabase.password).withCloseable {
            it.createStatement().execute("DROP DATABASE IF EXISTS coopstats_first_admin")
        }
    }

    def "the first start creates the administrator with a hashed password, and later starts leave accounts alone"() {
        when:
        def context = start("coopstats.admin.email": "Head@Secretariat.example", "coopstats.admin.password": "a long enough secret")
        def admin = context.getBean(AccountRepository).findByEmail("head@secretariat.example").get()

        then:
        admin.role() == Role.ADMIN
        admin.passwordHash().startsWith('$2')
        context.getBean(PasswordHasher).matches("a long enough secret", admin.passwordHash())

        when: "the service starts again with other settings"
        context.close()
        context = start("coopstats.admin.email": "someone.else@secretariat.example", "coopstats.admin.password": "another long secret")

        then:
        context.getBean(AccountRepository).count() == 1

        cleanup:
        context?.close()
    }

    def "a short administrator password stops the start with a plain explanation"() {
        when:
        start("coopstats.admin.email": "head@secretariat.example", "coopstats.admin.password": "short")

        then:
        def failure = thrown(Exception)
        StartupFailure.explain(failure) == "COOPSTATS_ADMIN_PASSWORD must have at least 12 characters."
    }

    def "an administrator email that is not an address stops the start with a plain explanation"() {
        when:
        start("coopstats.admin.email": "head", "coopstats.admin.password": "a long enough secret")

        then:
        def failure = thrown(Exception)
        StartupFailure.explain(failure) == "COOPSTATS_ADMIN_EMAIL must be an email address to create the first administrator."
    }

    private ApplicationContext start(Map settings) {
        ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("first-admin")
                .properties([
                        "datasources.default.url"      : url,
                        "datasources.default.username" : testRunDatabase.username,
                        "datasources.default.password" : testRunDatabase.password,
                        "coopstats.security.bcrypt-cost": 4] + settings)
                .start()
    }
}
