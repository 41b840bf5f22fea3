package org.coopstats.bench

import io.micronaut.context.ApplicationContext
import io.micronaut.json.JsonMapper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.transaction.TransactionOperations
import org.coopstats.accounts.Account
import org.coopstats.accounts.AccountRepository
import org.coopstats.accounts.PasswordHasher
import org.coopstats.accounts.Role
import org.jooq.DSLContext

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection
import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * How long an officer's system waits for a CSV upload of case lines, end to end: the service
 * runs with its own settings on a fresh embedded MariaDB; the benchmark signs in over HTTP like
 * anyone else, POSTs the file to /api/returns/{cycle}/uploads?mode=replace and polls the status
 * URL every 20 ms until the upload is DONE. That covers receiving and checking the bytes, the
 * header, parsing, LineRules on every row, deleting the lines there before (from the second
 * round on) and writing the new ones in one transaction. A plain main class, not a spec:
 * run it with {@code bench/upload.sh [rows] [rounds]}.
 */
class UploadBenchmark {

    static final String CYCLE = "2031"
    static final String STATE = "KEN"
    static final String EMAIL = "bench.officer@justice.example"
    static final String PASSWORD = "bench passphrase"
    static final int WARM_UP_ROWS = 20_000

    static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace('_', '').replace(',', '')) : 200_000
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5
        int status = 0
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer, [
                'micronaut.server.port'           : -1,
                'coopstats.data-dir'              : 'target/bench-mariadb',
                'coopstats.fresh-per-run'         : true,
                'coopstats.demo-data.enabled'     : false,
                'coopstats.security.bcrypt-cost'  : 4,
        ] as Map<String, Object>)
        try {
            status = run(server, rows, rounds)
        } catch (Throwable e) {
            e.printStackTrace()
            status = 1
        } finally {
            server.applicationContext.close()
        }
        System.exit(status)
    }

    private static int run(EmbeddedServer server, int rows, int rounds) {
        ApplicationContext context = server.applicationContext
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations)
        DSLContext db = context.getBean(DSLContext)
        long returnId = prepare(context, transactions, db)
        Path dir = Files.createDirectories(Path.of("target", "bench-upload"))
        UploadFiles files = transactions.executeRead { new UploadFiles(db, STATE) }
        Path warmUp = files.write(dir.resolve("warm-up.csv"), WARM_UP_ROWS, 2031, 1L)
        Path file = files.write(dir.resolve("lines-${rows}.csv"), rows, 2031, 2015L)
        Api api = new Api(server.URL.toString())
        api.signIn(EMAIL, PASSWORD)

        println "== load average before the rounds (1, 5, 15 min): ${Machine.loadAverage()}"
        println "== warm-up: ${String.format('%,d', WARM_UP_ROWS)} rows (not reported): ${api.upload(warmUp, WARM_UP_ROWS)}"
        println "== ${rounds} round(s) of ${String.format('%,d', rows)} rows, ${String.format('%.1f', Files.size(file) / 1e6)} MB, " +
                "mode=replace (round 1 into the lines of the warm-up, then each round replaces the previous one's)"
        println String.format('%-6s %12s %14s %12s %14s', 'round', 'rows', 'accepted (s)', 'done (s)', 'rows/s')
        List<Double> seconds = []
        for (int i = 1; i <= rounds; i++) {
            Api.Round round = api.upload(file, rows)
            long stored = transactions.executeRead { db.fetchCount(CASE_LINE, CASE_LINE.RETURN_ID.eq(returnId)) }
            if (stored != rows) {
                throw new IllegalStateException("the return holds ${stored} lines after uploading ${rows}")
            }
            seconds << round.doneSeconds
            println String.format('%-6d %,12d %14.2f %12.2f %,14.0f', i, rows, round.acceptedSeconds, round.doneSeconds,
                    rows / round.doneSeconds)
        }
        List<Double> sorted = seconds.sort(false)
        double median = sorted.size() % 2 == 1 ? sorted[sorted.size().intdiv(2)]
                : (sorted[sorted.size().intdiv(2) - 1] + sorted[sorted.size().intdiv(2)]) / 2
        println String.format('median: %.2f s for %,d rows (%,.0f rows/s) over %d round(s)', median, rows, rows / median, rounds)
        Machine.print(transactions)
        0
    }

    /** A cycle covering 2031 with Kenya's draft, and an officer for Kenya; returns the draft's id. */
    private static long prepare(ApplicationContext context, TransactionOperations<Connection> transactions, DSLContext db) {
        context.getBean(AccountRepository).save(Account.create(EMAIL, "Bench officer",
                context.getBean(PasswordHasher).hash(PASSWORD), Role.OFFICER, STATE))
        transactions.executeWrite {
            long cycle = db.insertInto(REPORTING_CYCLE)
                    .set(REPORTING_CYCLE.CODE, CYCLE)
                    .set(REPORTING_CYCLE.PERIOD_START, LocalDate.of(2031, 1, 1))
                    .set(REPORTING_CYCLE.PERIOD_END, LocalDate.of(2031, 12, 31))
                    .set(REPORTING_CYCLE.OPENS_ON, LocalDate.of(2032, 1, 15))
                    .set(REPORTING_CYCLE.DEADLINE, LocalDate.of(2032, 3, 31))
                    .returningResult(REPORTING_CYCLE.ID)
                    .fetchOne(REPORTING_CYCLE.ID)
            db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycle)
                    .set(STATE_RETURN.STATE_ISO3, STATE)
                    .set(STATE_RETURN.VERSION, 1)
                    .set(STATE_RETURN.STATUS, "DRAFT")
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID)
        } as long
    }

    /** The service's HTTP API as an officer's system uses it, cookies included. */
    static class Api {

        final String base
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()
        final JsonMapper json = JsonMapper.createDefault()

        Api(String base) {
            this.base = base.replaceAll('/$', '')
        }

        void signIn(String email, String password) {
            String page = http.send(HttpRequest.newBuilder(URI.create("$base/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()
            String token = (page =~ /name="csrf" value="([^"]*)"/)[0][1]
            String form = "csrf=${enc(token)}&email=${enc(email)}&password=${enc(password)}"
            def response = http.send(HttpRequest.newBuilder(URI.create("$base/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
            if (response.statusCode() != 303) {
                throw new IllegalStateException("sign-in answered ${response.statusCode()}")
            }
        }

        /** The session's token for API changes made with its cookie (GET /api/me). */
        String csrfToken() {
            def me = http.send(HttpRequest.newBuilder(URI.create("$base/api/me")).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString())
            json.readValue(me.body(), Map).csrfToken
        }

        Round upload(Path file, int rows) {
            long started = System.nanoTime()
            def accepted = http.send(HttpRequest.newBuilder(URI.create("$base/api/returns/$CYCLE/uploads?mode=replace"))
                    .header("Content-Type", "text/csv").header("Origin", base).header("X-CSRF-Token", csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString())
            double acceptedSeconds = (System.nanoTime() - started) / 1e9d
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("upload answered ${accepted.statusCode()}: ${accepted.body()}")
            }
            String statusUrl = json.readValue(accepted.body(), Map).statusUrl
            Map status
            while (true) {
                status = json.readValue(http.send(HttpRequest.newBuilder(URI.create(base + statusUrl)).build(),
                        HttpResponse.BodyHandlers.ofString()).body(), Map)
                if (status.finished) {
                    break
                }
                Thread.sleep(20)
            }
            double doneSeconds = (System.nanoTime() - started) / 1e9d
            if (status.status != "DONE" || status.linesAfter != rows) {
                throw new IllegalStateException("upload ended ${status.status}: ${status.message ?: status.problems}")
            }
            new Round(acceptedSeconds: acceptedSeconds, doneSeconds: doneSeconds)
        }

        private static String enc(String value) {
            URLEncoder.encode(value, "UTF-8")
        }

        static class Round {
            double acceptedSeconds
            double doneSeconds

            String toString() {
                String.format('accepted after %.2f s, done after %.2f s', acceptedSeconds, doneSeconds)
            }
        }
    }
}
