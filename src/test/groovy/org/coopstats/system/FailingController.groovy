package org.coopstats.system

import io.micronaut.context.annotation.Requires
import io.micronaut.security.annotation.Secured
import io.micronaut.security.rules.SecurityRule
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.Post
import io.micronaut.http.annotation.Produces
import io.micronaut.http.MediaType
import io.micronaut.transaction.annotation.Transactional
import org.jooq.DSLContext

import static org.coopstats.db.Tables.REPORTING_CYCLE

/**
 * Endpoints that fail on purpose, present only in tests, to prove how every real endpoint's
 * failures reach people: through the service's global error handling.
 */
@Requires(env = "test")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/test-failures")
class FailingController {

    private final DSLContext db

    FailingController(DSLContext db) {
        this.db = db
    }

    @Post("/impossible-cycle")
    @Transactional
    String impossibleCycle() {
        db.insertInto(REPORTING_CYCLE)
                .set(REPORTING_CYCLE.CODE, "BROKEN")
                .set(REPORTING_CYCLE.PERIOD_START, java.time.LocalDate.of(2030, 1, 1))
                .set(REPORTING_CYCLE.PERIOD_END, java.time.LocalDate.of(2029, 1, 1))
                .set(REPORTING_CYCLE.OPENS_ON, java.time.LocalDate.of(2031, 1, 1))
                .set(REPORTING_CYCLE.DEADLINE, java.time.LocalDate.of(2031, 2, 1))
                .execute()
        "not reached"
    }

    @Get("/crash")
    @Produces(MediaType.TEXT_HTML)
    String crash() {
        throw new IllegalStateException("SELECT secret FROM internals WHERE boom = 1")
    }
}
