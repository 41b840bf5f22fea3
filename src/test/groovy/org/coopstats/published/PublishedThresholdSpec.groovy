package org.coopstats.published

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

/** COOPSTATS_DISCLOSURE_THRESHOLD is the threshold an edition is published with, and its pages say so. */
@MicronautTest(transactional = false)
@Property(name = "coopstats.disclosure.threshold", value = "5")
class PublishedThresholdSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    PublishedDemo demo

    def "an edition keeps the configured threshold, and its methods note gives it"() {
        when:
        def editions = demo.load(2015, 500)
        def page = new PublicWeb(server.URL).get("/published/2024/1?lang=en").text

        then:
        editions.first2024.suppressionThreshold() == 5
        page.contains("fewer than 5 cases is not shown")
    }
}
