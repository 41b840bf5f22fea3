package org.coopstats.support

import java.util.concurrent.TimeUnit

/**
 * The service started as a person starts it: its own JVM, configured by environment variables,
 * with JVM options (a heap limit, say) when a spec needs them.
 */
class ServiceProcess {

    /**
     * Started services get their own temporary directory, so that data directories under
     * target/ sit outside it even when the project itself was cloned under /tmp.
     */
    static final File CHILD_TMP = new File("target/service-process-tmp").absoluteFile

    private final Process process
    private final StringBuffer log = new StringBuffer()
    private final Thread reader

    private ServiceProcess(Map<String, ?> environment, List<String> jvmOptions = []) {
        CHILD_TMP.mkdirs()
        def classpath = System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path")
        def command = [new File(System.getProperty("java.home"), "bin/java").path, "-Djava.io.tmpdir=" + CHILD_TMP.path] +
                jvmOptions + ["-cp", classpath, "org.coopstats.Application"]
        def builder = new ProcessBuilder(command).redirectErrorStream(true)
        builder.environment().putAll(environment.collectEntries { k, v -> [k, v.toString()] })
        process = builder.start()
        reader = Thread.start {
            try {
                process.inputStream.eachLine { log.append(it).append('\n') }
            } catch (IOException stopped) {
                // the process was stopped while its output was being read: the log so far is all there is
            }
        }
    }

    /** Starts the service and waits until it exits; for starts that must fail. */
    static Map runUntilExit(Map<String, ?> environment) {
        def service = new ServiceProcess(environment)
        if (!service.process.waitFor(90, TimeUnit.SECONDS)) {
            service.process.destroyForcibly()
            throw new IllegalStateException("the service neither started nor stopped within 90 s:\n${service.log}")
        }
        service.reader.join()
        [exitCode: service.process.exitValue(), output: service.log.toString()]
    }

    /**
     * Starts the service on the given port and waits until /health answers 200: 90 s, or longer
     * for a start that loads a large demo first.
     */
    static ServiceProcess startAndWait(int port, Map<String, ?> environment, List<String> jvmOptions = [], int seconds = 90) {
        def service = new ServiceProcess(environment + [MICRONAUT_SERVER_PORT: port], jvmOptions)
        long deadline = System.currentTimeMillis() + seconds * 1000L
        while (System.currentTimeMillis() < deadline) {
            if (!service.process.alive) {
                throw new IllegalStateException("the service stopped while starting:\n${service.log}")
            }
            try {
                def connection = new URL("http://127.0.0.1:$port/health").openConnection() as HttpURLConnection
                if (connection.responseCode == 200) {
                    return service
                }
            } catch (IOException notYet) {
                Thread.sleep(200)
            }
        }
        service.stop()
        throw new IllegalStateException("the service did not answer /health within ${seconds} s:\n${service.log}")
    }

    static int freePort() {
        new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")).withCloseable { it.localPort }
    }

    String getOutput() {
        log.toString()
    }

    long getPid() {
        process.pid()
    }

    boolean isAlive() {
        process.alive
    }

    /** Resident memory of the process now and at its peak, in kB (Linux /proc: VmRSS, VmHWM). */
    Map<String, Long> memoryKb() {
        def status = new File("/proc/${pid}/status").readLines()
        def kb = { String name -> status.find { it.startsWith(name + ":") }?.replaceAll(/\D+/, "")?.toLong() }
        [rss: kb("VmRSS"), peak: kb("VmHWM")]
    }

    /** Starts the peak of memoryKb() anew (writing 5 to clear_refs); false where the kernel does not allow it. */
    boolean resetPeakMemory() {
        try {
            new File("/proc/${pid}/clear_refs").text = "5"
            true
        } catch (IOException ignored) {
            false
        }
    }

    /** Stops it as Ctrl-C would (SIGTERM), so its shutdown hooks stop MariaDB. */
    int stop() {
        process.destroy()
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly()
        }
        reader.join(5_000)
        process.exitValue()
    }
}
