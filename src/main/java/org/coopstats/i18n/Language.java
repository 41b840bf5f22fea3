package org.coopstats.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the order the UN lists them. */
public enum Language {
    AR("ar", "العربية", true),
    ZH("zh", "中文", false),
    EN("en", "English", false),
    FR("fr", "Français", false),
    RU("ru", "Русский", false),
    ES("es", "Español", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = switch (code) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            // digits 0-9, as United Nations documents in Arabic write figures (Java's Arabic would write ١٩٠)
            case "ar" -> Locale.forLanguageTag("ar-u-nu-latn");
            default -> Locale.forLanguageTag(code);
        };
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, as a switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a code such as "fr", "FR" or "zh-Hans-CN" stands for, if it is one of the six. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(language -> language.code.equals(primary)).findFirst();
    }
}
