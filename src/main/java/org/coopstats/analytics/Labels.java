package org.coopstats.analytics;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.Codes;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.coopstats.db.Tables.ICCS_SECTION;
import static org.coopstats.db.Tables.REGION;

/**
 * The label of a dimension's code, for table headings, and each dimension's codes in their usual order:
 * in English from the database, or in any of the six UN languages through TaxonomyLabels.
 */
@Singleton
public class Labels {

    private final DSLContext db;
    private final CodeLists codeLists;
    private final TaxonomyLabels taxonomyLabels;
    private volatile Map<String, String> regions;
    private volatile Map<String, String> sections;
    private volatile Map<String, String> topRegions;
    private volatile Map<String, String> subregions;

    Labels(DSLContext db, CodeLists codeLists, TaxonomyLabels taxonomyLabels) {
        this.db = db;
        this.codeLists = codeLists;
        this.taxonomyLabels = taxonomyLabels;
    }

    /** True when the code is one of the dimension's codes (a filter on anything else would match nothing). */
    boolean knows(Dimension dimension, String code) {
        Codes codes = codeLists.codes();
        return switch (dimension) {
            case CYCLE -> cycles().contains(code);
            case REGION, SUBREGION, COUNTERPART_REGION -> regions().containsKey(code);
            case ICCS_SECTION -> sections().containsKey(code);
            case REPORTING_STATE, COUNTERPART_STATE -> codes.states().containsKey(code);
            case COOPERATION_TYPE -> codes.allows("cooperation_type", code);
            case DIRECTION -> codes.allows("direction", code);
            case LEGAL_BASIS -> codes.allows("legal_basis_category", code);
            case INSTRUMENT -> codes.allows("legal_instrument", code);
            case OFFENCE -> codes.allows("offence_type", code);
            case OUTCOME -> codes.allows("outcome", code);
            case REFUSAL_GROUND -> codes.allows("refusal_ground", code);
            case CHANNEL -> codes.allows("channel", code);
            case ELECTRONIC_EVIDENCE -> codes.allows("electronic_evidence", code);
            case INFORMAL_CONSULTATION -> codes.allows("informal_consultation", code);
        };
    }

    /** Every code of the dimension with its label, in the taxonomy's order (States and cycles by name). */
    @Transactional(readOnly = true)
    public Map<String, String> options(Dimension dimension) {
        Codes codes = codeLists.codes();
        return switch (dimension) {
            case CYCLE -> cycles().stream().sorted().collect(java.util.stream.Collectors.toMap(code -> code, code -> code,
                    (a, b) -> a, java.util.LinkedHashMap::new));
            case REGION, COUNTERPART_REGION -> topRegions();
            case SUBREGION -> subregions();
            case ICCS_SECTION -> sections();
            case REPORTING_STATE, COUNTERPART_STATE -> codes.states();
            case COOPERATION_TYPE -> codes.options("cooperation_type");
            case DIRECTION -> codes.options("direction");
            case LEGAL_BASIS -> codes.options("legal_basis_category");
            case INSTRUMENT -> codes.options("legal_instrument");
            case OFFENCE -> codes.options("offence_type");
            case OUTCOME -> codes.options("outcome");
            case REFUSAL_GROUND -> codes.options("refusal_ground");
            case CHANNEL -> codes.options("channel");
            case ELECTRONIC_EVIDENCE -> codes.options("electronic_evidence");
            case INFORMAL_CONSULTATION -> codes.options("informal_consultation");
        };
    }

    // regions never change while the service runs (they come with the schema), so they are read once,
    // as regions() and sections() are: every table orders its headings by them
    private Map<String, String> topRegions() {
        if (topRegions == null) {
            topRegions = regionLevel(true);
        }
        return topRegions;
    }

    private Map<String, String> subregions() {
        if (subregions == null) {
            subregions = regionLevel(false);
        }
        return subregions;
    }

    private Map<String, String> regionLevel(boolean topLevel) {
        return db.select(REGION.CODE, REGION.LABEL_EN)
                .from(REGION)
                .where(topLevel ? REGION.PARENT_CODE.isNull() : REGION.PARENT_CODE.isNotNull())
                .orderBy(REGION.SORT_ORDER, REGION.CODE)
                .fetchMap(REGION.CODE, REGION.LABEL_EN);
    }

    @Transactional(readOnly = true)
    java.util.Set<String> cycles() {
        return new java.util.HashSet<>(db.select(org.coopstats.db.Tables.REPORTING_CYCLE.CODE)
                .from(org.coopstats.db.Tables.REPORTING_CYCLE).fetch(org.coopstats.db.Tables.REPORTING_CYCLE.CODE));
    }

    String of(Dimension dimension, String code) {
        if (code == null) {
            return switch (dimension) {
                case COUNTERPART_STATE, COUNTERPART_REGION -> "Not stated";
                case INSTRUMENT -> "No named instrument";
                case REFUSAL_GROUND -> "Not refused";
                default -> "None";
            };
        }
        Codes codes = codeLists.codes();
        return switch (dimension) {
            case CYCLE -> code;
            case REGION, SUBREGION, COUNTERPART_REGION -> regions().getOrDefault(code, code);
            case ICCS_SECTION -> sections().getOrDefault(code, code);
            case REPORTING_STATE, COUNTERPART_STATE -> codes.stateName(code);
            case COOPERATION_TYPE -> codes.label("cooperation_type", code);
            case DIRECTION -> codes.label("direction", code);
            case LEGAL_BASIS -> codes.label("legal_basis_category", code);
            case INSTRUMENT -> codes.label("legal_instrument", code);
            case OFFENCE -> codes.label("offence_type", code);
            case OUTCOME -> codes.label("outcome", code);
            case REFUSAL_GROUND -> codes.label("refusal_ground", code);
            case CHANNEL -> codes.label("channel", code);
            case ELECTRONIC_EVIDENCE -> codes.label("electronic_evidence", code);
            case INFORMAL_CONSULTATION -> codes.label("informal_consultation", code);
        };
    }

    /** The label of a dimension's code in the locale's language (English for a language not of the six). */
    public String of(Dimension dimension, String code, Locale locale) {
        if (code == null) {
            return TaxonomyLabels.bundleText("taxonomy.absent." + absent(dimension), locale).orElseGet(() -> of(dimension, null));
        }
        String taxonomy = dimension.taxonomy();
        return taxonomy == null ? of(dimension, code) : taxonomyLabels.label(taxonomy, code, locale);
    }

    /** Every code of the dimension with its label in the locale's language; States in that language's alphabetical order. */
    public Map<String, String> options(Dimension dimension, Locale locale) {
        Map<String, String> english = options(dimension);
        String taxonomy = dimension.taxonomy();
        if (taxonomy == null) {
            return english;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (taxonomy.equals(TaxonomyLabels.STATE_TAXONOMY)) {
            taxonomyLabels.labels(taxonomy, locale).forEach((code, label) -> {
                if (english.containsKey(code)) {
                    labels.put(code, label);
                }
            });
        } else {
            english.keySet().forEach(code -> labels.put(code, taxonomyLabels.label(taxonomy, code, locale)));
        }
        return labels;
    }

    /** The key under taxonomy.absent. of the heading for lines without the dimension's code. */
    static String absent(Dimension dimension) {
        return switch (dimension) {
            case COUNTERPART_STATE, COUNTERPART_REGION -> "NOT_STATED";
            case INSTRUMENT -> "NO_INSTRUMENT";
            case REFUSAL_GROUND -> "NOT_REFUSED";
            default -> "NONE";
        };
    }

    @Transactional(readOnly = true)
    Map<String, String> regions() {
        if (regions == null) {
            regions = db.select(REGION.CODE, REGION.LABEL_EN).from(REGION).fetchMap(REGION.CODE, REGION.LABEL_EN);
        }
        return regions;
    }

    @Transactional(readOnly = true)
    Map<String, String> sections() {
        if (sections == null) {
            sections = db.select(ICCS_SECTION.CODE, ICCS_SECTION.LABEL_EN).from(ICCS_SECTION)
                    .fetchMap(ICCS_SECTION.CODE, ICCS_SECTION.LABEL_EN);
        }
        return sections;
    }
}
