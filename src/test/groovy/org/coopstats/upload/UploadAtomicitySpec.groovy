package org.coopstats.upload

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.i18n.Language
import org.coopstats.lines.CaseLine
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import java.time.LocalDate

@MicronautTest(transactional = false)
class UploadAtomicitySpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    UploadWriter writer

    UploadFixture fixture
    UploadClient officer

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        officer = fixture.officer()
    }

    def cleanup() {
        fixture.clean()
    }

    def "a 10,000-row file with one bad row leaves the database exactly as it was"() {
        given: "the return already has lines that a replacement would delete"
        officer.uploadAndWait("2031", CaseLineCsv.file(50), "replace")
        def rows = CaseLineCsv.lines(10_000)
        rows[7_499] += [case_count: "0"]
        byte[] file = CaseLineCsv.utf8(CaseLineCsv.text(rows))
        def before = fixture.checksums()

        when:
        def upload = officer.uploadAndWait("2031", file, "replace")

        then:
        upload.status == "REJECTED"
        upload.rowsValidated == 10_000
        upload.rowsWritten == 0
        upload.problems.collect { [it.row, it.column, it.value] } == [[7_501, "case_count", "0"]]
        fixture.checksums() == before
        before.keySet() == ["coopstats.case_line", "coopstats.state_return", "coopstats.audit_event"] as Set
        fixture.lineCount() == 50
    }

    def "lines checked while the return was a draft are not written once it has been submitted"() {
        given:
        database.inTransaction { db -> db.execute("UPDATE state_return SET status = 'SUBMITTED', submitted_at = NOW() WHERE id = ?", fixture.returnId) }
        def job = new UploadJob("test", "KEN", "2031", fixture.returnId, "officer.ken@justice.example", UploadMode.REPLACE,
                "lines.csv", 1, Language.EN)
        def rows = new CaseLineTsv(fixture.returnId)
        rows.add(new CaseLine("MLA", "OUTGOING", null, "UNTOC", null, "MONEY_LAUNDERING", "YES", "CENTRAL_AUTHORITY", "NO",
                "EXECUTED", null, 1, LocalDate.of(2031, 2, 3), null, null))
        def before = fixture.checksums()

        when:
        writer.write(job, rows.finish())

        then:
        thrown(UploadWriter.NotDraftException)
        fixture.checksums() == before
    }
}
