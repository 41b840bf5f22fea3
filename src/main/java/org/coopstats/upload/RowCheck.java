package org.coopstats.upload;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coopstats.i18n.Text;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.LineCheck;
import org.coopstats.lines.LineInput;
import org.coopstats.lines.LineRules;
import org.coopstats.lines.LineText;
import org.coopstats.lines.Message;
import org.coopstats.lines.ReturnContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads every row of an uploaded file and judges it with {@link LineRules}, the rules of the
 * form and the API. Every problem goes to the report; the rows are formatted for writing only
 * while none has failed.
 */
@Singleton
class RowCheck {

    private final LineRules rules;
    private final UploadSettings settings;
    private final CodeLists codeLists;

    RowCheck(LineRules rules, UploadSettings settings, CodeLists codeLists) {
        this.rules = rules;
        this.settings = settings;
        this.codeLists = codeLists;
    }

    /** The rows ready to write, or an empty list when the report has errors. */
    // read-only transaction: LineRules reads the code lists through jOOQ the first time it is used
    @Transactional(readOnly = true)
    List<CaseLineTsv.Chunk> check(UploadJob job, IncomingCsv file, CsvLayout layout, ReturnContext context,
                                  ProblemReport report) throws IOException {
        CaseLineTsv rows = new CaseLineTsv(job.returnId);
        LineText english = codeLists.codes().in(Text.ENGLISH);
        long lastRow = 1;
        try (CSVParser parser = CSVParser.parse(CsvLayout.reader(file.path()), CsvLayout.format(layout.delimiter()))) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            long lines = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (blank(record)) {
                    continue;
                }
                if (++lines > settings.maxRows()) {
                    report.error(Problem.of(lastRow, "", "", Message.of("upload.tooManyRowsSplit", settings.maxRows()), english));
                    break;
                }
                job.rowsRead.incrementAndGet();
                if (!checkRow(record, layout, context, report, rows, english)) {
                    rows.discard();
                }
                job.rowsValidated.incrementAndGet();
            }
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            report.error(Problem.of(lastRow + 1, "", "", Message.of("upload.rowUnreadable"), english));
        }
        return report.errorCount() > 0 ? List.of() : rows.finish();
    }

    private boolean checkRow(CSVRecord record, CsvLayout layout, ReturnContext context, ProblemReport report,
                             CaseLineTsv rows, LineText english) {
        long row = record.getRecordNumber();
        Map<String, String> values = new HashMap<>();
        boolean passed = true;
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            String column = i < layout.columnAt().size() ? layout.columnAt().get(i) : null;
            if (column != null) {
                values.put(column, value);
            } else if (!value.isBlank()) {
                passed = false;
                report.error(Problem.atPosition(row, i + 1, value, Message.of(i < layout.columnAt().size()
                        ? "upload.cellWithoutColumn" : "upload.extraCells"), english));
            }
        }
        LineCheck check = rules.check(LineInput.of(values), context);
        for (String column : LineInput.COLUMNS) {
            Message error = check.errors().get(column);
            if (error != null) {
                report.error(Problem.of(row, column, values.getOrDefault(column, ""), error, english));
            }
        }
        if (check.hasWarnings()) {
            List<Problem> warnings = new ArrayList<>();
            check.warnings().forEach((column, said) -> warnings.add(Problem.of(row, column, values.get(column), said, english)));
            report.warnings(warnings);
        }
        if (check.hasErrors() || !passed) {
            return false;
        }
        if (report.errorCount() == 0) {
            rows.add(check.line());
        }
        return true;
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
