package org.coopstats.upload;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopstats.lines.LineText;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every problem and warning of an upload, written to a CSV file as they are found (a file of
 * 200,000 bad rows has too many to hold in memory), and the first few kept for the page.
 * Cells that a spreadsheet would run as a formula get a leading apostrophe. Messages are written
 * in the language of the officer who uploaded the file (English for the API); the column codes
 * and the kinds (error, warning) stay codes.
 */
final class ProblemReport implements Closeable {

    static final List<String> HEADER = List.of("row", "column", "value", "message", "kind");
    static final int WARNINGS_SHOWN = 5;

    private final Path path;
    private final CSVPrinter printer;
    private final int shown;
    private final LineText text;
    private final List<Problem> firstErrors = new ArrayList<>();
    private final List<Problem> firstWarnings = new ArrayList<>();
    private long errors;
    private long warnings;
    private long rowsWithWarnings;

    ProblemReport(int shown, LineText text) throws IOException {
        this.shown = shown;
        this.text = text;
        this.path = Files.createTempFile("coopstats-upload-report-", ".csv");
        Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
    }

    synchronized void error(Problem problem) {
        errors++;
        if (firstErrors.size() < shown) {
            firstErrors.add(problem);
        }
        print(problem, "error");
    }

    /** The warnings of one row: a row is counted once however many of its dates are far out. */
    synchronized void warnings(List<Problem> problems) {
        rowsWithWarnings++;
        for (Problem problem : problems) {
            warnings++;
            if (firstWarnings.size() < WARNINGS_SHOWN) {
                firstWarnings.add(problem);
            }
            print(problem, "warning");
        }
    }

    synchronized List<Problem> firstErrors() {
        return List.copyOf(firstErrors);
    }

    synchronized List<Problem> firstWarnings() {
        return List.copyOf(firstWarnings);
    }

    synchronized long errorCount() {
        return errors;
    }

    synchronized long rowsWithWarnings() {
        return rowsWithWarnings;
    }

    Path path() {
        return path;
    }

    @Override
    public synchronized void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(Problem problem, String kind) {
        try {
            String column = problem.columnSaid() == null ? problem.column() : text.plain(problem.columnSaid());
            printer.printRecord(problem.row(), inert(column), inert(problem.value()), inert(text.plain(problem.said())), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with =, +, -, @, a tab or a carriage return is a formula to a spreadsheet: make it text. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
