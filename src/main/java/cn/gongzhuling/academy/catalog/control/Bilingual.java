package cn.gongzhuling.academy.catalog.control;

import java.util.Locale;

/** A text in both languages of the academy. */
public record Bilingual(String zh, String en) {

    public static final Bilingual EMPTY = new Bilingual("", "");

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
