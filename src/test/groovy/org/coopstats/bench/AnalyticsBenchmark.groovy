package org.coopstats.bench

import io.micronaut.context.ApplicationContext
import io.micronaut.json.JsonMapper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.transaction.TransactionOperations
import org.coopstats.accounts.Account
import org.coopstats.accounts.AccountRepository
import org.coopstats.accounts.PasswordHasher
import org.coopstats.accounts.Role
import org.coopstats.demo.DemoAccounts
import org.coopstats.demo.DemoDataService
import org.coopstats.demo.DemoStatuses

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.sql.Connection

/**
 * How long an analyst waits for typical breakdowns of the analytics on a large demo: the
 * service runs with its own settings on a fresh embedded MariaDB, the demo generator loads
 * the lines (timed too, since an index that helps reading slows that load), the demo's
 * statuses give returns in every status and an amended one, and each breakdown is asked for
 * over HTTP with an analyst's bearer token, as /api/analytics?... with JSON back. One warm-up
 * pass over every breakdown comes first and is not reported. A plain main class, not a spec:
 * run it with {@code bench/analytics.sh [lines] [rounds]}.
 */
class AnalyticsBenchmark {

    static final long SEED = 2015L
    static final String EMAIL = "bench.analyst@unodc.example"
    static final String PASSWORD = "bench passphrase"

    static final List<String> BREAKDOWNS = [
            "measure=cases&rows=legal_basis&cols=cooperation_type",
            "measure=states&rows=region&cols=cycle",
            "measure=refusal_rate&rows=region",
            "measure=median_days&rows=legal_basis",
            "measure=convention_share&rows=cycle&cols=cooperation_type",
            "measure=lines",
            "measure=p90_days&rows=iccs_section&cols=cycle",
            "measure=states&rows=counterpart_region&cols=offence",
            "measure=electronic_evidence_share&rows=offence&region=EUROPE",
    ]

    static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0].replace('_', '').replace(',', '')) : 1_000_000
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3
        int status = 0
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer, [
                'micronaut.server.port'         : -1,
                'coopstats.data-dir'            : 'target/bench-mariadb',
                'coopstats.fresh-per-run'       : true,
                'coopstats.demo-data.enabled'   : false,
                'coopstats.security.bcrypt-cost': 4,
        ] as Map<String, Object>)
        try {
            status = run(server, lines, rounds)
        } catch (Throwable e) {
            e.printStackTrace()
            status = 1
        } finally {
            server.applicationContext.close()
        }
        System.exit(status)
    }

    private static int run(EmbeddedServer server, int lines, int rounds) {
        ApplicationContext context = server.applicationContext
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations)
        println "== load average before the load (1, 5, 15 min): ${Machine.loadAverage()}"
        long started = System.nanoTime()
        context.getBean(DemoDataService).load(SEED, lines)
        double loadSeconds = (System.nanoTime() - started) / 1e9d
        context.getBean(DemoStatuses).apply(context.getBean(DemoAccounts).latestCycleReporters())
        println String.format('== demo data: %,d lines loaded in %.2f s (%,.0f lines/s), seed %d', lines, loadSeconds,
                lines / loadSeconds, SEED)
        context.getBean(AccountRepository).save(Account.create(EMAIL, "Bench analyst",
                context.getBean(PasswordHasher).hash(PASSWORD), Role.ANALYST, null))
        Api api = new Api(server.URL.toString(), EMAIL, PASSWORD)
        println String.format('== counted lines (latest accepted versions): %,d', api.table("measure=lines").total as long)

        println "== warm-up: every breakdown once (not reported)"
        BREAKDOWNS.each { api.seconds(it) }
        println "== load average before the rounds: ${Machine.loadAverage()}"
        println "== ${rounds} round(s); seconds per breakdown, through HTTP, JSON"
        Map<String, List<Double>> times = BREAKDOWNS.collectEntries { [(it): []] }
        for (int i = 1; i <= rounds; i++) {
            BREAKDOWNS.each { times[it] << api.seconds(it) }
        }
        println String.format('%-62s %s %8s', 'breakdown', (1..rounds).collect { String.format('%7s', "r$it") }.join(' '), 'median')
        times.each { query, seconds ->
            println String.format('%-62s %s %8.2f', query, seconds.collect { String.format('%7.2f', it) }.join(' '), median(seconds))
        }
        Machine.print(transactions)
        0
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.sort(false)
        sorted.size() % 2 == 1 ? sorted[sorted.size().intdiv(2)]
                : (sorted[sorted.size().intdiv(2) - 1] + sorted[sorted.size().intdiv(2)]) / 2
    }

    /** /api/analytics as an analyst's script uses it: a bearer token from POST /api/tokens. */
    static class Api {

        final String base
        final String token
        final HttpClient http = HttpClient.newHttpClient()
        final JsonMapper json = JsonMapper.createDefault()

        Api(String base, String email, String password) {
            this.base = base.replaceAll('/$', '')
            def response = http.send(HttpRequest.newBuilder(URI.create("${this.base}/api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString([email: email, password: password])))
                    .build(), HttpResponse.BodyHandlers.ofString())
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /api/tokens answered ${response.statusCode()}: ${response.body()}")
            }
            token = json.readValue(response.body(), Map).token
        }

        Map table(String query) {
            def response = http.send(HttpRequest.newBuilder(URI.create("$base/api/analytics?$query"))
                    .header("Authorization", "Bearer $token").header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString())
            if (response.statusCode() != 200) {
                throw new IllegalStateException("$query answered ${response.statusCode()}: ${response.body()}")
            }
            json.readValue(response.body(), Map)
        }

        double seconds(String query) {
            long started = System.nanoTime()
            table(query)
            (System.nanoTime() - started) / 1e9d
        }
    }
}
