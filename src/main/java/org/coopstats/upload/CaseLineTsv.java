package org.coopstats.upload;

import org.coopstats.lines.CaseLine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checked case lines of one return, formatted as the tab-separated rows LOAD DATA reads and
 * kept in chunks until every row of the file has passed. Only the note is free text: its
 * backslashes, tabs and line breaks are escaped, so whatever it holds is stored verbatim.
 */
final class CaseLineTsv {

    static final int CHUNK_LINES = 20_000;
    static final String COLUMNS = "return_id, cooperation_type, direction, counterpart_iso3, legal_basis_category, "
            + "legal_instrument, offence_type, electronic_evidence, channel, informal_consultation, outcome, "
            + "refusal_ground, case_count, requested_on, completed_on, note";

    record Chunk(byte[] bytes, int lines) {
    }

    private final String returnId;
    private final List<Chunk> chunks = new ArrayList<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_LINES * 160);
    private final StringBuilder row = new StringBuilder(512);
    private int buffered;

    CaseLineTsv(long returnId) {
        this.returnId = Long.toString(returnId);
    }

    void add(CaseLine line) {
        row.setLength(0);
        row.append(returnId).append('\t');
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
        field(line.requestedOn() == null ? null : line.requestedOn().toString());
        field(line.completedOn() == null ? null : line.completedOn().toString());
        field(line.note());
        row.setCharAt(row.length() - 1, '\n');
        buffer.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        if (++buffered == CHUNK_LINES) {
            flush();
        }
    }

    /** Every chunk, the last one included; call once after the last line. */
    List<Chunk> finish() {
        flush();
        return List.copyOf(chunks);
    }

    /** Forgets what was formatted: a row failed, so nothing will be written. */
    void discard() {
        chunks.clear();
        buffer.reset();
        buffered = 0;
    }

    private void flush() {
        if (buffered > 0) {
            chunks.add(new Chunk(buffer.toByteArray(), buffered));
            buffer.reset();
            buffered = 0;
        }
    }

    private void field(String value) {
        if (value == null) {
            row.append("\\N\t");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                case '\0' -> row.append("\\0");
                default -> row.append(c);
            }
        }
        row.append('\t');
    }
}
