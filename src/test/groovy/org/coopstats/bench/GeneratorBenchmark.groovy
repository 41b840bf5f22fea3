package org.coopstats.bench

import io.micronaut.context.ApplicationContext
import io.micronaut.transaction.TransactionOperations
import org.coopstats.demo.DemoDataService

import java.sql.Connection
import java.time.LocalDate

/**
 * How fast the demo-data generator writes case lines into MariaDB: a plain main class, not a spec,
 * so Surefire leaves it alone. Run it with {@code bench/generator.sh [lines] [rounds]}.
 *
 * Each round empties the data tables, then times {@link DemoDataService#load} (plan, returns and
 * every case line, in one transaction, committed) and checks that case_line holds exactly the
 * requested number of lines. One unreported warm-up round of 50,000 lines comes first.
 */
class GeneratorBenchmark {

    static final long SEED = 2015L
    static final int WARM_UP_LINES = 50_000

    static void main(String[] args) {
        int lines = args.length > 0 ? parseCount(args[0]) : 1_000_000
        int rounds = args.length > 1 ? parseCount(args[1]) : 3
        if (lines < 1 || rounds < 1) {
            System.err.println("usage: bench/generator.sh [lines >= 1] [rounds >= 1]")
            System.exit(2)
        }
        int status = 0
        ApplicationContext context = ApplicationContext.run([
                'micronaut.server.port'        : -1,
                'coopstats.data-dir'           : 'target/bench-mariadb',
                'coopstats.fresh-per-run'      : true,
                'coopstats.demo-data.enabled'  : false,
        ] as Map<String, Object>)
        try {
            status = run(context, lines, rounds)
        } catch (Throwable e) {
            e.printStackTrace()
            status = 1
        } finally {
            context.close()
        }
        System.exit(status)
    }

    private static int run(ApplicationContext context, int lines, int rounds) {
        DemoDataService demoData = context.getBean(DemoDataService)
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations)

        println "== load average before the rounds (1, 5, 15 min): ${loadAverage()}"
        println "== warm-up: ${String.format('%,d', WARM_UP_LINES)} lines (not reported)"
        Round warmUp = round(demoData, transactions, WARM_UP_LINES)
        println "   ${warmUp}"

        println "== ${rounds} round(s) of ${String.format('%,d', lines)} lines, seed ${SEED}"
        println String.format('%-6s %12s %10s %14s %12s', 'round', 'lines', 'seconds', 'lines/s', 'empty (s)')
        List<Round> measured = []
        for (int i = 1; i <= rounds; i++) {
            Round r = round(demoData, transactions, lines)
            measured << r
            println String.format('%-6d %,12d %10.2f %,14.0f %12.2f', i, r.lines, r.seconds, r.rate, r.emptySeconds)
        }
        List<Double> rates = measured*.rate.sort()
        double median = rates.size() % 2 == 1 ? rates[rates.size().intdiv(2)]
                : (rates[rates.size().intdiv(2) - 1] + rates[rates.size().intdiv(2)]) / 2
        println String.format('median: %,.0f lines/s over %d round(s) of %,d lines', median, rounds, lines)
        printMachine(transactions)
        return 0
    }

    private static Round round(DemoDataService demoData, TransactionOperations<Connection> transactions, int lines) {
        long emptyStarted = System.nanoTime()
        emptyDataTables(transactions)
        double emptySeconds = (System.nanoTime() - emptyStarted) / 1e9d

        long started = System.nanoTime()
        demoData.load(SEED, lines)
        double seconds = (System.nanoTime() - started) / 1e9d

        long count = queryLong(transactions, 'SELECT COUNT(*) FROM case_line')
        if (count != lines) {
            throw new IllegalStateException("case_line holds ${count} lines after loading ${lines}")
        }
        new Round(lines: lines, seconds: seconds, emptySeconds: emptySeconds)
    }

    /**
     * TRUNCATE for case_line (nothing references it, and deleting a million rows one by one with
     * thirteen secondary indexes is slow and leaves purge work behind that would slow the next
     * round); DELETE for the two parent tables, which foreign keys reference.
     */
    private static void emptyDataTables(TransactionOperations<Connection> transactions) {
        transactions.executeWrite { status ->
            status.connection.createStatement().withCloseable { statement ->
                statement.execute('TRUNCATE TABLE case_line')
                statement.execute('DELETE FROM state_return')
                statement.execute('DELETE FROM reporting_cycle')
            }
            null
        }
    }

    private static long queryLong(TransactionOperations<Connection> transactions, String sql) {
        transactions.executeRead { status ->
            status.connection.createStatement().withCloseable { statement ->
                statement.executeQuery(sql).withCloseable { rs ->
                    rs.next()
                    rs.getLong(1)
                }
            }
        } as long
    }

    private static String queryString(TransactionOperations<Connection> transactions, String sql) {
        transactions.executeRead { status ->
            status.connection.createStatement().withCloseable { statement ->
                statement.executeQuery(sql).withCloseable { rs ->
                    rs.next()
                    rs.getString(1)
                }
            }
        } as String
    }

    private static void printMachine(TransactionOperations<Connection> transactions) {
        println "date: ${LocalDate.now()}"
        println "nproc: ${command('nproc') ?: Runtime.runtime.availableProcessors()}" +
                " (JVM sees ${Runtime.runtime.availableProcessors()} processors)"
        println "memory: ${memory()}"
        println "load average after the rounds (1, 5, 15 min; the benchmark itself keeps one core busy): ${loadAverage()}"
        println "java: ${System.getProperty('java.vm.name')} ${System.getProperty('java.runtime.version')}" +
                " (max heap ${Runtime.runtime.maxMemory().intdiv(1024 * 1024)} MB)"
        println "os: ${System.getProperty('os.name')} ${System.getProperty('os.version')} ${System.getProperty('os.arch')}"
        println "mariadb: ${queryString(transactions, 'SELECT VERSION()')}, innodb_buffer_pool_size " +
                "${queryLong(transactions, 'SELECT @@innodb_buffer_pool_size').intdiv(1024 * 1024)} MB, " +
                "innodb_flush_log_at_trx_commit ${queryLong(transactions, 'SELECT @@innodb_flush_log_at_trx_commit')}"
    }

    /** Other work on the machine skews the figures: the load average says whether there was any. */
    private static String loadAverage() {
        File loadavg = new File('/proc/loadavg')
        loadavg.exists() ? loadavg.text.trim().split(/\s+/).take(3).join(' ') : 'unknown'
    }

    private static String memory() {
        File meminfo = new File('/proc/meminfo')
        if (!meminfo.exists()) {
            return 'unknown'
        }
        String total = meminfo.readLines().find { it.startsWith('MemTotal:') }
        if (total == null) {
            return 'unknown'
        }
        long kb = total.replaceAll(/\D+/, '') as long
        String.format('%.1f GiB total', kb / (1024d * 1024d))
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start()
            String out = process.inputStream.text.trim()
            return process.waitFor() == 0 ? out : null
        } catch (IOException ignored) {
            return null
        }
    }

    private static int parseCount(String arg) {
        try {
            return Integer.parseInt(arg.replace('_', '').replace(',', ''))
        } catch (NumberFormatException e) {
            System.err.println("not a number: ${arg}")
            System.exit(2)
            return -1
        }
    }

    static class Round {
        int lines
        double seconds
        double emptySeconds

        double getRate() {
            lines / seconds
        }

        String toString() {
            String.format('%,d lines in %.2f s = %,.0f lines/s', lines, seconds, rate)
        }
    }
}
