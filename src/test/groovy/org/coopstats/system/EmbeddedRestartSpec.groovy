package org.coopstats.system

import org.coopstats.support.ServiceProcess
import spock.lang.Specification

/** The embedded database keeps its data across restarts of the service. */
class EmbeddedRestartSpec extends Specification {

    File dataDir = new File("target/restart-spec-${UUID.randomUUID()}")

    def cleanup() {
        dataDir.deleteDir()
    }

    def "a restarted service finds the data of the previous run and does not load the demo again"() {
        given:
        int port = ServiceProcess.freePort()
        Map environment = [COOPSTATS_DATA_DIR: dataDir.path, COOPSTATS_DEMO_DATA_LINES: 1_000]

        when: "the service starts on an empty directory and is stopped"
        def first = ServiceProcess.startAndWait(port, environment)
        def homeBefore = new URL("http://127.0.0.1:$port/").getText(requestProperties: [Accept: "text/html"])
        first.stop()

        and: "it starts again on the same directory"
        def second = ServiceProcess.startAndWait(port, environment)
        def homeAfter = new URL("http://127.0.0.1:$port/").getText(requestProperties: [Accept: "text/html"])
        second.stop()

        then: "the demo was loaded by the first run only"
        first.output.contains("Demo data loaded: 120 returns, 1000 case lines")
        !second.output.contains("Demo data loaded")

        and: "the second run shows what the first one stored"
        homeBefore.contains("January 1, 2023 to December 31, 2023")
        homeAfter.contains("January 1, 2023 to December 31, 2023")
        homeAfter.contains("January 1, 2024 to December 31, 2024")
    }
}
