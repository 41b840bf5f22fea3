package org.coopstats.system

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Specification

import org.coopstats.support.ServiceProcess

/** Starting the service wrongly gives one plain line and a non-zero exit, not a stack trace. */
@MicronautTest(transactional = false)
class StartupProblemsSpec extends Specification {

    def "a second service on the same data directory stops at once with an explanation"() {
        when: "the service starts on the directory this test run's database already uses"
        def run = startService(COOPSTATS_DATA_DIR: "target/test-mariadb")

        then:
        run.exitCode == 1
        run.output.contains("coopstats did not start: another coopstats is already running on the data directory")
        !run.output.contains("\tat ")
    }

    def "a port already taken stops the service with an explanation"() {
        given: "something else listening on the port"
        def taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))
        def dataDir = new File("target/startup-spec-${UUID.randomUUID()}")

        when:
        def run = startService(COOPSTATS_DATA_DIR: dataDir.path, MICRONAUT_SERVER_PORT: String.valueOf(taken.localPort))

        then:
        run.exitCode == 1
        run.output.contains("coopstats did not start: the HTTP port is already in use")
        !run.output.contains("\tat ")

        cleanup:
        taken?.close()
        dataDir.deleteDir()
    }

    def "a data directory under the temporary directory is refused before anything is lost"() {
        when:
        def run = startService(COOPSTATS_DATA_DIR: new File(ServiceProcess.CHILD_TMP, "coopstats-spec").path)

        then:
        run.exitCode == 1
        run.output.contains("which the embedded MariaDB empties at every start")
        !run.output.contains("\tat ")
    }

    def "an external database that cannot be reached stops the service with an explanation"() {
        when:
        def run = startService(DATASOURCES_DEFAULT_URL: "jdbc:mariadb://127.0.0.1:1/coopstats")

        then:
        run.exitCode == 1
        run.output.contains("coopstats did not start: cannot reach the database")
        !run.output.contains("\tat ")
    }

    def "a session secret too short to be safe stops the service with an explanation"() {
        when:
        def run = startService(COOPSTATS_DATA_DIR: "target/test-mariadb", COOPSTATS_SESSION_SECRET: "short")

        then:
        run.exitCode == 1
        run.output.contains("COOPSTATS_SESSION_SECRET must have at least 32 characters.")
        !run.output.contains("\tat ")
    }

    private static Map startService(Map<String, String> environment) {
        ServiceProcess.runUntilExit(environment + [COOPSTATS_DEMO_DATA_ENABLED: "false"])
    }
}
