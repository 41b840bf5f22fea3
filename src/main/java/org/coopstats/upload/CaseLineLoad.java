package org.coopstats.upload;

import org.mariadb.jdbc.Statement;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.function.IntConsumer;

/** Streams checked case lines into case_line with LOAD DATA LOCAL INFILE, on the caller's connection and transaction. */
final class CaseLineLoad {

    private static final String LOAD = "LOAD DATA LOCAL INFILE 'case_lines.tsv' INTO TABLE case_line "
            + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + CaseLineTsv.COLUMNS + ")";

    private CaseLineLoad() {
    }

    static void run(Connection connection, List<CaseLineTsv.Chunk> chunks, IntConsumer loaded) throws SQLException {
        for (CaseLineTsv.Chunk chunk : chunks) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.unwrap(Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(chunk.bytes()));
                statement.execute(LOAD);
                SQLWarning warning = statement.getWarnings();
                if (warning != null) {
                    // With LOCAL, MariaDB skips a refused row (or truncates a value) with a warning
                    // instead of failing: make it the error it is, so the whole upload rolls back.
                    throw new SQLException(warning.getMessage(), "23000", warning.getErrorCode(), warning);
                }
            }
            loaded.accept(chunk.lines());
        }
    }
}
