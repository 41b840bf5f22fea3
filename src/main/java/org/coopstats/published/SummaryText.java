package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Dimension;
import org.coopstats.i18n.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The few sentences at the top of a cycle summary: the main facts of the edition in plain words,
 * and how they changed since the previous cycle's edition. Sentences are chosen whole from the
 * bundle (more, fewer, as many), and are worded so that no noun has to agree with a number.
 */
final class SummaryText {

    /** A type of cooperation with fewer cases says little about its share, so it is not named as highest or lowest. */
    private static final long FEW_CASES = 20;

    private SummaryText() {
    }

    static List<String> of(Headline now, @Nullable Headline before, Wording words) {
        Text t = words.text();
        List<String> sentences = new ArrayList<>();
        String reporting = t.number(now.statesReporting());
        String parties = t.number(now.statesParties());
        String cases = t.number(now.cases());
        String cycle = now.edition().cycle();
        if (before == null) {
            sentences.add(t.get("published.text.reported", reporting, parties, cases, cycle));
        } else {
            int change = now.statesReporting() - before.statesReporting();
            String key = change > 0 ? "published.text.reportedMore" : change < 0 ? "published.text.reportedFewer"
                    : "published.text.reportedSame";
            sentences.add(t.get(key, reporting, parties, cases, cycle, t.number(Math.abs(change)), before.edition().cycle()));
            sentences.add(t.get("published.text.casesBefore", before.edition().cycle(), t.number(before.cases())));
        }
        if (now.conventionShare() != null) {
            sentences.add(before == null || before.conventionShare() == null
                    ? t.get("published.text.convention", percent(t, now.conventionShare()))
                    : t.get("published.text.conventionBefore", percent(t, now.conventionShare()), before.edition().cycle(),
                    percent(t, before.conventionShare())));
            extremes(now, words).ifPresent(sentences::add);
        }
        if (now.refusalRate() != null) {
            sentences.add(before == null || before.refusalRate() == null
                    ? t.get("published.text.refusals", percent(t, now.refusalRate()))
                    : t.get("published.text.refusalsBefore", percent(t, now.refusalRate()), before.edition().cycle(),
                    percent(t, before.refusalRate())));
        }
        sentences.add(now.forbiddenRefusals() == 0 ? t.get("published.text.noForbidden")
                : t.get("published.text.forbidden", t.number(now.forbiddenRefusals())));
        return sentences;
    }

    /** "Its share was highest for ... and lowest for ...", over the types with enough cases to say so. */
    private static java.util.Optional<String> extremes(Headline now, Wording words) {
        List<Headline.TypeShare> types = now.byType().stream()
                .filter(type -> type.conventionShare() != null && type.cases() >= FEW_CASES).toList();
        if (types.size() < 2) {
            return java.util.Optional.empty();
        }
        Comparator<Headline.TypeShare> byShare = Comparator.comparing(Headline.TypeShare::conventionShare);
        Headline.TypeShare highest = types.stream().max(byShare).orElseThrow();
        Headline.TypeShare lowest = types.stream().min(byShare).orElseThrow();
        Text t = words.text();
        return java.util.Optional.of(t.get("published.text.conventionExtremes",
                inSentence(type(words, highest), t), percent(t, highest.conventionShare()),
                inSentence(type(words, lowest), t), percent(t, lowest.conventionShare())));
    }

    /**
     * A label in the middle of a sentence: "mutual legal assistance", not "Mutual legal assistance", in
     * the languages that write it so (not "INTERPOL" or any label whose second letter is a capital);
     * in Arabic, isolated from the sentence's direction.
     */
    static String inSentence(String label, Text t) {
        if (t.language().rightToLeft()) {
            // isolated, so a label in another script keeps its own order inside the right-to-left sentence
            return "\u2068" + label + "\u2069";
        }
        boolean lowers = switch (t.language()) {
            case EN, FR, ES -> true;
            default -> false;
        };
        if (!lowers || label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || !Character.isLowerCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String type(Wording words, Headline.TypeShare type) {
        return words.heading(Dimension.COOPERATION_TYPE, new Heading(type.code(), type.label()));
    }

    static String percent(Text t, BigDecimal fraction) {
        return t.percent(fraction.doubleValue(), 1);
    }
}
