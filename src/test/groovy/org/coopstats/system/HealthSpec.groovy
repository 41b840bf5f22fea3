package org.coopstats.system

import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer
import spock.lang.Specification

/** /health follows the database: what a load balancer or an operator checks first. */
class HealthSpec extends Specification {

    def "health answers 503 when the database does not answer"() {
        given: "the service pointed at a database server that is not there"
        def server = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("no-database")
                .properties([
                        "datasources.default.url"                        : "jdbc:mariadb://127.0.0.1:1/coopstats",
                        "datasources.default.initialization-fail-timeout": -1,
                        "datasources.default.connection-timeout"         : 1000,
                        "flyway.datasources.default.enabled"             : false,
                        "micronaut.server.port"                          : -1])
                .run(EmbeddedServer)
        def client = HttpClient.create(server.URL)

        when:
        client.toBlocking().exchange("/health", Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.SERVICE_UNAVAILABLE
        e.response.getBody(Map).get().status == "DOWN"

        cleanup:
        client?.close()
        server?.applicationContext?.close()
    }
}
