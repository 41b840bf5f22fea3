package org.coopstats.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Generates believable case lines for a plan, deterministically from the Random it is given.
 * Each generated request is recorded by the requesting State as OUTGOING and, most of the
 * time, by the requested State as INCOMING, so that mirror figures mostly agree.
 */
final class CaseLineGenerator {

    private static final double SHARE_OF_FIRST_CYCLE = 0.45;
    private static final double MIRROR_REPORTED = 0.85;
    private static final double COUNTERPART_NOT_STATED = 0.02;
    private static final double NO_DATES = 0.08;

    private final DemoPlan plan;
    private final Random random;
    private final Set<String> refuseConventionForExtradition;

    CaseLineGenerator(DemoPlan plan, Random random) {
        this.plan = plan;
        this.random = random;
        this.refuseConventionForExtradition = pickStatesRefusingTheConvention();
    }

    /** Sends exactly {@code lines} lines to the sink, the first cycle getting 45% of them. */
    void generate(int lines, Consumer<GeneratedLine> sink) {
        int firstCycle = (int) Math.round(lines * SHARE_OF_FIRST_CYCLE);
        generateCycle(0, firstCycle, sink);
        generateCycle(1, lines - firstCycle, sink);
    }

    private void generateCycle(int cycleIndex, int quota, Consumer<GeneratedLine> sink) {
        DemoPlan.Cycle cycle = plan.cycles().get(cycleIndex);
        Set<String> reporting = cycle.submissions().stream().map(DemoPlan.Submission::iso3).collect(Collectors.toSet());
        Weighted<StateRef> reporters = new Weighted<>();
        plan.reporters().stream().filter(s -> reporting.contains(s.iso3()))
                .forEach(s -> reporters.add(s, plan.activity().get(s.iso3())));
        Weighted<StateRef> anyone = new Weighted<>();
        // the European Union (no sub-region) is a party but neither sends nor receives requests
        plan.allStates().stream().filter(s -> s.party() && s.subregion() != null).forEach(s -> anyone.add(s, 1));

        int written = 0;
        while (written < quota) {
            StateRef requesting = random.nextDouble() < 0.85 ? reporters.pick(random) : anyone.pick(random);
            StateRef requested = random.nextDouble() < 0.8 ? reporters.pick(random) : anyone.pick(random);
            boolean requestingReports = reporting.contains(requesting.iso3());
            boolean requestedReports = reporting.contains(requested.iso3());
            if (requesting.equals(requested) || !(requestingReports || requestedReports)) {
                continue;
            }
            GeneratedLine outgoing = request(cycleIndex, cycle, requesting, requested);
            if (requestingReports) {
                sink.accept(random.nextDouble() < COUNTERPART_NOT_STATED ? withoutCounterpart(outgoing) : outgoing);
                written++;
            }
            if (requestedReports && written < quota && random.nextDouble() < MIRROR_REPORTED) {
                sink.accept(mirror(outgoing, requested, requesting));
                written++;
            }
        }
    }

    private GeneratedLine request(int cycleIndex, DemoPlan.Cycle cycle, StateRef requesting, StateRef requested) {
        String type = Distributions.COOPERATION_TYPE.pick(random);
        String offence = Distributions.OFFENCE.pick(random);
        String category = Distributions.legalBasis(type, offence, requesting.region(), requested.region()).pick(random);
        String instrument = Distributions.instrument(random, category, type, offence, requested);
        String outcome = Distributions.CLOSED_OUTCOME.pick(random);
        if (type.equals("EXTRADITION") && category.equals("UNTOC")
                && refuseConventionForExtradition.contains(requested.iso3()) && random.nextDouble() < 0.6) {
            outcome = "REFUSED";
        }
        LocalDate requestedOn = null;
        LocalDate completedOn = null;
        if (random.nextDouble() >= NO_DATES) {
            requestedOn = cycle.periodStart().plusDays(random.nextInt(365));
            if (!outcome.equals("PENDING")) {
                double days = Distributions.medianDays(category, type) * Math.exp(random.nextGaussian() * 0.6);
                completedOn = requestedOn.plusDays(Math.max(1, Math.round(days)));
                if (completedOn.isAfter(cycle.periodEnd())) {
                    outcome = "PENDING";
                    completedOn = null;
                }
            }
        }
        String refusal = outcome.equals("REFUSED") ? refusalGround(type, category, requested) : null;
        int cases = random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(4);
        return new GeneratedLine(cycleIndex, requesting.iso3(), type, "OUTGOING", requested.iso3(), category,
                instrument, offence, Distributions.electronicEvidence(random, type, offence),
                Distributions.channel(type, requested.region()).pick(random),
                Distributions.YES_NO_UNKNOWN_CONSULTATION.pick(random), outcome, refusal, cases, requestedOn, completedOn);
    }

    private String refusalGround(String type, String category, StateRef requested) {
        if (type.equals("EXTRADITION") && category.equals("UNTOC")
                && refuseConventionForExtradition.contains(requested.iso3())) {
            return "CONVENTION_NOT_ACCEPTED";
        }
        Weighted<String> grounds = switch (type) {
            case "EXTRADITION" -> Distributions.REFUSAL_GROUND_EXTRADITION;
            case "MLA", "CONFISCATION" -> Distributions.REFUSAL_GROUND_FINANCIAL;
            default -> Distributions.REFUSAL_GROUND;
        };
        return grounds.pick(random);
    }

    /** The requested State's record of the same request; now and then it knows of an outcome the other side does not. */
    private GeneratedLine mirror(GeneratedLine outgoing, StateRef reporter, StateRef counterpart) {
        String outcome = outgoing.outcome();
        LocalDate completedOn = outgoing.completedOn();
        if (outcome.equals("PENDING") && outgoing.requestedOn() != null && random.nextDouble() < 0.1) {
            outcome = "EXECUTED";
            completedOn = outgoing.requestedOn().plusDays(1 + random.nextInt(30));
            LocalDate periodEnd = plan.cycles().get(outgoing.cycleIndex()).periodEnd();
            if (completedOn.isAfter(periodEnd)) {
                completedOn = periodEnd;
            }
        }
        return new GeneratedLine(outgoing.cycleIndex(), reporter.iso3(), outgoing.cooperationType(), "INCOMING",
                counterpart.iso3(), outgoing.legalBasisCategory(), outgoing.legalInstrument(), outgoing.offenceType(),
                outgoing.electronicEvidence(), outgoing.channel(), outgoing.informalConsultation(), outcome,
                outcome.equals("REFUSED") ? outgoing.refusalGround() : null, outgoing.caseCount(),
                outgoing.requestedOn(), completedOn);
    }

    private static GeneratedLine withoutCounterpart(GeneratedLine line) {
        return new GeneratedLine(line.cycleIndex(), line.reporterIso3(), line.cooperationType(), line.direction(),
                null, line.legalBasisCategory(), line.legalInstrument(), line.offenceType(), line.electronicEvidence(),
                line.channel(), line.informalConsultation(), line.outcome(), line.refusalGround(), line.caseCount(),
                line.requestedOn(), line.completedOn());
    }

    /** A few States parties that, like some in practice, do not take the Convention as a basis for extradition. */
    private Set<String> pickStatesRefusingTheConvention() {
        List<StateRef> parties = new ArrayList<>(plan.allStates().stream().filter(StateRef::party).toList());
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < 8 && chosen.size() < parties.size()) {
            chosen.add(parties.get(random.nextInt(parties.size())).iso3());
        }
        return chosen;
    }
}
