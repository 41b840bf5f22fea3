package org.coopstats.bench

import groovy.transform.CompileStatic
import io.micronaut.json.JsonMapper
import org.coopstats.support.ServiceProcess

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * How long the raw export of every counted case line takes, and how much memory the service
 * uses for it, with a small heap: the service runs in its own JVM (-Xmx256m unless told
 * otherwise) as a person starts it, on a fresh data directory where its first start loads the
 * demo with the given number of lines. Each round downloads GET /api/analytics/lines.csv with
 * the demo analyst's bearer token, reading the bytes as they come and counting the rows
 * (the export has no line breaks inside a field), and checks the count against the counted
 * lines the analytics give. The service's resident memory comes from /proc: its peak is reset
 * before each round, so "peak RSS" is the highest it reached during that round.
 * A plain main class, not a spec: run it with {@code bench/export.sh [lines] [rounds] [heap]}.
 */
class ExportBenchmark {

    static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0].replace('_', '').replace(',', '')) : 1_000_000
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3
        String heap = args.length > 2 ? args[2] : "256m"
        File dataDir = new File("target/bench-export").absoluteFile
        dataDir.deleteDir()
        int port = ServiceProcess.freePort()
        println "== load average before the start (1, 5, 15 min): ${Machine.loadAverage()}"
        long started = System.nanoTime()
        ServiceProcess service = ServiceProcess.startAndWait(port, [COOPSTATS_DATA_DIR: dataDir.path, COOPSTATS_DEMO_DATA_LINES: lines],
                ["-Xmx$heap".toString()], 900)
        int status = 0
        try {
            println String.format('== service started with -Xmx%s and %,d demo lines in %.1f s; %s', heap, lines,
                    (System.nanoTime() - started) / 1e9d, (service.output =~ /Demo data loaded: [^.]*/)[0])
            status = run(service, port, rounds, heap)
        } catch (Throwable e) {
            e.printStackTrace()
            status = 1
        } finally {
            service.stop()
            dataDir.deleteDir()
        }
        System.exit(status)
    }

    /** Bytes and line feeds of a stream, read in 64 KB pieces; compiled statically so the client stays cheap beside the service. */
    @CompileStatic
    static long[] bytesAndNewlines(InputStream body) {
        byte[] buffer = new byte[1 << 16]
        long bytes = 0
        long newlines = 0
        int read
        while ((read = body.read(buffer)) > 0) {
            bytes += read
            for (int i = 0; i < read; i++) {
                if (buffer[i] == (byte) 10) {
                    newlines++
                }
            }
        }
        [bytes, newlines] as long[]
    }

    private static int run(ServiceProcess service, int port, int rounds, String heap) {
        String base = "http://127.0.0.1:$port"
        HttpClient http = HttpClient.newHttpClient()
        JsonMapper json = JsonMapper.createDefault()
        def tokenResponse = http.send(HttpRequest.newBuilder(URI.create("$base/api/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString('{"email":"analyst@demo.coopstats.org","password":"coopstats-demo"}')).build(),
                HttpResponse.BodyHandlers.ofString())
        String token = json.readValue(tokenResponse.body(), Map).token
        long counted = json.readValue(http.send(HttpRequest.newBuilder(URI.create("$base/api/analytics?measure=lines"))
                .header("Authorization", "Bearer $token").build(), HttpResponse.BodyHandlers.ofString()).body(), Map).total as long
        println String.format('== counted lines (latest accepted versions): %,d', counted)
        println "== load average before the rounds: ${Machine.loadAverage()}"
        println String.format('%-6s %10s %8s %12s %9s %10s %12s %15s %12s', 'round', 'rows', 'MB', 'first byte', 'seconds',
                'rows/s', 'heap limit', 'peak RSS (MB)', 'RSS after')
        List<Double> seconds = []
        for (int i = 1; i <= rounds; i++) {
            service.resetPeakMemory()
            long started = System.nanoTime()
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("$base/api/analytics/lines.csv"))
                    .header("Authorization", "Bearer $token").build(), HttpResponse.BodyHandlers.ofInputStream())
            double firstByte = (System.nanoTime() - started) / 1e9d
            long[] read = response.body().withCloseable { InputStream body -> bytesAndNewlines(body) }
            long bytes = read[0]
            long newlines = read[1]
            double took = (System.nanoTime() - started) / 1e9d
            long rows = newlines - 1
            if (response.statusCode() != 200 || rows != counted) {
                throw new IllegalStateException("round $i: status ${response.statusCode()}, ${rows} rows for ${counted} counted lines")
            }
            seconds << took
            def memory = service.memoryKb()
            println String.format('%-6d %,10d %8.1f %12.2f %9.2f %,10.0f %12s %,15.0f %,12.0f', i, rows, bytes / 1e6, firstByte, took,
                    rows / took, "-Xmx$heap", memory.peak / 1024d, memory.rss / 1024d)
        }
        if (!service.alive || service.output.contains("OutOfMemoryError")) {
            throw new IllegalStateException("the service ran out of memory or stopped:\n${service.output}")
        }
        List<Double> sorted = seconds.sort(false)
        println String.format('median: %.2f s for the export of %,d lines (%,.0f rows/s) with -Xmx%s, over %d round(s)',
                sorted[sorted.size().intdiv(2)], counted, counted / sorted[sorted.size().intdiv(2)], heap, rounds)
        Machine.printHost()
        0
    }
}
