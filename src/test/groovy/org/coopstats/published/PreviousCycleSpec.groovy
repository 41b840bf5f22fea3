package org.coopstats.published

import org.coopstats.publication.ChangeNote
import org.coopstats.publication.Edition
import spock.lang.Specification

import java.time.LocalDateTime

/** What an edition compares itself with is fixed when it is published: editions made later change nothing. */
class PreviousCycleSpec extends Specification {

    def "an edition compares with the latest edition, published before it, of the nearest earlier cycle that had one"() {
        given: "2022/1 published, then 2024/1, then 2023/1 late, then 2022/2"
        def first2022 = edition(1, "2022", 1)
        def first2024 = edition(2, "2024", 1)
        def first2023 = edition(3, "2023", 1)
        def second2022 = edition(4, "2022", 2)
        def all = [first2024, first2023, second2022, first2022] // newest cycle first, as Editions.all gives them

        expect: "2024/1 keeps comparing with 2022/1, as it did when it was published"
        PublishedFigures.previousCycle(first2024, [first2024, first2022]) == first2022
        PublishedFigures.previousCycle(first2024, all) == first2022

        and: "2023/1 compares with 2022/1, not with the 2022 edition published after it"
        PublishedFigures.previousCycle(first2023, all) == first2022

        and: "the earliest cycle compares with nothing"
        PublishedFigures.previousCycle(second2022, all) == null
    }

    private static Edition edition(long id, String cycle, int number) {
        new Edition(id, cycle, number, LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(id), 190, 3, null,
                new ChangeNote(1, 1, 0, 0, null, 10L, null, 3, null))
    }
}
