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

    /** Largest photo accepted with a field record (JPEG or PNG), in bytes. */
    public static final String PHOTO_MAX_BYTES = "app.upload.photo.max-bytes";

    private ConfigKeys() {
    }
}
