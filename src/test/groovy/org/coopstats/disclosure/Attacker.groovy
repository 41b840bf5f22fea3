package org.coopstats.disclosure

import groovy.transform.CompileStatic
import org.apache.commons.math3.optim.MaxIter
import org.apache.commons.math3.optim.PointValuePair
import org.apache.commons.math3.optim.linear.LinearConstraint
import org.apache.commons.math3.optim.linear.LinearConstraintSet
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction
import org.apache.commons.math3.optim.linear.NonNegativeConstraint
import org.apache.commons.math3.optim.linear.Relationship
import org.apache.commons.math3.optim.linear.SimplexSolver
import org.apache.commons.math3.optim.linear.UnboundedSolutionException
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType

/**
 * Someone who has only the published table and tries to recover every hidden figure: each
 * hidden cell or total is an unknown, at least 0 (a count) but not necessarily whole; each row
 * and each column must add up to its total, the row totals and the column totals to the grand
 * total. Linear programming gives each unknown's smallest and largest possible value; where the
 * two meet, the figure is disclosed. Written apart from the suppression code on purpose: it
 * shares nothing with it but the published table.
 */
@CompileStatic
class Attacker {

    static final double TOLERANCE = 1e-6

    static class Range {
        final double min
        final double max

        Range(double min, double max) {
            this.min = min
            this.max = max
        }

        boolean isDetermined() {
            max - min < TOLERANCE
        }

        String toString() {
            "[${Math.round(min * 1000) / 1000}, ${Math.round(max * 1000) / 1000}]"
        }
    }

    /** Every hidden figure's feasible range, in Place order: two linear programs each. */
    static SortedMap<Place, Range> attack(Published table) {
        Problem problem = new Problem(table)
        SortedMap<Place, Range> ranges = new TreeMap<>()
        problem.unknowns.eachWithIndex { Place place, int i ->
            ranges[place] = new Range(problem.optimum(i, GoalType.MINIMIZE)[i], problem.optimum(i, GoalType.MAXIMIZE)[i])
        }
        ranges
    }

    /**
     * The hidden figures an attacker can pin down, with the value found. The same question as
     * attack() answers, asked faster: every optimum found is a possible table, and a figure
     * that already took two values in those is not pinned down, so it needs no program of its own.
     */
    static SortedMap<Place, Range> disclosed(Published table) {
        Problem problem = new Problem(table)
        int count = problem.unknowns.size()
        double[] lowest = new double[count]
        double[] highest = new double[count]
        Arrays.fill(lowest, Double.POSITIVE_INFINITY)
        Arrays.fill(highest, Double.NEGATIVE_INFINITY)
        SortedMap<Place, Range> disclosed = new TreeMap<>()
        for (int i = 0; i < count; i++) {
            if (highest[i] - lowest[i] >= TOLERANCE) {
                continue
            }
            for (GoalType goal : [GoalType.MINIMIZE, GoalType.MAXIMIZE]) {
                double[] point = problem.optimum(i, goal)
                for (int j = 0; j < count; j++) {
                    lowest[j] = Math.min(lowest[j], point[j])
                    highest[j] = Math.max(highest[j], point[j])
                }
            }
            if (highest[i] - lowest[i] < TOLERANCE) {
                disclosed[problem.unknowns[i]] = new Range(lowest[i], highest[i])
            }
        }
        disclosed
    }

    /** The hidden figures as unknowns, and the equations the published figures give them. */
    private static class Problem {
        final List<Place> unknowns = []
        final Map<Place, Integer> index = [:]
        final List<LinearConstraint> equations = []

        Problem(Published table) {
            for (int r = 0; r < table.rows; r++) {
                for (int c = 0; c < table.cols; c++) {
                    if (table.cells[r][c] == null) {
                        unknowns << Place.cell(r, c)
                    }
                }
                if (table.rowTotals[r] == null) {
                    unknowns << Place.rowTotal(r)
                }
            }
            for (int c = 0; c < table.cols; c++) {
                if (table.colTotals[c] == null) {
                    unknowns << Place.colTotal(c)
                }
            }
            if (table.total == null) {
                unknowns << Place.grandTotal()
            }
            unknowns.eachWithIndex { Place place, int i -> index[place] = i }

            for (int r = 0; r < table.rows; r++) {
                List<Term> terms = []
                for (int c = 0; c < table.cols; c++) {
                    terms << new Term(Place.cell(r, c), table.cells[r][c], 1)
                }
                terms << new Term(Place.rowTotal(r), table.rowTotals[r], -1)
                equation(terms)
            }
            for (int c = 0; c < table.cols; c++) {
                List<Term> terms = []
                for (int r = 0; r < table.rows; r++) {
                    terms << new Term(Place.cell(r, c), table.cells[r][c], 1)
                }
                terms << new Term(Place.colTotal(c), table.colTotals[c], -1)
                equation(terms)
            }
            List<Term> byRows = [new Term(Place.grandTotal(), table.total, -1)]
            for (int r = 0; r < table.rows; r++) {
                byRows << new Term(Place.rowTotal(r), table.rowTotals[r], 1)
            }
            equation(byRows)
            List<Term> byCols = [new Term(Place.grandTotal(), table.total, -1)]
            for (int c = 0; c < table.cols; c++) {
                byCols << new Term(Place.colTotal(c), table.colTotals[c], 1)
            }
            equation(byCols)
        }

        /** Unknowns on the left, published figures moved to the right. A line with no unknown adds nothing. */
        private void equation(List<Term> terms) {
            double[] coefficients = new double[index.size()]
            double right = 0
            boolean any = false
            for (Term term : terms) {
                if (term.published == null) {
                    coefficients[index[term.place]] += term.sign
                    any = true
                } else {
                    right -= term.sign * term.published
                }
            }
            if (any) {
                equations << new LinearConstraint(coefficients, Relationship.EQ, right)
            } else if (Math.abs(right) > TOLERANCE) {
                throw new IllegalStateException("the published figures do not add up")
            }
        }

        /** A possible table where the unknown is as small or as large as it can be. */
        double[] optimum(int unknown, GoalType goal) {
            double[] objective = new double[unknowns.size()]
            objective[unknown] = 1
            try {
                PointValuePair solution = new SimplexSolver().optimize(new MaxIter(100_000),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(equations),
                        goal, new NonNegativeConstraint(true))
                solution.point
            } catch (UnboundedSolutionException ignored) {
                // only a withheld table, grand total hidden too, leaves a figure without a ceiling
                double[] point = new double[unknowns.size()]
                point[unknown] = Double.POSITIVE_INFINITY
                point
            }
        }
    }

    private static class Term {
        final Place place
        final Long published
        final int sign

        Term(Place place, Long published, int sign) {
            this.place = place
            this.published = published
            this.sign = sign
        }
    }
}
