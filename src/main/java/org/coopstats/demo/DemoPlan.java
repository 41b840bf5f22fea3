package org.coopstats.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who reports in the demo: two closed calendar-year cycles, about sixty States parties chosen
 * across the regions, each with an activity level, a few of them not reporting in the first
 * cycle, some submitting after the deadline.
 */
record DemoPlan(List<Cycle> cycles, List<StateRef> reporters, Map<String, Double> activity,
                List<StateRef> allStates) {

    private static final Map<String, Integer> REPORTERS_PER_REGION =
            Map.of("AFRICA", 14, "AMERICAS", 12, "ASIA", 15, "EUROPE", 16, "OCEANIA", 4);

    record Cycle(int year, LocalDate opensOn, LocalDate deadline, List<Submission> submissions) {

        LocalDate periodStart() {
            return LocalDate.of(year, 1, 1);
        }

        LocalDate periodEnd() {
            return LocalDate.of(year, 12, 31);
        }
    }

    record Submission(String iso3, Instant submittedAt, boolean late) {
    }

    static DemoPlan create(Random random, List<StateRef> states) {
        List<StateRef> reporters = chooseReporters(random, states);
        Map<String, Double> activity = new LinkedHashMap<>();
        for (StateRef state : reporters) {
            activity.put(state.iso3(), Math.exp(random.nextGaussian() * 0.8));
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int year : new int[] {2023, 2024}) {
            LocalDate opensOn = LocalDate.of(year + 1, 1, 15);
            LocalDate deadline = LocalDate.of(year + 1, 3, 31);
            List<Submission> submissions = new ArrayList<>();
            for (StateRef state : reporters) {
                if (year == 2023 && random.nextDouble() < 0.1) {
                    continue;
                }
                boolean late = random.nextDouble() < 0.15;
                LocalDate day = late
                        ? deadline.plusDays(1 + random.nextInt(45))
                        : opensOn.plusDays(random.nextInt((int) (deadline.toEpochDay() - opensOn.toEpochDay()) + 1));
                Instant at = day.atTime(9 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                submissions.add(new Submission(state.iso3(), at, late));
            }
            cycles.add(new Cycle(year, opensOn, deadline, submissions));
        }
        return new DemoPlan(cycles, reporters, activity, states);
    }

    private static List<StateRef> chooseReporters(Random random, List<StateRef> states) {
        List<StateRef> chosen = new ArrayList<>();
        REPORTERS_PER_REGION.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(quota -> {
            List<StateRef> candidates = new ArrayList<>(states.stream()
                    .filter(s -> s.party() && s.region().equals(quota.getKey()) && s.subregion() != null)
                    .sorted(Comparator.comparing(StateRef::iso3))
                    .toList());
            java.util.Collections.shuffle(candidates, random);
            chosen.addAll(candidates.subList(0, Math.min(quota.getValue(), candidates.size())));
        });
        chosen.sort(Comparator.comparing(StateRef::iso3));
        return chosen;
    }
}
