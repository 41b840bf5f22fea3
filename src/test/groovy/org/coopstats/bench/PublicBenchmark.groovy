package org.coopstats.bench

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.Micronaut
import io.micronaut.transaction.TransactionOperations
import org.coopstats.Application
import org.coopstats.publication.Editions
import org.coopstats.publication.Publisher
import org.coopstats.support.ServiceProcess
import org.jooq.DSLContext

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.sql.Connection

import static org.coopstats.db.Tables.STATE_RETURN

/**
 * Requests per second of the public pages, measured with wrk against the service as it runs:
 * a plain main class, not a spec. Run it with {@code bench/public.sh [seconds] [connections]}.
 * The service starts in this JVM on a fresh data directory with the demo; when the demo has no
 * edition yet, every third State reporting in 2024 consents to be named and both cycles are
 * published. Each address is opened once (so its page is made), wrk runs 15 s on each to warm the
 * JIT, then 30 s on each, measured, with 2 threads; this JVM does nothing else meanwhile.
 * Anonymous requests, English; the last run asks for gzip as browsers do.
 */
class PublicBenchmark {

    static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 50
        File dataDir = new File("target/bench-public").absoluteFile
        dataDir.deleteDir()
        int port = ServiceProcess.freePort()
        println "== load average before the start (1, 5, 15 min): ${Machine.loadAverage()}"
        ApplicationContext service = Micronaut.build().mainClass(Application).banner(false).properties([
                "micronaut.server.port"     : port,
                "coopstats.data-dir"        : dataDir.path,
                "coopstats.demo-data.enabled": true,
        ] as Map<String, Object>).start()
        int status = 0
        try {
            publishIfNeeded(service)
            status = run("http://127.0.0.1:$port", seconds, connections, service)
        } catch (Throwable e) {
            e.printStackTrace()
            status = 1
        } finally {
            service.close()
            dataDir.deleteDir()
        }
        System.exit(status)
    }

    private static void publishIfNeeded(ApplicationContext service) {
        if (!service.getBean(Editions).all().isEmpty()) {
            println "== the demo's own editions are used"
            return
        }
        TransactionOperations<Connection> transactions = service.getBean(TransactionOperations)
        DSLContext db = service.getBean(DSLContext)
        transactions.executeWrite { status ->
            List<String> reporters = db.selectDistinct(STATE_RETURN.STATE_ISO3).from(STATE_RETURN).orderBy(STATE_RETURN.STATE_ISO3)
                    .fetch(STATE_RETURN.STATE_ISO3)
            List<String> named = reporters.indexed().findAll { i, iso3 -> i % 3 == 0 }.values() as List<String>
            db.update(STATE_RETURN).set(STATE_RETURN.PUBLICATION_CONSENT, "NAMED").where(STATE_RETURN.STATE_ISO3.in(named)).execute()
        }
        Publisher publisher = service.getBean(Publisher)
        ["2023", "2024"].each { publisher.publish(it, null, null) }
        println "== published 2023 and 2024 (the demo had no edition)"
    }

    private static String wrk(String url, int connections, int seconds, List<String> headers) {
        def command = (["wrk", "-t2", "-c$connections", "-d${seconds}s", "--latency"] + headers + [url])*.toString()
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start()
        String out = wrk.inputStream.text
        wrk.waitFor()
        out
    }

    private static int run(String base, int seconds, int connections, ApplicationContext service) {
        HttpClient http = HttpClient.newHttpClient()
        String state = service.getBean(Editions).with { editions ->
            def latest = editions.latest("2024").orElseThrow()
            editions.consents(latest.id()).findAll { it.value }.keySet().sort().first()
        }
        def addresses = ["list": "/published", "summary": "/published/2024/1", "CSV": "/published/2024/1/reports/refusal-grounds.csv",
                         "State page": "/published/2024/1/states/$state".toString()]
        addresses.each { name, path ->
            long started = System.nanoTime()
            def response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray())
            assert response.statusCode() == 200: "$path answered ${response.statusCode()}"
            println String.format('== %s %s: %,d bytes, made in %.0f ms', name, path, response.body().length,
                    (System.nanoTime() - started) / 1e6d)
        }
        println "== load average before wrk: ${Machine.loadAverage()}"
        def results = [:]
        def runs = addresses.collectEntries { name, path -> [(name): [path: path, headers: []]] }
        runs["summary, gzip"] = [path: addresses.summary, headers: ["-H", "Accept-Encoding: gzip"]]
        // a first pass over every address warms the JIT (the first address measured cold got a tenth of the
        // others' rate); it is not counted
        runs.each { name, run -> wrk(base + run.path, connections, 15, run.headers) }
        println "== warmed up: 15 s of wrk on each address; load average ${Machine.loadAverage()}"
        runs.each { name, run ->
            def command = ["wrk", "-t2", "-c$connections", "-d${seconds}s", "--latency"] + run.headers + [base + run.path]
            println "== ${command*.toString().join(' ')}"
            String out = wrk(base + run.path, connections, seconds, run.headers)
            println out
            String path = run.path
            results[name] = [path: path, rps: (out =~ /Requests\/sec:\s+([\d.]+)/)[0][1] as double,
                             p50 : (out =~ /50%\s+(\S+)/)[0][1], p99: (out =~ /99%\s+(\S+)/)[0][1],
                             errors: (out =~ /Non-2xx or 3xx responses: (\d+)/).with { it.find() ? it.group(1) : "0" },
                             transfer: (out =~ /Transfer\/sec:\s+(\S+)/)[0][1]]
        }
        println "| page | address | requests/s | latency p50 | latency p99 | non-2xx | transfer/s |"
        println "|---|---|---:|---:|---:|---:|---:|"
        results.each { name, r ->
            println String.format('| %s | `%s` | %,.0f | %s | %s | %s | %s |', name, r.path, r.rps, r.p50, r.p99, r.errors, r.transfer)
        }
        println "wrk: 2 threads, $connections connections, $seconds s per address after a first pass of 15 s each not counted, on the same machine as the service"
        Machine.printHost()
        results.values().every { it.errors == "0" } ? 0 : 1
    }
}
