package org.coopstats.upload

import io.micronaut.json.JsonMapper
import io.micronaut.http.client.HttpClient
import io.micronaut.runtime.server.EmbeddedServer
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import static org.coopstats.db.Tables.AUDIT_EVENT
import static org.coopstats.db.Tables.CASE_LINE

/** A cycle covering 2031 with Kenya's draft, officers signed in, and what the database holds. */
class UploadFixture {

    static final JsonMapper JSON = JsonMapper.createDefault()

    static final String PASSWORD = "officer passphrase"

    final TestDatabase database
    final HttpClient http
    final EmbeddedServer server
    Long cycleId
    Long returnId

    UploadFixture(TestDatabase database, HttpClient http, EmbeddedServer server) {
        this.database = database
        this.http = http
        this.server = server
    }

    /** Starts from no accounts and no returns; Kenya has a draft for 2031. */
    UploadFixture kenyaDraft() {
        clean()
        cycleId = database.insertCycle("2031", 2031)
        returnId = database.insertDraftReturn(cycleId, "KEN")
        this
    }

    void clean() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    UploadClient signedIn(String role, String iso3 = null) {
        String email = "${role.toLowerCase()}.${iso3?.toLowerCase() ?: 'secretariat'}@justice.example"
        database.account(email, PASSWORD, role, iso3)
        def client = new SignedInClient(http.toBlocking(), server.URL)
        client.signIn(email, PASSWORD)
        new UploadClient(client)
    }

    UploadClient officer(String iso3 = "KEN") {
        signedIn("OFFICER", iso3)
    }

    /** The return's lines as text, in the order they were stored, without ids. */
    List<Map<String, String>> storedLines(Long id = returnId) {
        database.inTransaction { DSLContext db ->
            db.selectFrom(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(id)).orderBy(CASE_LINE.ID).fetch().collect { row ->
                CaseLineCsv.COLUMNS.collectEntries { column ->
                    def value = row.get(column)
                    [column, value == null ? "" : value.toString()]
                }
            }
        }
    }

    int lineCount(Long id = returnId) {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE, CASE_LINE.RETURN_ID.eq(id)) }
    }

    /** The audit rows of uploads into the return, oldest first, with before and after parsed. */
    List<Map> uploadAudit(Long id = returnId) {
        database.inTransaction { DSLContext db ->
            db.selectFrom(AUDIT_EVENT)
                    .where(AUDIT_EVENT.ACTION.eq("LINES_UPLOADED")).and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))
                    .orderBy(AUDIT_EVENT.ID)
                    .fetch()
                    .collect { row ->
                        [actor : row.actor, entity: row.entity, before: JSON.readValue(row.beforeValue, Map),
                         after : JSON.readValue(row.afterValue, Map)]
                    }
        }
    }

    /** What the checksums of the tables an upload writes say about their whole content. */
    Map<String, Long> checksums() {
        database.inTransaction { DSLContext db ->
            db.fetch("CHECKSUM TABLE case_line, state_return, audit_event").collectEntries { [it.get(0), it.get(1)] }
        }
    }

    /** A line as the database gives it back: a blank count is one case. */
    static Map<String, String> asStored(Map<String, String> line) {
        def stored = CaseLineCsv.COLUMNS.collectEntries { [it, line[it] ?: ""] }
        if (stored.case_count == "") {
            stored.case_count = "1"
        }
        stored
    }
}
