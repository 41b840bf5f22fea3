package org.coopstats.i18n

import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/** Every bundle is complete in all six languages: the same keys, none blank, HTML kept balanced. */
class BundlesSpec extends Specification {

    static final Path BUNDLES = Path.of("src/main/resources/i18n")

    static List<String> bundleNames() {
        Files.list(BUNDLES).withCloseable { files ->
            files.map { it.fileName.toString() }.filter { it.endsWith("_en.properties") }
                    .map { it - "_en.properties" }.sorted().toList()
        }
    }

    static Properties read(String bundle, Language language) {
        def properties = new Properties()
        def file = BUNDLES.resolve("${bundle}_${language.code()}.properties")
        if (Files.exists(file)) {
            Files.newBufferedReader(file, StandardCharsets.UTF_8).withCloseable { properties.load(it) }
        }
        properties
    }

    def "bundle #bundle has every English key in #language, none blank, with the same placeholders and links"() {
        given:
        def english = read(bundle, Language.EN)
        def translated = read(bundle, language)

        expect:
        english.stringPropertyNames().every { it.startsWith(bundle + ".") }
        (english.stringPropertyNames() - translated.stringPropertyNames()).isEmpty()
        (translated.stringPropertyNames() - english.stringPropertyNames()).isEmpty()
        translated.stringPropertyNames().every { !translated.getProperty(it).isBlank() }
        english.stringPropertyNames().every { key ->
            placeholders(english.getProperty(key)) == placeholders(translated.getProperty(key))
        }

        where:
        [bundle, language] << [bundleNames(), Language.values() as List].combinations()
    }

    private static Map<String, Integer> placeholders(String message) {
        def found = [:].withDefault { 0 }
        (message =~ /\{\d+\}|<a |<strong>|<\/a>|<\/strong>/).each { found[it] = found[it] + 1 }
        found
    }
}
