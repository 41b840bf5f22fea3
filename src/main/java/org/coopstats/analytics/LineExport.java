package org.coopstats.analytics;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
 */
@Singleton
class LineExport {

    private static final Logger LOG = LoggerFactory.getLogger(LineExport.class);
    /** The return's columns come first, taken from the counted return; the line's own follow. */
    private static final List<String> RETURN_COLUMNS = List.of("cycle", "reporting_state", "region", "return_version", "return_status");
    private static final List<Field<?>> LINE_COLUMNS = List.of(CASE_LINE.RETURN_ID,
            CASE_LINE.COOPERATION_TYPE, CASE_LINE.DIRECTION, CASE_LINE.COUNTERPART_ISO3, CASE_LINE.LEGAL_BASIS_CATEGORY,
            CASE_LINE.LEGAL_INSTRUMENT, CASE_LINE.OFFENCE_TYPE, CASE_LINE.ELECTRONIC_EVIDENCE, CASE_LINE.CHANNEL,
            CASE_LINE.INFORMAL_CONSULTATION, CASE_LINE.OUTCOME, CASE_LINE.REFUSAL_GROUND, CASE_LINE.CASE_COUNT,
            CASE_LINE.REQUESTED_ON, CASE_LINE.COMPLETED_ON);

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
            PipedInputStream in = new PipedInputStream(1 << 16);
            PipedOutputStream out = new PipedOutputStream(in);
            writers.submit(() -> write(query, byteOrderMark, out));
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(AnalyticsQuery query, boolean byteOrderMark, PipedOutputStream out) {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            List<String> header = new ArrayList<>(RETURN_COLUMNS);
            LINE_COLUMNS.subList(1, LINE_COLUMNS.size()).forEach(column -> header.add(column.getName()));
            printer.printRecord(header);
            transactions.executeRead(status -> {
                CountedLines counted = CountedLines.of(db, query);
                try (Cursor<Record> lines = db.select(LINE_COLUMNS)
                        .from(CASE_LINE)
                        .where(counted.condition())
                        .orderBy(CASE_LINE.ID)
                        .fetchSize(1000)
                        .fetchLazy()) {
                    List<String> cells = new ArrayList<>(header.size());
                    for (Record line : lines) {
                        CountedLines.Return from = counted.returnOf(line.get(CASE_LINE.RETURN_ID));
                        cells.clear();
                        cells.add(from.cycle());
                        cells.add(from.state());
                        cells.add(from.region());
                        cells.add(Integer.toString(from.version()));
                        cells.add(from.status());
                        for (int i = 1; i < LINE_COLUMNS.size(); i++) {
                            Object value = line.get(i);
                            cells.add(value == null ? "" : AnalyticsCsv.safe(value.toString()));
                        }
                        printer.printRecord(cells);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (IOException | UncheckedIOException e) {
            // most often the reader went away (a cancelled download): nothing to answer to
            LOG.info("Line export stopped: {}", e.getMessage());
        }
    }
}
