package org.coopstats.disclosure

import spock.lang.Specification

import java.util.function.Predicate

import static org.coopstats.disclosure.Place.cell
import static org.coopstats.disclosure.Place.colTotal
import static org.coopstats.disclosure.Place.rowTotal

/** What small-cell suppression hides, and why, on tables small enough to read. */
class CellSuppressionSpec extends Specification {

    static final Predicate<Place> EVERY_CELL = { Place place -> place.isCell() } as Predicate<Place>
    static final Predicate<Place> STATE_ROWS = { Place place -> place.row() != Place.TOTAL } as Predicate<Place>
    static final Predicate<Place> NOTHING = { Place place -> false } as Predicate<Place>

    static Suppression protect(List<List<Integer>> table, Predicate<Place> eligible, int threshold = 3) {
        CellSuppression.protect(table as long[][], eligible, threshold)
    }

    def "a table without small counts is published as it is"() {
        when:
        def suppression = protect([[3, 5], [6, 7]], EVERY_CELL)

        then:
        !suppression.any()
        !suppression.withheld
    }

    def "a count of #count with threshold #threshold is #outcome"() {
        when:
        def suppression = protect([[count, 5], [6, 7]], { Place p -> p == cell(0, 0) } as Predicate<Place>, threshold)

        then:
        suppression.primary.contains(cell(0, 0)) == hidden
        suppression.isSuppressed(0, 0) == hidden

        where:
        count | threshold || hidden
        1     | 3         || true
        2     | 3         || true
        3     | 3         || false
        4     | 5         || true
        5     | 5         || false
        1     | 1         || false
        0     | 3         || false

        outcome = hidden ? "suppressed" : "published"
    }

    def "a zero is never a primary suppression: it tells that nothing happened, not about whom"() {
        expect:
        !protect([[0, 5], [6, 0]], EVERY_CELL).any()
    }

    def "a small count that involves no named State is published"() {
        expect:
        !protect([[1, 5], [6, 7]], NOTHING).any()
    }

    def "a lone small cell is hidden with the cheapest partners in its row and its column, and a fourth cell closing the rectangle"() {
        when: "1 is small; 5, 6 and 4 are the smallest cells that close a rectangle through it"
        def suppression = protect([[1, 5, 7], [4, 6, 9], [8, 3, 12]], EVERY_CELL)

        then:
        suppression.primary == [cell(0, 0)] as SortedSet
        suppression.suppressed == [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)] as SortedSet
        suppression.secondary() == [cell(0, 1), cell(1, 0), cell(1, 1)] as SortedSet
    }

    def "partners are small non-zero counts rather than zeros, which can only protect by rising"() {
        when:
        def suppression = protect([[1, 0, 2, 50], [3, 0, 4, 60], [9, 9, 9, 9]], { Place p -> p == cell(0, 0) } as Predicate<Place>)

        then:
        suppression.suppressed == [cell(0, 0), cell(0, 2), cell(1, 0), cell(1, 2)] as SortedSet
    }

    def "two small cells in one row protect each other in the row, and take partners in their columns"() {
        when:
        def suppression = protect([[1, 2, 7], [4, 6, 9], [8, 3, 12]], EVERY_CELL)

        then:
        suppression.primary == [cell(0, 0), cell(0, 1)] as SortedSet
        suppression.suppressed == [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)] as SortedSet
    }

    def "a row whose only non-zero cell is small hides one of its zeros with it: the zero may rise, so the cell may fall"() {
        when: "the row total 2 is published (the rule names cells only)"
        def suppression = protect([[2, 0, 0], [4, 6, 9], [8, 3, 12]], EVERY_CELL)

        then:
        suppression.isSuppressed(0, 0)
        suppression.isSuppressed(0, 1) || suppression.isSuppressed(0, 2)
        suppression.suppressed.every { it.isCell() }
    }

    def "a zero the public knows to be zero (a State with itself) is never a partner: the attacker would fill it in"() {
        when: "the zeros of the first row are known, so only totals can protect its 2"
        def suppression = CellSuppression.protect([[2, 0, 0], [4, 6, 9], [8, 3, 12]] as long[][], EVERY_CELL,
                { Place p -> p.row() == 0 && p.col() > 0 } as Predicate<Place>, 3)

        then:
        suppression.isSuppressed(0, 0)
        !suppression.isSuppressed(0, 1) && !suppression.isSuppressed(0, 2)
        suppression.rowTotalSuppressed(0)
        Attacker.disclosed(Published.of([[2, 0, 0], [4, 6, 9], [8, 3, 12]] as long[][], suppression)).isEmpty()
    }

    def "a figure another table publishes is never a partner: on a State's page its refused cases are the refusal grounds' total"() {
        given: "outcomes executed 50, refused 7, pending 1; the refusal grounds table publishes 7 as its total"
        def outcomes = [[50], [7], [1]] as long[][]
        def refused = { Place p -> p.row() == 1 } as Predicate<Place>

        when:
        def alone = CellSuppression.protect(outcomes, STATE_ROWS, 3)
        def beside = CellSuppression.protect(outcomes, STATE_ROWS, refused, 3)

        then: "alone, the 7 is the cheapest partner of the 1, which 58 - 50 - 7 would then give away"
        alone.isSuppressed(1, 0)

        and: "known to the reader, the 7 stays and the 50 hides the 1 instead"
        beside.isSuppressed(2, 0) && beside.isSuppressed(0, 0)
        !beside.isSuppressed(1, 0) && !beside.rowTotalSuppressed(1)
        Attacker.disclosed(Published.of(outcomes, beside)).isEmpty()
    }

    def "a known figure that is itself small is hidden all the same"() {
        when:
        def suppression = CellSuppression.protect([[50], [2], [9]] as long[][], STATE_ROWS, { Place p -> p.row() == 1 } as Predicate<Place>, 3)

        then:
        suppression.isSuppressed(1, 0)
        Attacker.disclosed(Published.of([[50], [2], [9]] as long[][], suppression)).isEmpty()
    }

    def "a State whose total is small has its total hidden too, and a second total with it, or the grand total would give it away"() {
        when:
        def suppression = protect([[2, 0, 0], [4, 6, 9], [8, 3, 12]], STATE_ROWS)

        then:
        suppression.primary == [cell(0, 0), rowTotal(0)] as SortedSet
        suppression.suppressed.count { it.isRowTotal() } >= 2
        !suppression.isSuppressed(Place.grandTotal())
    }

    def "zeros that would have to fall below nothing are no protection: totals are hidden instead"() {
        when: "the second column is all zeros, so hiding it would prove the 1"
        def suppression = protect([[1, 0], [5, 0]], { Place p -> p == cell(0, 0) } as Predicate<Place>)

        then:
        suppression.suppressed == [cell(0, 0), rowTotal(0), cell(1, 0), rowTotal(1)] as SortedSet
    }

    def "in a one-dimensional table a small State is hidden with the next smallest, cells and totals alike, or the grand total would give it away"() {
        when:
        def suppression = protect([[12], [1], [30], [7]], STATE_ROWS)

        then:
        suppression.primary == [cell(1, 0), rowTotal(1)] as SortedSet
        suppression.suppressed == [cell(1, 0), rowTotal(1), cell(3, 0), rowTotal(3)] as SortedSet
    }

    def "in a one-row table the column totals play the part of the row totals"() {
        when:
        def suppression = protect([[9, 1, 30, 7]], { Place p -> p.col() != Place.TOTAL } as Predicate<Place>)

        then:
        suppression.suppressed == [cell(0, 1), cell(0, 3), colTotal(1), colTotal(3)] as SortedSet
    }

    def "a table that cannot hide its small count while publishing its grand total is withheld whole"() {
        when:
        def suppression = protect(table, eligible)

        then:
        suppression.withheld
        suppression.isSuppressed(Place.grandTotal())
        suppression.suppressed.size() == (table.size() + 1) * (table[0].size() + 1)

        where: "the grand total is itself a small count about a State, or the table's one cell is"
        table        | eligible
        [[2]]        | { Place p -> true } as Predicate<Place>
        [[1, 0]]     | { Place p -> true } as Predicate<Place>
        [[1], [1]]   | { Place p -> true } as Predicate<Place>
        [[2]]        | EVERY_CELL
    }

    def "the result cannot be changed by whoever receives it"() {
        given:
        def suppression = protect([[1, 5], [6, 7]], EVERY_CELL)

        when:
        suppression.suppressed.clear()

        then:
        thrown(UnsupportedOperationException)
    }

    def "a threshold below 1 and a table with negative counts or ragged rows are refused"() {
        when:
        protect(table, EVERY_CELL, threshold)

        then:
        thrown(IllegalArgumentException)

        where:
        table              | threshold
        [[1, 2], [3, 4]]   | 0
        [[1, -2], [3, 4]]  | 3
        [[1, 2], [3]]      | 3
    }
}
