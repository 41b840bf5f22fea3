package org.coopstats.analytics

import io.micronaut.json.JsonMapper
import org.coopstats.support.CsvDownload
import org.coopstats.support.ServiceProcess
import org.jooq.SQLDialect
import org.jooq.impl.DSL
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.sql.DriverManager

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN
import static org.jooq.impl.DSL.count
import static org.jooq.impl.DSL.notExists
import static org.jooq.impl.DSL.selectOne
import static org.jooq.impl.DSL.sum

/**
 * Issue 4: the raw export of case lines keeps the service's memory flat whatever the number of
 * lines, "the whole export of 1M lines runs with -Xmx256m". The service runs in its own JVM
 * with that heap limit and a demo of a million case lines (loaded by that same JVM on its first
 * start); an analyst downloads the whole export over HTTP, read as it streams in.
 */
class LineExportMemorySpec extends Specification {

    static final int DEMO_LINES = 1_000_000

    @Shared
    File dataDir = new File("target/export-memory-spec-${UUID.randomUUID()}").absoluteFile

    @Shared
    int port = ServiceProcess.freePort()

    @Shared
    ServiceProcess service

    @Shared
    long startSeconds

    def setupSpec() {
        long started = System.nanoTime()
        // 300 s rather than 90: the first start loads the million lines (about 10 s on a quiet machine)
        service = ServiceProcess.startAndWait(port, [COOPSTATS_DATA_DIR: dataDir.path, COOPSTATS_DEMO_DATA_LINES: DEMO_LINES],
                ["-Xmx256m"], 300)
        startSeconds = Math.round((System.nanoTime() - started) / 1e9d)
    }

    def cleanupSpec() {
        service?.stop()
        dataDir.deleteDir()
    }

    def "the whole export of about a million counted lines streams out of a service with a 256 MB heap"() {
        given: "the counted lines, counted in the database itself: latest accepted version of each return"
        def (long lines, long cases) = countedInDatabase()
        assert lines > 950_000

        and: "an analyst's token"
        String token = token("analyst@demo.coopstats.org", "coopstats-demo")
        boolean peakReset = service.resetPeakMemory()

        when: "the analyst downloads every counted line"
        def download = CsvDownload.get("http://127.0.0.1:$port/api/analytics/lines.csv", token, "case_count", 100_000)
        def memory = service.memoryKb()
        println String.format("line export: %,d rows, %.1f MB in %.2f s (%,.0f rows/s) with -Xmx256m; service started in %d s; " +
                "service RSS peak %,d kB %s, now %,d kB", download.records, download.bytes / 1e6, download.seconds,
                download.records / download.seconds, startSeconds, memory.peak, peakReset ? "during the export" : "since its start", memory.rss)

        then: "every counted line came, once, with its cases"
        download.status == 200
        download.contentType.startsWith("text/csv")
        download.records == lines
        download.sum == cases

        and: "the sampled records are whole case lines of accepted returns"
        download.header == ["cycle", "reporting_state", "region", "return_version", "return_status", "cooperation_type", "direction",
                            "counterpart_iso3", "legal_basis_category", "legal_instrument", "offence_type", "electronic_evidence",
                            "channel", "informal_consultation", "outcome", "refusal_ground", "case_count", "requested_on", "completed_on"]
        download.sample.size() == (int) Math.ceil(lines / 100_000d)
        download.sample.every { record ->
            record.size() == 19 && record.get("cycle") in ["2023", "2024"] && record.get("return_status") == "ACCEPTED" &&
                    record.get("reporting_state") ==~ /[A-Z]{3}/ && record.get("cooperation_type") && record.get("outcome") &&
                    (record.get("case_count") as int) >= 1
        }

        and: "the service is still up and never ran out of memory"
        service.alive
        new URL("http://127.0.0.1:$port/health").openConnection().with { (it as HttpURLConnection).responseCode } == 200
        !service.output.contains("OutOfMemoryError")
    }

    /** Lines and cases of the latest accepted version of each return, asked of the service's MariaDB directly. */
    private List<Long> countedInDatabase() {
        String databasePort = (service.output =~ /Embedded MariaDB on 127\.0\.0\.1:(\d+)/)[0][1]
        String password = new File(dataDir, "mariadb-password").text.trim()
        DriverManager.getConnection("jdbc:mariadb://127.0.0.1:$databasePort/coopstats", "coopstats", password).withCloseable { connection ->
            def newer = STATE_RETURN.as("newer")
            def row = DSL.using(connection, SQLDialect.MARIADB)
                    .select(count(), sum(CASE_LINE.CASE_COUNT))
                    .from(CASE_LINE)
                    .join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                    .where(STATE_RETURN.STATUS.eq("ACCEPTED"))
                    .and(notExists(selectOne().from(newer)
                            .where(newer.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                            .and(newer.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))
                            .and(newer.STATUS.eq("ACCEPTED"))
                            .and(newer.VERSION.gt(STATE_RETURN.VERSION))))
                    .fetchOne()
            [row.value1() as long, row.value2() as long]
        }
    }

    private String token(String email, String password) {
        def json = JsonMapper.createDefault()
        def response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString([email: email, password: password]))).build(),
                HttpResponse.BodyHandlers.ofString())
        assert response.statusCode() == 201
        json.readValue(response.body(), Map).token
    }
}
