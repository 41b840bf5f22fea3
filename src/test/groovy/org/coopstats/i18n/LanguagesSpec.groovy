package org.coopstats.i18n

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import java.time.LocalDate

@MicronautTest(transactional = false)
class LanguagesSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient client

    def "the browser's Accept-Language chooses among the six languages by weight"() {
        expect:
        LanguageChoice.fromAcceptLanguage(header) == Optional.ofNullable(language)

        where:
        header                                  || language
        "fr-CH, fr;q=0.9, en;q=0.8"             || Language.FR
        "de-DE, de;q=0.9, es;q=0.5, ru;q=0.7"   || Language.RU
        "zh-Hans-CN"                            || Language.ZH
        "ar-EG;q=0.2, en;q=0.1"                 || Language.AR
        "de, it"                                || null
        "fr;q=0, es;q=0.3"                      || Language.ES
        "fr;q=nonsense"                         || null
        ""                                      || null
    }

    def "a page opened with lang=fr is in French and remembers the choice for the next page"() {
        when:
        def first = client.toBlocking().exchange(HttpRequest.GET("/?lang=fr"), String)

        then:
        first.body().contains('<html lang="fr" dir="ltr">')
        first.body().contains("Cycles de communication")
        def cookie = first.getCookie(LanguageChoice.COOKIE).get()
        cookie.value == "fr"

        when: "the next page is opened without lang="
        def next = client.toBlocking().exchange(HttpRequest.GET("/").cookie(cookie), String)

        then:
        next.body().contains('<html lang="fr" dir="ltr">')
    }

    def "Arabic from the browser's settings gives a right-to-left page, and the switcher offers the other five"() {
        when:
        def page = client.toBlocking().retrieve(HttpRequest.GET("/").header("Accept-Language", "ar-SA,ar;q=0.9"))

        then:
        page.contains('<html lang="ar" dir="rtl">')
        page.contains("دورات الإبلاغ")
        ["zh", "en", "fr", "ru", "es"].every { page.contains("href=\"/?lang=$it\"") }
        page.contains('<span aria-current="true" lang="ar">العربية</span>')
    }

    def "an unknown language falls back to English"() {
        expect:
        client.toBlocking().retrieve("/?lang=xx").contains('<html lang="en" dir="ltr">')
    }

    def "numbers and dates follow the language"() {
        expect:
        Text.of(Language.FR).number(12345) == "12\u202f345"
        Text.of(Language.EN).number(12345) == "12,345"
        Text.of(Language.ES).date(LocalDate.of(2024, 3, 31)) == "31 de marzo de 2024"
        Text.of(Language.ZH).date(LocalDate.of(2024, 3, 31)) == "2024年3月31日"
        Text.of(Language.EN).percent(0.425, 1) == "42.5%"
    }

    def "a message missing in a language falls back to English, and an unknown key shows itself"() {
        expect:
        Text.of(Language.FR).get("home.cycles") == "Cycles de communication"
        Text.of(Language.FR).get("nothing.here") == "nothing.here"
        Text.of(Language.EN).get("home.periodRange", "1 Jan", "31 Dec") == "1 Jan to 31 Dec"
    }
}
