package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Typed access to the keys of {@link ConfigKeys}. */
@ApplicationScoped
public class AppConfig {

    private Config config() {
        return ConfigProvider.getConfig();
    }

    public Path dataDir() {
        return Path.of(config().getValue(ConfigKeys.DATA_DIR, String.class)).toAbsolutePath();
    }

    public String dbUrl() {
        return config().getValue(ConfigKeys.DB_URL, String.class);
    }

    /** Whether the database is H2 (embedded, the default) rather than PostgreSQL: the few dialect differences. */
    public boolean isH2() {
        return dbUrl().startsWith("jdbc:h2:");
    }

    public String publicUrl() {
        return config().getOptionalValue(ConfigKeys.PUBLIC_URL, String.class).orElse("http://localhost:8080/");
    }

    public List<String> reportKeySkills() {
        return Arrays.stream(config().getOptionalValue(ConfigKeys.REPORT_KEY_SKILLS, String.class)
                        .orElse("CPR,MEDIATION,ACTIVE_GOVERNANCE").split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    public int coverageHorizonDays() {
        return config().getOptionalValue(ConfigKeys.REPORT_COVERAGE_HORIZON_DAYS, Integer.class).orElse(60);
    }

    public int impactRefreshSeconds() {
        return Math.max(1, config().getOptionalValue(ConfigKeys.REPORT_IMPACT_REFRESH_SECONDS, Integer.class).orElse(60));
    }

    public boolean demoHistory() {
        return demoMode() && config().getOptionalValue(ConfigKeys.DEMO_HISTORY, Boolean.class).orElse(true);
    }

    public boolean demoMode() {
        return config().getOptionalValue(ConfigKeys.DEMO, Boolean.class).orElse(false);
    }

    public Optional<String> adminUsername() {
        return config().getOptionalValue(ConfigKeys.ADMIN_USERNAME, String.class);
    }

    public Optional<String> adminPassword() {
        return config().getOptionalValue(ConfigKeys.ADMIN_PASSWORD, String.class);
    }

    public String defaultLocale() {
        return config().getOptionalValue(ConfigKeys.DEFAULT_LOCALE, String.class).orElse("zh-CN");
    }

    public int passwordIterations() {
        int configured = config().getOptionalValue(ConfigKeys.PASSWORD_ITERATIONS, Integer.class)
                .orElse(ConfigKeys.MIN_PASSWORD_ITERATIONS);
        return Math.max(configured, ConfigKeys.MIN_PASSWORD_ITERATIONS);
    }

    public int loginMaxFailures() {
        return config().getOptionalValue(ConfigKeys.LOGIN_MAX_FAILURES, Integer.class).orElse(5);
    }

    public int loginWindowMinutes() {
        return config().getOptionalValue(ConfigKeys.LOGIN_WINDOW_MINUTES, Integer.class).orElse(15);
    }

    public int loginLockMinutes() {
        return config().getOptionalValue(ConfigKeys.LOGIN_LOCK_MINUTES, Integer.class).orElse(15);
    }

    public Optional<Path> coursesDir() {
        return config().getOptionalValue(ConfigKeys.COURSES_DIR, String.class).map(Path::of);
    }

    public long csvMaxBytes() {
        return config().getOptionalValue(ConfigKeys.CSV_MAX_BYTES, Long.class).orElse(5L * 1024 * 1024);
    }

    public long evidenceMaxBytes() {
        return config().getOptionalValue(ConfigKeys.EVIDENCE_MAX_BYTES, Long.class).orElse(10L * 1024 * 1024);
    }

    public long xapiMaxBodyBytes() {
        return config().getOptionalValue(ConfigKeys.XAPI_MAX_BODY_BYTES, Long.class).orElse(5L * 1024 * 1024);
    }

    public int xapiMaxDepth() {
        return config().getOptionalValue(ConfigKeys.XAPI_MAX_DEPTH, Integer.class).orElse(32);
    }

    public long xapiMaxFutureMinutes() {
        return config().getOptionalValue(ConfigKeys.XAPI_MAX_FUTURE_MINUTES, Long.class).orElse(24L * 60);
    }

    public int xapiPageMax() {
        return config().getOptionalValue(ConfigKeys.XAPI_PAGE_MAX, Integer.class).orElse(100);
    }

    public int certExpiringDays() {
        return Math.max(0, config().getOptionalValue(ConfigKeys.CERT_EXPIRING_DAYS, Integer.class).orElse(60));
    }

    public String certSerialPrefix() {
        return config().getOptionalValue(ConfigKeys.CERT_SERIAL_PREFIX, String.class).orElse("GZL");
    }

    public Optional<String> certFont() {
        return config().getOptionalValue(ConfigKeys.CERT_FONT, String.class).filter(s -> !s.isBlank());
    }

    public String issuerNameZh() {
        return config().getOptionalValue(ConfigKeys.ISSUER_NAME_ZH, String.class).orElse("公主岭市基层治理培训中心");
    }

    public String issuerNameEn() {
        return config().getOptionalValue(ConfigKeys.ISSUER_NAME_EN, String.class)
                .orElse("Gongzhuling Community Governance Training Centre");
    }

    public String issuerUrl() {
        return config().getOptionalValue(ConfigKeys.ISSUER_URL, String.class).orElse(publicUrl());
    }

    public Optional<String> issuerEmail() {
        return config().getOptionalValue(ConfigKeys.ISSUER_EMAIL, String.class).filter(s -> !s.isBlank());
    }

    public int verifyMaxLookups() {
        return Math.max(1, config().getOptionalValue(ConfigKeys.VERIFY_MAX_LOOKUPS, Integer.class).orElse(30));
    }

    public int verifyWindowMinutes() {
        return Math.max(1, config().getOptionalValue(ConfigKeys.VERIFY_WINDOW_MINUTES, Integer.class).orElse(10));
    }

    /** Comma-separated addresses or CIDRs of trusted reverse proxies; empty: none. */
    public String trustedProxies() {
        return config().getOptionalValue(ConfigKeys.HTTP_TRUSTED_PROXIES, String.class).orElse("").strip();
    }

    public boolean remindersEnabled() {
        return config().getOptionalValue(ConfigKeys.REMINDERS_ENABLED, Boolean.class).orElse(true);
    }

    public Optional<String> mailSmtpHost() {
        return config().getOptionalValue(ConfigKeys.MAIL_SMTP_HOST, String.class).filter(s -> !s.isBlank());
    }

    public int mailSmtpPort() {
        return config().getOptionalValue(ConfigKeys.MAIL_SMTP_PORT, Integer.class).orElse(25);
    }

    public Optional<String> mailSmtpUser() {
        return config().getOptionalValue(ConfigKeys.MAIL_SMTP_USER, String.class).filter(s -> !s.isBlank());
    }

    public Optional<String> mailSmtpPassword() {
        return config().getOptionalValue(ConfigKeys.MAIL_SMTP_PASSWORD, String.class);
    }

    public boolean mailSmtpStarttls() {
        return config().getOptionalValue(ConfigKeys.MAIL_SMTP_STARTTLS, Boolean.class).orElse(false);
    }

    public String mailFrom() {
        return config().getOptionalValue(ConfigKeys.MAIL_FROM, String.class).orElse("academy@localhost");
    }

    public long photoMaxBytes() {
        return config().getOptionalValue(ConfigKeys.PHOTO_MAX_BYTES, Long.class).orElse(5L * 1024 * 1024);
    }
}
