package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * The visitor's language, kept in a cookie (and on the account once logged in,
 * see LocaleView), so no session state is needed. Also formats dates the way
 * each language expects: 2026年11月27日 / 27 Nov 2026.
 */
@Named
@RequestScoped
public class UserLocale implements Serializable {

    public static final String COOKIE = "lang";
    private static final long serialVersionUID = 1L;

    @Inject
    AppConfig config;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Messages.supported(fromCookie());
        }
        return locale;
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Applies a new language for this request and remembers it in a cookie. */
    public void change(Locale newLocale) {
        this.locale = newLocale;
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.addResponseCookie(COOKIE, isEnglish() ? "en" : "zh-CN",
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
    }

    public String date(TemporalAccessor value) {
        return value == null ? "" : formatter(false).format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : formatter(true).format(value);
    }

    public String number(Number value) {
        return value == null ? "" : java.text.NumberFormat.getInstance(getLocale()).format(value);
    }

    public String text(String key, Object... args) {
        return Messages.get(getLocale(), key, args);
    }

    private DateTimeFormatter formatter(boolean withTime) {
        String pattern = isEnglish() ? "d MMM yyyy" : "yyyy年M月d日";
        return DateTimeFormatter.ofPattern(withTime ? pattern + " HH:mm" : pattern, getLocale());
    }

    private String fromCookie() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            Object cookie = fc.getExternalContext().getRequestCookieMap().get(COOKIE);
            if (cookie instanceof Cookie c) {
                return c.getValue();
            }
        }
        return config.defaultLocale();
    }

    /** For services that format dates outside a page. */
    public static String formatDate(Locale locale, LocalDate date) {
        String pattern = "en".equals(locale.getLanguage()) ? "d MMM yyyy" : "yyyy年M月d日";
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }
}
