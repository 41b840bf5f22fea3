package org.coopstats.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.Region;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.coopstats.db.Tables.CHANNEL;
import static org.coopstats.db.Tables.COOPERATION_TYPE;
import static org.coopstats.db.Tables.DIRECTION;
import static org.coopstats.db.Tables.ICCS_SECTION;
import static org.coopstats.db.Tables.LEGAL_BASIS_CATEGORY;
import static org.coopstats.db.Tables.LEGAL_INSTRUMENT;
import static org.coopstats.db.Tables.OFFENCE_TYPE;
import static org.coopstats.db.Tables.OUTCOME;
import static org.coopstats.db.Tables.REFUSAL_GROUND;
import static org.coopstats.db.Tables.REGION;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.YES_NO_UNKNOWN;
import static org.jooq.Records.mapping;

@Singleton
@Transactional(readOnly = true)
public class ReferenceQueries {

    private final DSLContext db;

    ReferenceQueries(DSLContext db) {
        this.db = db;
    }

    public List<StateView> states() {
        Region region = REGION.as("r");
        Region subregion = REGION.as("s");
        return db.select(STATE.M49, STATE.ISO3, STATE.NAME_EN,
                        region.CODE, region.LABEL_EN, subregion.CODE, subregion.LABEL_EN,
                        STATE.KIND, STATE.UNTOC_PARTY)
                .from(STATE)
                .join(region).on(region.CODE.eq(STATE.REGION_CODE))
                .leftJoin(subregion).on(subregion.CODE.eq(STATE.SUBREGION_CODE))
                .orderBy(STATE.NAME_EN)
                .fetch(mapping(StateView::new));
    }

    public Optional<String> stateName(String iso3) {
        return db.select(STATE.NAME_EN).from(STATE).where(STATE.ISO3.eq(iso3)).fetchOptional(STATE.NAME_EN);
    }

    public List<Taxonomy> taxonomies() {
        return List.of(
                new Taxonomy("cooperation_type", "Cooperation type", "case_line.cooperation_type",
                        terms(COOPERATION_TYPE, COOPERATION_TYPE.CODE, COOPERATION_TYPE.LABEL_EN, COOPERATION_TYPE.SORT_ORDER,
                                null, COOPERATION_TYPE.CONVENTION_ARTICLE)),
                new Taxonomy("direction", "Direction", "case_line.direction",
                        terms(DIRECTION, DIRECTION.CODE, DIRECTION.LABEL_EN, DIRECTION.SORT_ORDER, null)),
                new Taxonomy("legal_basis_category", "Legal basis", "case_line.legal_basis_category",
                        terms(LEGAL_BASIS_CATEGORY, LEGAL_BASIS_CATEGORY.CODE, LEGAL_BASIS_CATEGORY.LABEL_EN,
                                LEGAL_BASIS_CATEGORY.SORT_ORDER, null)),
                new Taxonomy("legal_instrument", "Named instrument", "case_line.legal_instrument",
                        terms(LEGAL_INSTRUMENT, LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.LABEL_EN, LEGAL_INSTRUMENT.SORT_ORDER,
                                LEGAL_INSTRUMENT.CATEGORY_CODE)),
                new Taxonomy("iccs_section", "ICCS section", "offence_type.iccs_section",
                        terms(ICCS_SECTION, ICCS_SECTION.CODE, ICCS_SECTION.LABEL_EN, ICCS_SECTION.SORT_ORDER, null)),
                new Taxonomy("offence_type", "Offence", "case_line.offence_type",
                        terms(OFFENCE_TYPE, OFFENCE_TYPE.CODE, OFFENCE_TYPE.LABEL_EN, OFFENCE_TYPE.SORT_ORDER,
                                OFFENCE_TYPE.ICCS_SECTION, OFFENCE_TYPE.ICCS_CODE)),
                new Taxonomy("yes_no_unknown", "Yes / no / unknown",
                        "case_line.electronic_evidence, case_line.informal_consultation",
                        terms(YES_NO_UNKNOWN, YES_NO_UNKNOWN.CODE, YES_NO_UNKNOWN.LABEL_EN, YES_NO_UNKNOWN.SORT_ORDER, null)),
                new Taxonomy("channel", "Channel", "case_line.channel",
                        terms(CHANNEL, CHANNEL.CODE, CHANNEL.LABEL_EN, CHANNEL.SORT_ORDER, null)),
                new Taxonomy("outcome", "Outcome at the end of the period", "case_line.outcome",
                        terms(OUTCOME, OUTCOME.CODE, OUTCOME.LABEL_EN, OUTCOME.SORT_ORDER, null)),
                new Taxonomy("refusal_ground", "Refusal ground", "case_line.refusal_ground",
                        terms(REFUSAL_GROUND, REFUSAL_GROUND.CODE, REFUSAL_GROUND.LABEL_EN, REFUSAL_GROUND.SORT_ORDER, null,
                                REFUSAL_GROUND.NOT_PERMITTED_BY_CONVENTION, REFUSAL_GROUND.CONVENTION_PROVISION)),
                new Taxonomy("region", "M49 region and sub-region", "state.region_code, state.subregion_code",
                        terms(REGION, REGION.CODE, REGION.LABEL_EN, REGION.SORT_ORDER, REGION.PARENT_CODE, REGION.M49)));
    }

    private List<Term> terms(Table<?> table, Field<String> code, Field<String> label, Field<Integer> sortOrder,
                             Field<String> parent, Field<?>... details) {
        return db.select(code, label)
                .select(parent == null ? List.of() : List.of(parent))
                .select(details)
                .from(table)
                .orderBy(sortOrder, code)
                .fetch(row -> new Term(row.get(code), row.get(label),
                        parent == null ? null : row.get(parent), detailsOf(row, details)));
    }

    private static Map<String, Object> detailsOf(Record row, Field<?>... details) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> detail : details) {
            Object value = row.get(detail);
            if (value != null) {
                values.put(detail.getName(), value);
            }
        }
        return values;
    }
}
