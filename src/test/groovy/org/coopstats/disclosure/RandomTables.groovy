package org.coopstats.disclosure

import groovy.transform.CompileStatic

import java.util.function.Predicate

/** Seeded tables shaped like the service's: many zeros and ones, a few large counts. */
@CompileStatic
class RandomTables {

    static class Case {
        final int number
        final long[][] cells
        final Predicate<Place> eligible
        final String eligibility
        final int threshold

        Case(int number, long[][] cells, Predicate<Place> eligible, String eligibility, int threshold) {
            this.number = number
            this.cells = cells
            this.eligible = eligible
            this.eligibility = eligibility
            this.threshold = threshold
        }

        String toString() {
            "table ${number}: ${cells.length} x ${cells.length == 0 ? 0 : cells[0].length}, ${eligibility}, threshold ${threshold}: ${cells.collect { it as List }}"
        }
    }

    static List<Case> of(long seed, int count, int maxRows, int maxCols) {
        Random random = new Random(seed)
        (0..<count).collect { int number ->
            int rows = 1 + random.nextInt(maxRows)
            int cols = 1 + random.nextInt(maxCols)
            long[][] cells = counts(random, rows, cols, random.nextDouble())
            int kind = random.nextInt(4)
            int threshold = random.nextInt(5) == 0 ? 2 + random.nextInt(9) : 3
            Set<Place> chosen = [] as Set
            if (kind == 3) {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        if (random.nextInt(10) < 7) {
                            chosen << Place.cell(r, c)
                        }
                    }
                }
            }
            Predicate<Place> eligible = switch (kind) {
                // every figure but the grand total involves a named State (rows are States, cols pairs)
                case 0 -> { Place place -> !place.isGrandTotal() } as Predicate<Place>
                // rows are States: their cells and totals, not the column totals
                case 1 -> { Place place -> place.row() != Place.TOTAL } as Predicate<Place>
                // cells only
                case 2 -> { Place place -> place.isCell() } as Predicate<Place>
                default -> { Place place -> chosen.contains(place) } as Predicate<Place>
            }
            new Case(number, cells, eligible, ["all but the grand total", "rows", "cells", "scattered cells"][kind], threshold)
        }
    }

    /** Zeros, many small counts and a long tail; how sparse varies from table to table. */
    static long[][] counts(Random random, int rows, int cols, double zeros) {
        long[][] cells = new long[rows][cols]
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = random.nextDouble() < zeros * 0.7 ? 0L : (long) Math.floor(Math.exp(Math.abs(random.nextGaussian()) * 2.2))
            }
        }
        cells
    }
}
