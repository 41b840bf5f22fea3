package org.coopstats.published

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.disclosure.Attacker
import org.coopstats.publication.Publisher
import org.coopstats.support.TestDatabase
import spock.lang.Specification

/**
 * A report an operator adds by counterpart region: a region where one State alone was the other
 * side points at that State, so its small figures are hidden as a named State's would be.
 */
@MicronautTest(transactional = false)
@Property(name = "coopstats.reports.dir", value = "src/test/resources/reports-counterpart")
class CounterpartRegionSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    Publisher publisher

    @Inject
    PublishedDemo demo

    def "New Zealand, Oceania's only counterpart, is not given away by 2 cases of its region"() {
        given: "Australia made 2 requests to New Zealand under a bilateral treaty; the other requests went to France"
        database.removeReturnsAndCycles()
        Long cycle = database.insertCycle("2030", 2030)
        AcceptedReturns.insert(database, cycle, "AUS", false, [["MLA", "OUTGOING", "NZL", "BILATERAL", 2],
                                                               ["MLA", "OUTGOING", "FRA", "UNTOC", 5]])
        AcceptedReturns.insert(database, cycle, "KEN", true, [["MLA", "OUTGOING", "FRA", "UNTOC", 10],
                                                              ["MLA", "OUTGOING", "FRA", "BILATERAL", 4]])
        AcceptedReturns.insert(database, cycle, "DEU", false, [["MLA", "OUTGOING", "ITA", "REGIONAL", 20]])
        publisher.publish("2030", null, null)
        demo.fresh()

        when:
        def answer = new PublicWeb(server.URL).get("/published/2030/1/reports/cases-by-counterpart-region.csv")
        def rows = CSVFormat.RFC4180.parse(new StringReader(answer.text)).records*.toList()
        def oceania = rows.find { it[1] == "Oceania" }

        then:
        answer.status == 200
        rows[0][2..-1] == ["UNTOC The Organized Crime Convention", "REGIONAL A regional or multilateral treaty",
                           "BILATERAL A bilateral treaty", "total"]
        oceania[2..-1].contains("x")
        !oceania[2..-1].contains("2")

        and: "Europe's figures hide with it as partners, the totals stay true, and nothing hidden can be worked out"
        rows.find { it[1] == "Europe" }[2..-1] == ["x", "20", "x", "x"]
        rows.last()[2..-1] == ["15", "20", "6", "41"]
        Attacker.disclosed(PublicTablesAttackSpec.read(answer.text)).isEmpty()
    }
}
