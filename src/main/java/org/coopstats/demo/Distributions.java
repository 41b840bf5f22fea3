package org.coopstats.demo;

import java.util.Map;
import java.util.Random;

/**
 * The shape of the demo data: how common each kind of cooperation, offence, legal basis and
 * outcome is. Figures are invented but follow what the Working Group heard: mutual legal
 * assistance far outnumbers extradition, Europe leans on its regional treaties, the Convention
 * is used most for organized-crime offences, and refusals are few.
 */
final class Distributions {

    static final Weighted<String> COOPERATION_TYPE = Weighted.of(
            "MLA", 52, "EXTRADITION", 13, "LAW_ENFORCEMENT", 12, "CONFISCATION", 5, "DATA_PRESERVATION", 5,
            "SPECIAL_INVESTIGATIVE", 4, "TRANSFER_SENTENCED", 3, "JOINT_INVESTIGATION", 2,
            "TRANSFER_PROCEEDINGS", 2, "DISPOSAL_OF_PROCEEDS", 2);

    static final Weighted<String> OFFENCE = Weighted.of(
            "DRUG_TRAFFICKING", 20, "MONEY_LAUNDERING", 14, "ICCS_07", 10, "ORGANIZED_CRIMINAL_GROUP", 8,
            "CORRUPTION", 7, "CYBERCRIME", 7, "TRAFFICKING_IN_PERSONS", 5, "SMUGGLING_OF_MIGRANTS", 4,
            "ICCS_01", 4, "FIREARMS_TRAFFICKING", 3, "ICCS_02", 3, "ICCS_04", 3, "ICCS_05", 3,
            "ONLINE_CHILD_SEXUAL_ABUSE", 2, "ICCS_11", 2, "WILDLIFE_CRIME", 1.5, "COUNTERFEITING", 1.5,
            "TERRORISM_FINANCING", 1.5, "CULTURAL_PROPERTY", 1, "FALSIFIED_MEDICAL", 1,
            "OBSTRUCTION_OF_JUSTICE", 1, "ICCS_03", 1, "ICCS_08", 1, "ICCS_09", 1, "ICCS_10", 0.5);

    static final Weighted<String> YES_NO_UNKNOWN_CONSULTATION = Weighted.of("YES", 30, "NO", 50, "UNKNOWN", 20);

    static final Weighted<String> CLOSED_OUTCOME = Weighted.of(
            "EXECUTED", 58, "PARTLY_EXECUTED", 10, "REFUSED", 7, "WITHDRAWN", 4, "PENDING", 19, "OTHER", 2);

    static final Weighted<String> REFUSAL_GROUND = Weighted.of(
            "NO_DUAL_CRIMINALITY", 22, "NOT_IN_CONFORMITY", 20, "DOMESTIC_LAW_PROHIBITS", 12,
            "SOVEREIGNTY_SECURITY", 10, "CONVENTION_NOT_ACCEPTED", 6, "PERSECUTION_DEATH_PENALTY", 5,
            "POLITICAL_OFFENCE", 3, "OTHER", 5);

    /** Extradition adds the nationality exception; financial assistance adds the forbidden grounds. */
    static final Weighted<String> REFUSAL_GROUND_EXTRADITION = Weighted.of(
            "NATIONALITY", 25, "NO_DUAL_CRIMINALITY", 20, "PERSECUTION_DEATH_PENALTY", 10,
            "POLITICAL_OFFENCE", 6, "NOT_IN_CONFORMITY", 15, "CONVENTION_NOT_ACCEPTED", 12,
            "SOVEREIGNTY_SECURITY", 5, "FISCAL_OFFENCE", 1, "OTHER", 6);

    static final Weighted<String> REFUSAL_GROUND_FINANCIAL = Weighted.of(
            "NO_DUAL_CRIMINALITY", 20, "NOT_IN_CONFORMITY", 20, "DOMESTIC_LAW_PROHIBITS", 12,
            "SOVEREIGNTY_SECURITY", 8, "CONVENTION_NOT_ACCEPTED", 5, "BANK_SECRECY", 4, "FISCAL_OFFENCE", 3,
            "OTHER", 5);

    /** How much more (or less) than average each region relies on the Convention. */
    private static final Map<String, Double> CONVENTION_AFFINITY = Map.of(
            "AFRICA", 1.8, "AMERICAS", 1.3, "ASIA", 1.0, "EUROPE", 0.4, "OCEANIA", 1.2);

    private static final Map<String, Double> REGIONAL_TREATY_AFFINITY = Map.of(
            "AFRICA", 0.7, "AMERICAS", 1.2, "ASIA", 0.5, "EUROPE", 2.8, "OCEANIA", 0.3);

    private Distributions() {
    }

    static Weighted<String> legalBasis(String cooperationType, String offence, String regionA, String regionB) {
        double untoc = switch (cooperationType) {
            case "EXTRADITION" -> 12;
            case "LAW_ENFORCEMENT" -> 14;
            default -> 18;
        };
        double bilateral = cooperationType.equals("EXTRADITION") ? 33 : 22;
        double regional = regionA.equals(regionB) ? 20 * REGIONAL_TREATY_AFFINITY.get(regionA) : 4;
        double reciprocity = 15;
        double domestic = cooperationType.equals("LAW_ENFORCEMENT") ? 35 : 10;
        double otherUn = 5;
        double protocol = 1;
        untoc *= Math.sqrt(CONVENTION_AFFINITY.get(regionA) * CONVENTION_AFFINITY.get(regionB));
        switch (offence) {
            case "ORGANIZED_CRIMINAL_GROUP" -> untoc *= 2.5;
            case "MONEY_LAUNDERING", "FIREARMS_TRAFFICKING" -> untoc *= 1.5;
            case "TRAFFICKING_IN_PERSONS", "SMUGGLING_OF_MIGRANTS" -> {
                untoc *= 1.5;
                protocol *= 8;
            }
            case "CORRUPTION" -> otherUn *= 6;
            case "DRUG_TRAFFICKING" -> otherUn *= 4;
            case "CYBERCRIME" -> regional *= 2;
            default -> {
            }
        }
        return Weighted.of("UNTOC", untoc, "UNTOC_PROTOCOL", protocol, "OTHER_UN", otherUn, "REGIONAL", regional,
                "BILATERAL", bilateral, "RECIPROCITY", reciprocity, "DOMESTIC_LAW", domestic, "OTHER", 2);
    }

    static String instrument(Random random, String category, String cooperationType, String offence,
                             StateRef requested) {
        return switch (category) {
            case "UNTOC" -> conventionArticle(random, cooperationType);
            case "UNTOC_PROTOCOL" -> switch (offence) {
                case "TRAFFICKING_IN_PERSONS" -> "TIP_PROTOCOL";
                case "SMUGGLING_OF_MIGRANTS" -> "SOM_PROTOCOL";
                case "FIREARMS_TRAFFICKING" -> "FIREARMS_PROTOCOL";
                default -> Weighted.<String>of("TIP_PROTOCOL", 5, "SOM_PROTOCOL", 3, "FIREARMS_PROTOCOL", 2).pick(random);
            };
            case "OTHER_UN" -> switch (offence) {
                case "CORRUPTION", "MONEY_LAUNDERING" -> "UNCAC";
                case "DRUG_TRAFFICKING" -> "DRUGS_1988";
                default -> random.nextBoolean() ? "UNCAC" : "DRUGS_1988";
            };
            case "REGIONAL" -> regionalTreaty(random, cooperationType, offence, requested);
            case "BILATERAL" -> "BILATERAL_TREATY";
            default -> null;
        };
    }

    private static String conventionArticle(Random random, String cooperationType) {
        return switch (cooperationType) {
            case "EXTRADITION" -> "UNTOC_ART_16";
            case "MLA", "DATA_PRESERVATION" -> random.nextDouble() < 0.4 ? "UNTOC_ART_18_7" : "UNTOC_ART_18";
            case "CONFISCATION" -> "UNTOC_ART_13";
            case "DISPOSAL_OF_PROCEEDS" -> "UNTOC_ART_14";
            case "TRANSFER_SENTENCED" -> "UNTOC_ART_17";
            case "JOINT_INVESTIGATION" -> "UNTOC_ART_19";
            case "SPECIAL_INVESTIGATIVE" -> "UNTOC_ART_20";
            case "TRANSFER_PROCEEDINGS" -> "UNTOC_ART_21";
            default -> "UNTOC_ART_27";
        };
    }

    private static String regionalTreaty(Random random, String cooperationType, String offence, StateRef requested) {
        boolean extradition = cooperationType.equals("EXTRADITION");
        if (offence.equals("CYBERCRIME") && random.nextDouble() < 0.7) {
            return "BUDAPEST_CYBERCRIME";
        }
        return switch (requested.subregion() == null ? requested.region() : requested.subregion()) {
            case "EASTERN_EUROPE", "NORTHERN_EUROPE", "SOUTHERN_EUROPE", "WESTERN_EUROPE", "EUROPE" ->
                    random.nextDouble() < 0.45 ? "EU_INSTRUMENT"
                            : extradition ? "EUROPEAN_EXTRADITION_1957" : "EUROPEAN_MLA_1959";
            case "LATIN_AMERICA_CARIBBEAN", "NORTHERN_AMERICA" ->
                    extradition ? "INTER_AMERICAN_EXTRADITION_1981" : "INTER_AMERICAN_MLA_1992";
            case "SOUTH_EASTERN_ASIA" -> extradition ? "REGIONAL_OTHER" : "ASEAN_MLAT_2004";
            case "NORTHERN_AFRICA", "WESTERN_ASIA" -> "RIYADH_1983";
            case "SUB_SAHARAN_AFRICA" -> random.nextBoolean() ? "ECOWAS_MLA_1992" : "SADC_MLA_2002";
            default -> "REGIONAL_OTHER";
        };
    }

    static Weighted<String> channel(String cooperationType, String requestedRegion) {
        return switch (cooperationType) {
            case "LAW_ENFORCEMENT", "SPECIAL_INVESTIGATIVE" -> Weighted.of("POLICE", 80, "LIAISON", 12, "OTHER", 8);
            case "EXTRADITION" -> Weighted.of("DIPLOMATIC", 45, "CENTRAL_AUTHORITY", 45, "POLICE", 5, "OTHER", 5);
            default -> Weighted.of("CENTRAL_AUTHORITY", 65, "DIPLOMATIC", 12,
                    "DIRECT_JUDICIAL", requestedRegion.equals("EUROPE") ? 25 : 6, "POLICE", 4, "LIAISON", 4, "OTHER", 3);
        };
    }

    static String electronicEvidence(Random random, String cooperationType, String offence) {
        if (cooperationType.equals("DATA_PRESERVATION")) {
            return "YES";
        }
        double yes = switch (offence) {
            case "CYBERCRIME" -> 0.9;
            case "ONLINE_CHILD_SEXUAL_ABUSE" -> 0.95;
            case "MONEY_LAUNDERING", "TERRORISM_FINANCING", "ICCS_07" -> 0.45;
            default -> 0.25;
        };
        double draw = random.nextDouble();
        return draw < yes ? "YES" : draw < yes + 0.1 ? "UNKNOWN" : "NO";
    }

    /** Median days from request to completion by legal basis; extradition takes twice as long. */
    static double medianDays(String category, String cooperationType) {
        double days = switch (category) {
            case "UNTOC" -> 150;
            case "BILATERAL" -> 110;
            case "REGIONAL" -> 85;
            case "RECIPROCITY" -> 170;
            case "OTHER_UN" -> 140;
            default -> 125;
        };
        return cooperationType.equals("EXTRADITION") ? days * 2 : days;
    }
}
