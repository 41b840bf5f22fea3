package org.coopstats.disclosure

import io.micronaut.context.ApplicationContext
import io.micronaut.context.exceptions.BeanInstantiationException
import org.coopstats.system.StartupFailure
import spock.lang.Specification

/** coopstats.disclosure.threshold (COOPSTATS_DISCLOSURE_THRESHOLD): 3 unless set, checked at start. */
class DisclosureSettingsSpec extends Specification {

    def "the threshold is what coopstats.disclosure.threshold says (3, checked on the demo data, when nothing is set)"() {
        when:
        def context = start(["coopstats.disclosure.threshold": 5])

        then:
        context.getBean(Disclosure).threshold() == 5

        cleanup:
        context?.close()
    }

    def "a threshold below 1 stops the service with a sentence saying so"() {
        when:
        start(["coopstats.disclosure.threshold": 0])

        then:
        def e = thrown(BeanInstantiationException)
        StartupFailure.explain(e) == "COOPSTATS_DISCLOSURE_THRESHOLD must be at least 1 (it is 0)."
    }

    /** The service's beans without a database: none is needed to read settings. */
    private static ApplicationContext start(Map properties) {
        ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("no-database")
                .properties([
                        "datasources.default.url"                        : "jdbc:mariadb://127.0.0.1:1/coopstats",
                        "datasources.default.initialization-fail-timeout": -1,
                        "datasources.default.connection-timeout"         : 1000,
                        "flyway.datasources.default.enabled"             : false,
                        "coopstats.demo-data.enabled"                    : false] + properties)
                .start()
    }
}
