package org.coopstats.demo;

import org.mariadb.jdbc.Statement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams case lines into MariaDB with LOAD DATA LOCAL INFILE, in chunks, on the caller's
 * connection and transaction; every CHECK and foreign key still applies. While MariaDB loads
 * one chunk on a loader thread, the caller fills the next, so generation costs no wall time;
 * at most two chunks are in memory whatever the number of lines.
 */
final class CaseLineBulkWriter implements AutoCloseable {

    private static final int CHUNK_LINES = 50_000;
    private static final String LOAD = """
            LOAD DATA LOCAL INFILE 'case_lines.tsv' INTO TABLE case_line
            CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'
            (return_id, cooperation_type, direction, counterpart_iso3, legal_basis_category, legal_instrument,
             offence_type, electronic_evidence, channel, informal_consultation, outcome, refusal_ground,
             case_count, requested_on, completed_on)""";

    private final Connection connection;
    private final Map<String, Long> returnIds;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_LINES * 128);
    private final StringBuilder row = new StringBuilder(256);
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "case-line-loader");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> loading = CompletableFuture.completedFuture(null);
    private int buffered;

    /** returnIds maps {@link #returnKey(int, String)} to the id of that State's return for that cycle. */
    CaseLineBulkWriter(Connection connection, Map<String, Long> returnIds) throws SQLException {
        // The transaction's connection as the driver sees it: the pool's proxy looks up the
        // current connection per thread, and the loader thread has none of its own.
        this.connection = connection.unwrap(org.mariadb.jdbc.Connection.class);
        this.returnIds = returnIds;
    }

    static String returnKey(int cycleIndex, String iso3) {
        return cycleIndex + ":" + iso3;
    }

    void write(GeneratedLine line) throws SQLException {
        row.setLength(0);
        row.append(returnIds.get(returnKey(line.cycleIndex(), line.reporterIso3()))).append('\t');
        field(line.cooperationType());
        field(line.direction());
        field(line.counterpartIso3());
        field(line.legalBasisCategory());
        field(line.legalInstrument());
        field(line.offenceType());
        field(line.electronicEvidence());
        field(line.channel());
        field(line.informalConsultation());
        field(line.outcome());
        field(line.refusalGround());
        row.append(line.caseCount()).append('\t');
        field(line.requestedOn());
        field(line.completedOn());
        row.setCharAt(row.length() - 1, '\n');
        buffer.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        if (++buffered == CHUNK_LINES) {
            flush();
        }
    }

    private void field(Object value) {
        row.append(value == null ? "\\N" : value instanceof LocalDate date ? date.toString() : value).append('\t');
    }

    private void flush() throws SQLException {
        if (buffered == 0) {
            return;
        }
        byte[] chunk = buffer.toByteArray();
        buffer.reset();
        buffered = 0;
        awaitLoading();
        loading = loader.submit(() -> {
            load(chunk);
            return null;
        });
    }

    private void load(byte[] chunk) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.unwrap(Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(chunk));
            statement.execute(LOAD);
            SQLException warning = statement.getWarnings();
            if (warning != null) {
                throw new SQLException("LOAD DATA reported a problem: " + warning.getMessage(), warning);
            }
        }
    }

    private void awaitLoading() throws SQLException {
        try {
            loading.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while loading case lines", e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            awaitLoading();
        } finally {
            loader.shutdownNow();
        }
    }
}
