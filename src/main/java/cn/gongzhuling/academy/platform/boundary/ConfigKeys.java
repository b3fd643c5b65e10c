package cn.gongzhuling.academy.platform.boundary;

/**
 * The one catalogue of configuration keys. Defaults live in
 * META-INF/microprofile-config.properties; any key can be overridden by a
 * system property or by an environment variable (app.db.url -> APP_DB_URL).
 */
public final class ConfigKeys {

    /** Directory for the embedded database and uploaded files; survives restarts. */
    public static final String DATA_DIR = "app.data.dir";
    /** JDBC URL, user, password and DataSource class (H2 by default, PostgreSQL by configuration). */
    public static final String DB_URL = "app.db.url";
    public static final String DB_USER = "app.db.user";
    public static final String DB_PASSWORD = "app.db.password";
    public static final String DB_DATASOURCE_CLASS = "app.db.datasource-class";
    /** Address printed at start-up and used in links (e.g. certificate QR codes). */
    public static final String PUBLIC_URL = "app.public-url";
    /** Demo mode seeds demo data and demo accounts once; off in production. */
    public static final String DEMO = "app.demo";
    /** In demo mode, also seed a year of training and field history for the reports (tests turn it off). */
    public static final String DEMO_HISTORY = "app.demo.history";
    /** First administrator, created at start-up when demo mode is off and no admin exists. */
    public static final String ADMIN_USERNAME = "app.admin.username";
    public static final String ADMIN_PASSWORD = "app.admin.password";
    /** Language for visitors who have not chosen one: zh-CN or en. */
    public static final String DEFAULT_LOCALE = "app.locale.default";
    /** PBKDF2-SHA256 iterations; never below {@value #MIN_PASSWORD_ITERATIONS}. */
    public static final String PASSWORD_ITERATIONS = "app.security.password.iterations";
    public static final int MIN_PASSWORD_ITERATIONS = 210_000;
    /** Failed logins allowed per user name (or address) within the window before locking. */
    public static final String LOGIN_MAX_FAILURES = "app.security.login.max-failures";
    public static final String LOGIN_WINDOW_MINUTES = "app.security.login.window-minutes";
    public static final String LOGIN_LOCK_MINUTES = "app.security.login.lock-minutes";
    /** Folder of course files imported at start-up; default: the courses/ folder packaged in the WAR. */
    public static final String COURSES_DIR = "app.courses.dir";
    /** Largest CSV file accepted for import, in bytes. */
    public static final String CSV_MAX_BYTES = "app.upload.csv.max-bytes";
    /** Largest assessment evidence file (photo or PDF) accepted, in bytes. */
    public static final String EVIDENCE_MAX_BYTES = "app.upload.evidence.max-bytes";

    /** xAPI statements: largest request body (bytes; larger ones get 413 before they are read to the end). */
    public static final String XAPI_MAX_BODY_BYTES = "app.xapi.max-body-bytes";
    /** xAPI statements: deepest JSON nesting accepted (objects and arrays). */
    public static final String XAPI_MAX_DEPTH = "app.xapi.max-depth";
    /** xAPI statements: how far a statement's timestamp may lie ahead of the server's clock, in minutes. */
    public static final String XAPI_MAX_FUTURE_MINUTES = "app.xapi.max-future-minutes";
    /** xAPI statements: most statements in one page of GET /xapi/statements. */
    public static final String XAPI_PAGE_MAX = "app.xapi.page-max";

    /** Skills whose certificate coverage the reports show per grid and community, comma-separated codes. */
    public static final String REPORT_KEY_SKILLS = "app.report.key-skills";
    /** How many days ahead the coverage report looks ("still covered in 60 days?"). */
    public static final String REPORT_COVERAGE_HORIZON_DAYS = "app.report.coverage-horizon-days";
    /** How often the impact roll-up counts recent changes, in seconds. */
    public static final String REPORT_IMPACT_REFRESH_SECONDS = "app.report.impact-refresh-seconds";
    /** Certificates: days before the last valid day from which a certificate shows as expiring. */
    public static final String CERT_EXPIRING_DAYS = "app.certificates.expiring-days";
    /** First part of certificate serial numbers (GZL-CPR-FA-2026-001000). */
    public static final String CERT_SERIAL_PREFIX = "app.certificates.serial-prefix";
    /** A TTF/OTF (or TTC with ",index") with Chinese glyphs for the PDF; default: the font shipped in the WAR. */
    public static final String CERT_FONT = "app.certificates.font";
    /** The issuing department, printed on certificates and named as issuer of Open Badges. */
    public static final String ISSUER_NAME_ZH = "app.certificates.issuer.name-zh";
    public static final String ISSUER_NAME_EN = "app.certificates.issuer.name-en";
    public static final String ISSUER_URL = "app.certificates.issuer.url";
    public static final String ISSUER_EMAIL = "app.certificates.issuer.email";
    /** Public verification page: look-ups allowed per client address within the window. */
    public static final String VERIFY_MAX_LOOKUPS = "app.verify.max-lookups";
    public static final String VERIFY_WINDOW_MINUTES = "app.verify.window-minutes";
    /**
     * Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDRs, empty by
     * default): per-client limits then key on the right-most untrusted hop instead of the proxy.
     */
    public static final String HTTP_TRUSTED_PROXIES = "app.http.trusted-proxies";
    /** Expiry reminders: the hourly job on/off (in-app notifications and, when configured, mail). */
    public static final String REMINDERS_ENABLED = "app.reminders.enabled";
    /** Reminder mail: off unless an SMTP host is set. */
    public static final String MAIL_SMTP_HOST = "app.mail.smtp.host";
    public static final String MAIL_SMTP_PORT = "app.mail.smtp.port";
    public static final String MAIL_SMTP_USER = "app.mail.smtp.user";
    public static final String MAIL_SMTP_PASSWORD = "app.mail.smtp.password";
    public static final String MAIL_SMTP_STARTTLS = "app.mail.smtp.starttls";
    public static final String MAIL_FROM = "app.mail.from";

    /** Largest photo accepted with a field record (JPEG or PNG), in bytes. */
    public static final String PHOTO_MAX_BYTES = "app.upload.photo.max-bytes";

    private ConfigKeys() {
    }
}
