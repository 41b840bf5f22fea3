package org.coopstats.demo;

import org.mariadb.jdbc.Statement;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads generated case lines with LOAD DATA LOCAL INFILE on the caller's connection and
 * transaction. The lines are produced and formatted on a worker thread while this thread
 * loads the previous chunk, so generation costs no wall time; the connection is only ever
 * touched by the calling thread, and at most three chunks are in memory.
 */
final class CaseLineBulkLoad {

    private static final byte[] END = new byte[0];
    private static final String LOAD = "LOAD DATA LOCAL INFILE 'case_lines.tsv' INTO TABLE case_line "
            + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + CaseLineRows.COLUMNS + ")";

    private CaseLineBulkLoad() {
    }

    /** Runs producer on a worker thread and loads every line it sends, or loads nothing and throws. */
    static void run(Connection connection, Map<String, Long> returnIds, Consumer<Consumer<GeneratedLine>> producer)
            throws SQLException {
        BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(2);
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "case-line-generator");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> producing = worker.submit(() -> {
            try {
                CaseLineRows rows = new CaseLineRows(returnIds, chunk -> put(chunks, chunk));
                producer.accept(rows::add);
                rows.finish();
            } finally {
                put(chunks, END);
            }
            return null;
        });
        try {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                load(connection, chunk);
            }
            producing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while loading case lines", e);
        } finally {
            worker.shutdownNow();
        }
    }

    private static void load(Connection connection, byte[] chunk) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.unwrap(Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(chunk));
            statement.execute(LOAD);
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                // With LOCAL, MariaDB skips a refused row with a warning instead of failing the
                // statement: turn it back into the integrity error it is, so the whole load
                // rolls back and ConstraintMessages can explain it.
                throw new SQLException(warning.getMessage(), "23000", warning.getErrorCode(), warning);
            }
        }
    }

    private static void put(BlockingQueue<byte[]> chunks, byte[] chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("case-line generation cancelled");
        }
    }
}
