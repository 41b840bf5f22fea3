package org.coopstats.lines;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.coopstats.db.Tables.CHANNEL;
import static org.coopstats.db.Tables.COOPERATION_TYPE;
import static org.coopstats.db.Tables.DIRECTION;
import static org.coopstats.db.Tables.LEGAL_BASIS_CATEGORY;
import static org.coopstats.db.Tables.LEGAL_INSTRUMENT;
import static org.coopstats.db.Tables.OFFENCE_TYPE;
import static org.coopstats.db.Tables.OUTCOME;
import static org.coopstats.db.Tables.REFUSAL_GROUND;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.YES_NO_UNKNOWN;

/** Reads the code lists once: they change only with a migration, which means a restart. */
@Singleton
public class CodeLists {

    private final DSLContext db;
    private final TaxonomyText translations;
    private volatile Codes codes;

    CodeLists(DSLContext db, TaxonomyText translations) {
        this.db = db;
        this.translations = translations;
    }

    public Codes codes() {
        Codes loaded = codes;
        if (loaded == null) {
            loaded = load();
            codes = loaded;
        }
        return loaded;
    }

    @Transactional(readOnly = true)
    Codes load() {
        Map<String, Map<String, String>> byColumn = new LinkedHashMap<>();
        byColumn.put("cooperation_type", labels(COOPERATION_TYPE, COOPERATION_TYPE.CODE, COOPERATION_TYPE.LABEL_EN, COOPERATION_TYPE.SORT_ORDER));
        byColumn.put("direction", labels(DIRECTION, DIRECTION.CODE, DIRECTION.LABEL_EN, DIRECTION.SORT_ORDER));
        byColumn.put("legal_basis_category", labels(LEGAL_BASIS_CATEGORY, LEGAL_BASIS_CATEGORY.CODE,
                LEGAL_BASIS_CATEGORY.LABEL_EN, LEGAL_BASIS_CATEGORY.SORT_ORDER));
        byColumn.put("legal_instrument", labels(LEGAL_INSTRUMENT, LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.LABEL_EN,
                LEGAL_INSTRUMENT.SORT_ORDER));
        byColumn.put("offence_type", labels(OFFENCE_TYPE, OFFENCE_TYPE.CODE, OFFENCE_TYPE.LABEL_EN, OFFENCE_TYPE.SORT_ORDER));
        Map<String, String> yesNo = labels(YES_NO_UNKNOWN, YES_NO_UNKNOWN.CODE, YES_NO_UNKNOWN.LABEL_EN, YES_NO_UNKNOWN.SORT_ORDER);
        byColumn.put("electronic_evidence", yesNo);
        byColumn.put("informal_consultation", yesNo);
        byColumn.put("channel", labels(CHANNEL, CHANNEL.CODE, CHANNEL.LABEL_EN, CHANNEL.SORT_ORDER));
        byColumn.put("outcome", labels(OUTCOME, OUTCOME.CODE, OUTCOME.LABEL_EN, OUTCOME.SORT_ORDER));
        byColumn.put("refusal_ground", labels(REFUSAL_GROUND, REFUSAL_GROUND.CODE, REFUSAL_GROUND.LABEL_EN, REFUSAL_GROUND.SORT_ORDER));
        Map<String, String> instrumentCategory = new LinkedHashMap<>();
        db.select(LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.CATEGORY_CODE).from(LEGAL_INSTRUMENT)
                .forEach(row -> instrumentCategory.put(row.value1(), row.value2()));
        return new Codes(byColumn, instrumentCategory, db.select(STATE.ISO3, STATE.NAME_EN).from(STATE).orderBy(STATE.NAME_EN)
                .collect(java.util.stream.Collectors.toMap(r -> r.value1(), r -> r.value2(), (a, b) -> a, LinkedHashMap::new)),
                translations);
    }

    private Map<String, String> labels(Table<?> table, Field<String> code, Field<String> label, Field<Integer> order) {
        Map<String, String> labels = new LinkedHashMap<>();
        db.select(code, label).from(table).orderBy(order, code).forEach(row -> labels.put(row.value1(), row.value2()));
        return labels;
    }
}
