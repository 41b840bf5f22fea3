package org.coopstats.disclosure

import spock.lang.Specification

import java.util.function.Predicate

/**
 * Attacks every protected table with what it publishes (Attacker): no hidden figure may be
 * pinned down, every small count must be hidden, and the same table must always give the same
 * result. Issue 5: "for each published table, it solves for every suppressed cell from the
 * published margins and fails if any value is determined".
 */
class DisclosureAttackSpec extends Specification {

    static final Predicate<Place> EVERY_CELL = { Place place -> place.isCell() } as Predicate<Place>
    static final Predicate<Place> STATE_ROWS = { Place place -> place.row() != Place.TOTAL } as Predicate<Place>
    static final Predicate<Place> ALL_BUT_GRAND_TOTAL = { Place place -> !place.isGrandTotal() } as Predicate<Place>

    def "no hidden figure of #name can be worked out from what is published"() {
        given:
        long[][] cells = table as long[][]

        when:
        def suppression = CellSuppression.protect(cells, eligible, 3)
        def published = Published.of(cells, suppression)

        then: "every small eligible count is hidden"
        primaries(cells, eligible, 3).every { suppression.isSuppressed(it) }
        suppression.primary == primaries(cells, eligible, 3)

        and: "the attacker finds a range, not a value, for each hidden figure"
        def ranges = Attacker.attack(published)
        ranges.keySet() == suppression.suppressed
        ranges.values().every { !it.determined }

        and: "the grand total stays published"
        !suppression.withheld
        published.total == cells.flatten().sum()

        where:
        name                                          | table                                                      | eligible
        "a lone small cell"                           | [[1, 5, 7], [4, 6, 9], [8, 3, 12]]                         | EVERY_CELL
        "two small cells in one row"                  | [[1, 2, 7], [4, 6, 9], [8, 3, 12]]                         | EVERY_CELL
        "small cells filling a row"                   | [[1, 2, 1], [4, 6, 9], [8, 3, 12]]                         | EVERY_CELL
        "small cells filling a column"                | [[1, 5, 7], [2, 6, 9], [1, 3, 12]]                         | EVERY_CELL
        "every cell small"                            | [[1, 2, 1], [2, 1, 2], [1, 1, 1]]                          | EVERY_CELL
        "every cell small, totals of States too"      | [[1, 2, 1], [2, 1, 2], [1, 1, 1]]                          | ALL_BUT_GRAND_TOTAL
        "a row with a single non-zero cell"           | [[2, 0, 0], [4, 6, 9], [8, 3, 12]]                         | EVERY_CELL
        "a row with a single non-zero cell, a State"  | [[2, 0, 0], [4, 6, 9], [8, 3, 12]]                         | STATE_ROWS
        "a column with a single non-zero cell"        | [[2, 5, 7], [0, 6, 9], [0, 3, 12]]                         | EVERY_CELL
        "a small cell among zeros"                    | [[0, 0, 0], [0, 1, 0], [0, 0, 0], [5, 5, 5]]               | EVERY_CELL
        "a small cell whose partners are all zeros"   | [[1, 0], [0, 9]]                                           | EVERY_CELL
        "zeros on the diagonal of the pattern"        | [[1, 0, 4], [5, 0, 6], [0, 7, 8]]                          | EVERY_CELL
        "a single small cell in the whole table"      | [[0, 0], [0, 1]]                                           | STATE_ROWS
        "a one-dimensional table, one small State"    | [[12], [1], [30], [7]]                                     | STATE_ROWS
        "a one-dimensional table, two small States"   | [[12], [1], [2], [7]]                                      | STATE_ROWS
        "a one-dimensional table, one State not zero" | [[0], [2], [0], [0]]                                       | STATE_ROWS
        "a one-row table"                             | [[1, 7, 9, 4]]                                             | EVERY_CELL
        "a one-row table of States"                   | [[1, 7, 9, 4]]                                             | { Place p -> p.col() != Place.TOTAL } as Predicate<Place>
        "two rows, one of them small"                 | [[1, 1, 0], [9, 7, 5]]                                     | ALL_BUT_GRAND_TOTAL
        "a State with small counts everywhere"        | [[1, 1, 1, 1], [20, 30, 25, 40], [15, 10, 5, 8]]           | STATE_ROWS
        "small and large mixed, many zeros"           | [[0, 1, 0, 0, 40], [0, 0, 2, 0, 0], [3, 0, 0, 1, 0], [100, 50, 0, 0, 7]] | ALL_BUT_GRAND_TOTAL
    }

    def "a table that cannot be protected while its grand total is published is withheld whole"() {
        when:
        long[][] cells = table as long[][]
        def suppression = CellSuppression.protect(cells, { Place p -> true } as Predicate<Place>, 3)

        then:
        suppression.withheld
        suppression.isSuppressed(Place.grandTotal())
        Attacker.disclosed(Published.of(cells, suppression)).isEmpty()

        where:
        table << [[[2]], [[1, 1]], [[1], [0]], [[0, 2, 0]]]
    }

    def "500 random tables of up to 12 by 8 cells: nothing hidden is disclosed, nothing small is shown, the same table gives the same result"() {
        given:
        def cases = RandomTables.of(20250505L, 500, 12, 8)
        List<String> failures = []

        when:
        for (RandomTables.Case table : cases) {
            def copy = table.cells.collect { it.clone() } as long[][]
            def suppression = CellSuppression.protect(table.cells, table.eligible, table.threshold)
            if (table.cells != copy) {
                failures << "${table}: the counts were changed"
            }
            if (CellSuppression.protect(copy, table.eligible, table.threshold) != suppression) {
                failures << "${table}: a second run gave another result"
            }
            def missed = primaries(table.cells, table.eligible, table.threshold).findAll { !suppression.isSuppressed(it) }
            if (missed) {
                failures << "${table}: small counts published at ${missed}"
            }
            def published = Published.of(table.cells, suppression)
            if (suppression.withheld != mustWithhold(table.cells, primaries(table.cells, table.eligible, table.threshold))) {
                failures << "${table}: withheld ${suppression.withheld}"
            }
            if (!suppression.withheld && published.total != table.cells.flatten().sum()) {
                failures << "${table}: grand total ${published.total}"
            }
            def disclosed = Attacker.disclosed(published)
            if (disclosed) {
                failures << "${table}: suppressed ${suppression.suppressed}, disclosed ${disclosed}"
            }
        }

        then:
        failures.isEmpty()
    }

    def "a State's 200 partners by 10 types of cooperation are protected and hold against the attack"() {
        given: "partners of one State: most with a handful of cases, a few with hundreds"
        def random = new Random(16)
        def cells = RandomTables.counts(random, 200, 10, 0.9)

        when:
        def suppression = CellSuppression.protect(cells, STATE_ROWS, 3)

        then:
        suppression.primary.size() > 100
        !suppression.withheld
        Attacker.disclosed(Published.of(cells, suppression)).isEmpty()
    }

    /**
     * Only a small count that is the grand total under another name cannot be hidden while the
     * grand total is published: the grand total itself, the total of a table's only row or only
     * column, or its only cell.
     */
    static boolean mustWithhold(long[][] cells, SortedSet<Place> primaries) {
        int rows = cells.length
        int cols = cells[0].length
        primaries.any { Place p ->
            p.isGrandTotal() || rows == 1 && p.isRowTotal() || cols == 1 && p.isColTotal() || rows == 1 && cols == 1
        }
    }

    static SortedSet<Place> primaries(long[][] cells, Predicate<Place> eligible, int threshold) {
        int rows = cells.length
        int cols = rows == 0 ? 0 : cells[0].length
        SortedSet<Place> small = new TreeSet<>()
        def add = { Place place, long value ->
            if (value > 0 && value < threshold && eligible.test(place)) {
                small << place
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                add(Place.cell(r, c), cells[r][c])
            }
            add(Place.rowTotal(r), cells[r].sum() as long)
        }
        for (int c = 0; c < cols; c++) {
            add(Place.colTotal(c), cells.collect { it[c] }.sum() as long)
        }
        add(Place.grandTotal(), (cells.flatten().sum() ?: 0) as long)
        small
    }
}
