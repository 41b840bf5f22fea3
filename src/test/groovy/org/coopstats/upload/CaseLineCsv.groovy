package org.coopstats.upload

import org.apache.commons.csv.CSVFormat
import org.apache.commons.csv.CSVPrinter
import org.coopstats.lines.LineInput

import java.nio.charset.Charset
import java.nio.charset.StandardCharsets

/** Case-line CSV files as States' systems and spreadsheets write them, for a return covering 2031. */
class CaseLineCsv {

    static final List<String> COLUMNS = LineInput.COLUMNS

    /** A line every rule accepts; i varies the count, the dates and the note. */
    static Map<String, String> line(int i = 0) {
        int month = 1 + i % 6
        [cooperation_type     : i % 2 == 0 ? "MLA" : "EXTRADITION",
         direction            : "OUTGOING",
         counterpart_iso3     : "BRA",
         legal_basis_category : "UNTOC",
         legal_instrument     : i % 2 == 0 ? "UNTOC_ART_18" : "UNTOC_ART_16",
         offence_type         : "MONEY_LAUNDERING",
         electronic_evidence  : "YES",
         channel              : "CENTRAL_AUTHORITY",
         informal_consultation: "NO",
         outcome              : "EXECUTED",
         refusal_ground       : "",
         case_count           : String.valueOf(1 + i % 3),
         requested_on         : String.format("2031-%02d-03", month),
         completed_on         : String.format("2031-%02d-20", month + 1),
         note                 : "Case file $i".toString()]
    }

    static List<Map<String, String>> lines(int count, int from = 0) {
        (from..<(from + count)).collect { line(it) }
    }

    static String text(List<Map<String, String>> lines, List<String> columns = COLUMNS, char delimiter = ',' as char) {
        StringWriter out = new StringWriter()
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()).withCloseable { printer ->
            printer.printRecord(columns)
            lines.each { line -> printer.printRecord(columns.collect { line[it] ?: "" }) }
        }
        out.toString()
    }

    static byte[] utf8(String text, boolean byteOrderMark = false) {
        (byteOrderMark ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_8)
    }

    static byte[] encoded(String text, String charset) {
        text.getBytes(Charset.forName(charset))
    }

    static byte[] file(int count) {
        utf8(text(lines(count)))
    }
}
