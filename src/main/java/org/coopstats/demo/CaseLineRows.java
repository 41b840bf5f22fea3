package org.coopstats.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Formats case lines as tab-separated rows for LOAD DATA and hands them on in chunks. */
final class CaseLineRows {

    static final int CHUNK_LINES = 50_000;
    static final String COLUMNS = "return_id, cooperation_type, direction, counterpart_iso3, legal_basis_category, "
            + "legal_instrument, offence_type, electronic_evidence, channel, informal_consultation, outcome, "
            + "refusal_ground, case_count, requested_on, completed_on";

    private final Map<String, Long> returnIds;
    private final Consumer<byte[]> chunks;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_LINES * 128);
    private final StringBuilder row = new StringBuilder(256);
    private int buffered;

    /** returnIds maps {@link #returnKey(int, String)} to the id of that State's return for that cycle. */
    CaseLineRows(Map<String, Long> returnIds, Consumer<byte[]> chunks) {
        this.returnIds = returnIds;
        this.chunks = chunks;
    }

    static String returnKey(int cycleIndex, String iso3) {
        return cycleIndex + ":" + iso3;
    }

    void add(GeneratedLine line) {
        row.setLength(0);
        field(returnIds.get(returnKey(line.cycleIndex(), line.reporterIso3())));
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
        field(line.caseCount());
        field(line.requestedOn());
        field(line.completedOn());
        row.setCharAt(row.length() - 1, '\n');
        buffer.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        if (++buffered == CHUNK_LINES) {
            finish();
        }
    }

    /** Hands on what is buffered; call once after the last line. */
    void finish() {
        if (buffered > 0) {
            chunks.accept(buffer.toByteArray());
            buffer.reset();
            buffered = 0;
        }
    }

    private void field(Object value) {
        row.append(value == null ? "\\N" : value instanceof LocalDate date ? date.toString() : value).append('\t');
    }
}
