package org.coopstats.analytics;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.coopstats.db.Tables.CASE_LINE;

/**
 * Every counted case line behind a filter, as CSV, streamed: a worker reads the lines with a
 * database cursor inside its own read transaction and writes them into a pipe the response
 * reads from, so memory stays flat however many lines there are. The officers' private notes
 * are not exported.
 *
 * The worker's thread is what limits the export's speed, so the lines are read as text from
 * a plain result set (dates formatted by MariaDB) and rows are formatted into a buffer written
 * to the pipe in 64 KB pieces: jOOQ records, the driver's dates and a write per cell had taken
 * more than half of its time.
 */
@Singleton
class LineExport {

    private static final Logger LOG = LoggerFactory.getLogger(LineExport.class);
    private static final int PIECE = 1 << 16;
    /** The return's columns come first, taken from the counted return; the line's own follow. */
    private static final List<String> RETURN_COLUMNS = List.of("cycle", "reporting_state", "region", "return_version", "return_status");
    private static final List<Field<?>> LINE_COLUMNS = List.of(CASE_LINE.COOPERATION_TYPE, CASE_LINE.DIRECTION,
            CASE_LINE.COUNTERPART_ISO3, CASE_LINE.LEGAL_BASIS_CATEGORY, CASE_LINE.LEGAL_INSTRUMENT, CASE_LINE.OFFENCE_TYPE,
            CASE_LINE.ELECTRONIC_EVIDENCE, CASE_LINE.CHANNEL, CASE_LINE.INFORMAL_CONSULTATION, CASE_LINE.OUTCOME,
            CASE_LINE.REFUSAL_GROUND, CASE_LINE.CASE_COUNT, CASE_LINE.REQUESTED_ON, CASE_LINE.COMPLETED_ON);

    private final DSLContext db;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService writers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "line-export");
        thread.setDaemon(true);
        return thread;
    });

    LineExport(DSLContext db, TransactionOperations<Connection> transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    InputStream stream(AnalyticsQuery query, boolean byteOrderMark) {
        try {
            PipedInputStream in = new PipedInputStream(PIECE);
            PipedOutputStream out = new PipedOutputStream(in);
            writers.submit(() -> write(query, byteOrderMark, out));
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(AnalyticsQuery query, boolean byteOrderMark, PipedOutputStream out) {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder piece = new StringBuilder(PIECE + 1024);
            CSVPrinter printer = new CSVPrinter(piece, CSVFormat.RFC4180);
            if (byteOrderMark) {
                piece.append('\uFEFF');
            }
            List<String> header = new ArrayList<>(RETURN_COLUMNS);
            LINE_COLUMNS.forEach(column -> header.add(column.getName()));
            printer.printRecord(header);
            transactions.executeRead(status -> {
                CountedLines counted = CountedLines.of(db, query);
                List<Field<?>> fields = new ArrayList<>();
                fields.add(CASE_LINE.RETURN_ID);
                LINE_COLUMNS.forEach(column -> fields.add(column.cast(SQLDataType.VARCHAR)));
                try (ResultSet lines = db.select(fields)
                        .from(CASE_LINE)
                        .where(counted.condition())
                        .orderBy(CASE_LINE.ID)
                        .fetchSize(1000)
                        .fetchResultSet()) {
                    while (lines.next()) {
                        CountedLines.Return from = counted.returnOf(lines.getLong(1));
                        printer.print(from.cycle());
                        printer.print(from.state());
                        printer.print(from.region());
                        printer.print(Integer.toString(from.version()));
                        printer.print(from.status());
                        for (int i = 2; i <= fields.size(); i++) {
                            String value = lines.getString(i);
                            printer.print(value == null ? "" : AnalyticsCsv.safe(value));
                        }
                        printer.println();
                        if (piece.length() >= PIECE) {
                            writer.append(piece);
                            piece.setLength(0);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new DataAccessException("reading the lines to export failed", e);
                }
                return null;
            });
            writer.append(piece);
        } catch (IOException | UncheckedIOException e) {
            // most often the reader went away (a cancelled download): nothing to answer to
            LOG.info("Line export stopped: {}", e.getMessage());
        }
    }
}
