package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
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

    public String publicUrl() {
        return config().getOptionalValue(ConfigKeys.PUBLIC_URL, String.class).orElse("http://localhost:8080/");
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

    public long photoMaxBytes() {
        return config().getOptionalValue(ConfigKeys.PHOTO_MAX_BYTES, Long.class).orElse(5L * 1024 * 1024);
    }
}
