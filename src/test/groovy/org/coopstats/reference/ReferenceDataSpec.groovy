package org.coopstats.reference

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Specification

@MicronautTest(transactional = false)
class ReferenceDataSpec extends Specification {

    @Inject
    @Shared
    ReferenceQueries reference

    def "the reference data holds the 193 Member States, the Holy See, the State of Palestine and the European Union"() {
        when:
        def states = reference.states()

        then:
        states.size() == 196
        states.count { it.kind() == "MEMBER_STATE" } == 193
        states.findAll { it.kind() == "OBSERVER_STATE" }*.iso3().toSet() == ["VAT", "PSE"] as Set
        states.find { it.kind() == "REIO" }.name() == "European Union"
    }

    def "every State has a unique M49 code, a unique ISO3 code and a region"() {
        when:
        def states = reference.states()

        then:
        states*.m49().toSet().size() == 196
        states*.iso3().toSet().size() == 196
        states.every { it.iso3() ==~ /[A-Z]{3}/ }
        states.every { it.m49() > 0 && it.m49() < 1000 }
        states.every { it.region() && it.regionCode() }
        states.findAll { it.subregion() == null }*.iso3() == ["EUU"]
    }

    def "#name is coded #iso3 / #m49 in #subregion"() {
        expect:
        def state = reference.states().find { it.iso3() == iso3 }
        state.m49() == m49
        state.name() == name
        state.subregion() == subregion
        state.party() == party

        where:
        iso3  | m49 | name                                                    | subregion                         || party
        "FRA" | 250 | "France"                                                | "Western Europe"                  || true
        "BRA" | 76  | "Brazil"                                                | "Latin America and the Caribbean" || true
        "NGA" | 566 | "Nigeria"                                               | "Sub-Saharan Africa"              || true
        "CHN" | 156 | "China"                                                 | "Eastern Asia"                    || true
        "GBR" | 826 | "United Kingdom of Great Britain and Northern Ireland"  | "Northern Europe"                 || true
        "PSE" | 275 | "State of Palestine"                                    | "Western Asia"                    || true
        "VAT" | 336 | "Holy See"                                              | "Southern Europe"                 || true
    }

    def "the M49 regions are the five continents with their sub-regions"() {
        when:
        def regions = reference.taxonomies().find { it.code() == "region" }.terms()

        then:
        regions.findAll { it.parent() == null }*.code().toSet() ==
                ["AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA"] as Set
        regions.size() == 22
    }

    def "every code of every taxonomy is unique, upper case and labelled"() {
        when:
        def taxonomies = reference.taxonomies()

        then:
        taxonomies*.code().toSet().size() == taxonomies.size()
        taxonomies.each { taxonomy ->
            def codes = taxonomy.terms()*.code()
            assert codes.size() > 0
            assert codes.toSet().size() == codes.size(): "duplicate code in ${taxonomy.code()}"
            assert codes.every { it ==~ /[A-Z][A-Z0-9_]*/ }: "badly formed code in ${taxonomy.code()}"
            assert taxonomy.terms().every { it.label()?.trim() }: "unlabelled term in ${taxonomy.code()}"
        }
    }

    def "the taxonomies cover every attribute of a case line in the domain"() {
        when:
        def byCode = reference.taxonomies().collectEntries { [it.code(), it.terms()*.code()] }

        then:
        byCode.cooperation_type.containsAll(["EXTRADITION", "MLA", "TRANSFER_SENTENCED", "CONFISCATION",
                                             "DISPOSAL_OF_PROCEEDS", "JOINT_INVESTIGATION", "SPECIAL_INVESTIGATIVE",
                                             "TRANSFER_PROCEEDINGS", "LAW_ENFORCEMENT", "DATA_PRESERVATION"])
        byCode.direction == ["OUTGOING", "INCOMING"]
        byCode.legal_basis_category.containsAll(["UNTOC", "UNTOC_PROTOCOL", "OTHER_UN", "REGIONAL", "BILATERAL",
                                                 "RECIPROCITY", "DOMESTIC_LAW", "OTHER"])
        byCode.iccs_section.size() == 11
        byCode.offence_type.containsAll(["ORGANIZED_CRIMINAL_GROUP", "MONEY_LAUNDERING", "CORRUPTION",
                                         "TRAFFICKING_IN_PERSONS", "SMUGGLING_OF_MIGRANTS", "CYBERCRIME", "ICCS_06"])
        byCode.outcome == ["EXECUTED", "PARTLY_EXECUTED", "REFUSED", "WITHDRAWN", "PENDING", "OTHER"]
        byCode.channel.size() == 6
        byCode.yes_no_unknown == ["YES", "NO", "UNKNOWN"]
        byCode.refusal_ground.size() == 11
    }

    def "bank secrecy and fiscal matters are flagged as grounds the Convention does not permit"() {
        when:
        def grounds = reference.taxonomies().find { it.code() == "refusal_ground" }.terms()

        then:
        grounds.findAll { it.details().not_permitted_by_convention }*.code().toSet() ==
                ["BANK_SECRECY", "FISCAL_OFFENCE"] as Set
        grounds.find { it.code() == "BANK_SECRECY" }.details().convention_provision == "art. 18(8)"
    }

    def "each named instrument belongs to a legal-basis category"() {
        when:
        def taxonomies = reference.taxonomies()
        def categories = taxonomies.find { it.code() == "legal_basis_category" }.terms()*.code().toSet()
        def instruments = taxonomies.find { it.code() == "legal_instrument" }.terms()

        then:
        instruments.every { it.parent() in categories }
        instruments.find { it.code() == "BUDAPEST_CYBERCRIME" }.parent() == "REGIONAL"
        instruments.find { it.code() == "UNTOC_ART_16" }.parent() == "UNTOC"
    }
}
