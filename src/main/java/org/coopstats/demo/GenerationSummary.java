package org.coopstats.demo;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.TreeMap;

/** What the generator says it wrote; specs hold it against what the database then holds. */
@Serdeable
public record GenerationSummary(
        long seed,
        int returns,
        long lines,
        long cases,
        Map<Integer, Long> linesByCycle,
        Map<Integer, Long> casesByCycle,
        Map<String, Long> casesByCooperationType,
        Map<String, Long> casesByLegalBasis,
        Map<String, Long> casesByOutcome) {

    static final class Tally {

        private final DemoPlan plan;
        private long lines;
        private long cases;
        private final Map<Integer, Long> linesByCycle = new TreeMap<>();
        private final Map<Integer, Long> casesByCycle = new TreeMap<>();
        private final Map<String, Long> casesByCooperationType = new TreeMap<>();
        private final Map<String, Long> casesByLegalBasis = new TreeMap<>();
        private final Map<String, Long> casesByOutcome = new TreeMap<>();

        Tally(DemoPlan plan) {
            this.plan = plan;
        }

        void add(GeneratedLine line) {
            int year = plan.cycles().get(line.cycleIndex()).year();
            long count = line.caseCount();
            lines++;
            cases += count;
            linesByCycle.merge(year, 1L, Long::sum);
            casesByCycle.merge(year, count, Long::sum);
            casesByCooperationType.merge(line.cooperationType(), count, Long::sum);
            casesByLegalBasis.merge(line.legalBasisCategory(), count, Long::sum);
            casesByOutcome.merge(line.outcome(), count, Long::sum);
        }

        GenerationSummary summary(long seed) {
            int returns = plan.cycles().stream().mapToInt(c -> c.submissions().size()).sum();
            return new GenerationSummary(seed, returns, lines, cases, linesByCycle, casesByCycle,
                    casesByCooperationType, casesByLegalBasis, casesByOutcome);
        }
    }
}
