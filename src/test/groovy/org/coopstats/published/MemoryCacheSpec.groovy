package org.coopstats.published

import spock.lang.Specification

/** What the public pages' memory keeps: bounded by weight, oldest out first, never what it must not keep. */
class MemoryCacheSpec extends Specification {

    MemoryCache<String, String> cache = new MemoryCache<>(10, { String value -> value.length() as long } as java.util.function.ToLongFunction<String>, { String value -> value != "404" } as java.util.function.Predicate<String>)

    def "a value is made once and kept, the oldest leaving first when the bound is reached"() {
        given:
        int made = 0

        when:
        ["a", "b", "c"].each { key -> cache.join(key, { made++; "1234" }) }
        cache.join("c", { made++; "never" })

        then: "three values of 4 are over the bound of 10: the first left"
        made == 3
        cache.size() == 2
        cache.weight() == 8
        cache.join("a", { "again" }) == "again"
    }

    def "a value the keep rule refuses is given but not kept"() {
        expect:
        cache.join("/invented", { "404" }) == "404"
        cache.size() == 0
        cache.weight() == 0
    }

    def "a value heavier than the whole bound is given but not kept, and the others still make room afterwards"() {
        when:
        cache.join("huge", { "x" * 11 })

        then:
        cache.size() == 0
        cache.weight() == 0

        when:
        ["a", "b", "c", "d"].each { key -> cache.join(key, { "1234" }) }

        then:
        cache.size() == 2
        cache.weight() == 8
    }
}
