package org.coopstats.bench

import org.jooq.DSLContext

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

import static org.coopstats.db.Tables.CHANNEL
import static org.coopstats.db.Tables.COOPERATION_TYPE
import static org.coopstats.db.Tables.LEGAL_INSTRUMENT
import static org.coopstats.db.Tables.LEGAL_BASIS_CATEGORY
import static org.coopstats.db.Tables.OFFENCE_TYPE
import static org.coopstats.db.Tables.OUTCOME
import static org.coopstats.db.Tables.REFUSAL_GROUND
import static org.coopstats.db.Tables.STATE

/**
 * Valid case-line CSV files of any size for one State's return covering a calendar year, with
 * codes drawn at random (fixed seed) from the reference tables: every row passes LineRules.
 */
class UploadFiles {

    static final String HEADER = "cooperation_type,direction,counterpart_iso3,legal_basis_category,legal_instrument," +
            "offence_type,electronic_evidence,channel,informal_consultation,outcome,refusal_ground,case_count," +
            "requested_on,completed_on,note"

    private final List<String> types, categories, offences, channels, outcomes, grounds, states
    private final Map<String, List<String>> instruments

    UploadFiles(DSLContext db, String reporter) {
        types = db.select(COOPERATION_TYPE.CODE).from(COOPERATION_TYPE).fetch(COOPERATION_TYPE.CODE)
        categories = db.select(LEGAL_BASIS_CATEGORY.CODE).from(LEGAL_BASIS_CATEGORY).fetch(LEGAL_BASIS_CATEGORY.CODE)
        offences = db.select(OFFENCE_TYPE.CODE).from(OFFENCE_TYPE).fetch(OFFENCE_TYPE.CODE)
        channels = db.select(CHANNEL.CODE).from(CHANNEL).fetch(CHANNEL.CODE)
        outcomes = db.select(OUTCOME.CODE).from(OUTCOME).fetch(OUTCOME.CODE)
        grounds = db.select(REFUSAL_GROUND.CODE).from(REFUSAL_GROUND).fetch(REFUSAL_GROUND.CODE)
        states = db.select(STATE.ISO3).from(STATE).where(STATE.ISO3.ne(reporter)).fetch(STATE.ISO3)
        instruments = db.select(LEGAL_INSTRUMENT.CATEGORY_CODE, LEGAL_INSTRUMENT.CODE).from(LEGAL_INSTRUMENT).fetch()
                .groupBy { it.value1() }.collectEntries { category, rows -> [category, rows*.value2()] }
    }

    /** Writes rows case lines for the year to path, UTF-8 with a byte-order mark as Excel saves it. */
    Path write(Path path, int rows, int year, long seed) {
        Random random = new Random(seed)
        LocalDate start = LocalDate.of(year, 1, 1)
        Files.newBufferedWriter(path, StandardCharsets.UTF_8).withCloseable { out ->
            out.write("\uFEFF" + HEADER + "\r\n")
            StringBuilder row = new StringBuilder(256)
            for (int i = 0; i < rows; i++) {
                String category = pick(random, categories)
                List<String> named = instruments[category] ?: []
                String outcome = pick(random, outcomes)
                LocalDate requested = start.plusDays(random.nextInt(300))
                String completed = outcome == "PENDING" || random.nextInt(4) == 0 ? "" : requested.plusDays(1 + random.nextInt(60)).toString()
                row.setLength(0)
                row.append(pick(random, types)).append(',')
                        .append(random.nextBoolean() ? "OUTGOING" : "INCOMING").append(',')
                        .append(random.nextInt(10) == 0 ? "" : pick(random, states)).append(',')
                        .append(category).append(',')
                        .append(named && random.nextBoolean() ? pick(random, named) : "").append(',')
                        .append(pick(random, offences)).append(',')
                        .append(pick(random, ["YES", "NO", "UNKNOWN"])).append(',')
                        .append(pick(random, channels)).append(',')
                        .append(pick(random, ["YES", "NO", "UNKNOWN"])).append(',')
                        .append(outcome).append(',')
                        .append(outcome == "REFUSED" ? pick(random, grounds) : "").append(',')
                        .append(1 + random.nextInt(5)).append(',')
                        .append(requested).append(',')
                        .append(completed).append(',')
                        .append(random.nextInt(3) == 0 ? "\"Case file ${year}/${i}, desk ${random.nextInt(40)}\"" : "")
                        .append("\r\n")
                out.write(row.toString())
            }
        }
        path
    }

    private static String pick(Random random, List<String> values) {
        values[random.nextInt(values.size())]
    }
}
