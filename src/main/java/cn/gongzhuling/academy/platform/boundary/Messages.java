package cn.gongzhuling.academy.platform.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-visible text in the resource bundles, for pages and for services alike. */
public final class Messages {

    public static final String BUNDLE = "cn.gongzhuling.academy.i18n.messages";
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? ZH_CN : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Parses a language tag from a cookie or account; anything unknown becomes zh-CN. */
    public static Locale supported(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return ZH_CN;
    }
}
