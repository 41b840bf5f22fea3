package org.coopstats.bench

import io.micronaut.transaction.TransactionOperations

import java.sql.Connection
import java.time.LocalDate

/** What the benchmark ran on, printed after the rounds so a result names its machine. */
class Machine {

    static void print(TransactionOperations<Connection> transactions) {
        printHost()
        transactions.executeRead { status ->
            status.connection.createStatement().withCloseable { statement ->
                statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size").withCloseable { rs ->
                    rs.next()
                    println "mariadb: ${rs.getString(1)}, innodb_buffer_pool_size ${rs.getLong(2).intdiv(1024 * 1024)} MB"
                }
            }
        }
    }

    /** All but the database, for a benchmark that runs the service in another JVM. */
    static void printHost() {
        println "date: ${LocalDate.now()}"
        println "nproc: ${command('nproc') ?: '?'} (JVM sees ${Runtime.runtime.availableProcessors()} processors)"
        println "memory: ${memory()}"
        println "load average after the rounds (1, 5, 15 min): ${loadAverage()}"
        println "java: ${System.getProperty('java.vm.name')} ${System.getProperty('java.runtime.version')}" +
                " (max heap ${Runtime.runtime.maxMemory().intdiv(1024 * 1024)} MB)"
        println "os: ${System.getProperty('os.name')} ${System.getProperty('os.version')} ${System.getProperty('os.arch')}"
    }

    static String loadAverage() {
        File loadavg = new File('/proc/loadavg')
        loadavg.exists() ? loadavg.text.trim().split(/\s+/).take(3).join(' ') : 'unknown'
    }

    private static String memory() {
        String total = new File('/proc/meminfo').with { it.exists() ? it.readLines().find { it.startsWith('MemTotal:') } : null }
        total == null ? 'unknown' : String.format('%.1f GiB total', (total.replaceAll(/\D+/, '') as long) / (1024d * 1024d))
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start()
            String out = process.inputStream.text.trim()
            process.waitFor() == 0 ? out : null
        } catch (IOException ignored) {
            null
        }
    }
}
