package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.assessment.boundary.AssessmentDemoSeeder;
import cn.gongzhuling.academy.learning.boundary.CompletionTally;
import cn.gongzhuling.academy.catalog.boundary.CatalogImportService;
import cn.gongzhuling.academy.reporting.boundary.DemoHistory;
import cn.gongzhuling.academy.reporting.boundary.ImpactRollup;
import cn.gongzhuling.academy.security.boundary.AccountService;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs at deployment: applies Flyway migrations, then seeds demo data once
 * (demo mode) or creates the configured first admin (production), and prints
 * where the application is and how to log in.
 */
@ApplicationScoped
public class Startup {

    static final String COURSES_IN_WAR = "/WEB-INF/courses";
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AppConfig config;

    @Inject
    DemoSeeder demoSeeder;

    @Inject
    DemoHistory demoHistory;

    @Inject
    AccountService accounts;

    @Inject
    RequestContextController requestContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogImportService catalog;

    @Inject
    AssessmentDemoSeeder assessmentDemo;

    @Inject
    CompletionTally tally;

    @Inject
    ImpactRollup impact;

    /** In a web application the payload of the initialized event is the ServletContext. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) throws Exception {
        long start = System.nanoTime();
        if (config.dbUrl().startsWith("jdbc:h2:file:")) {
            Files.createDirectories(config.dataDir());
        }
        migrate();
        requestContext.activate(); // services look up the (absent) caller in request scope
        currentUser.actAsSystem();
        try {
            seed();
            importCourses(context);
            boolean sqlSeeded = false;
            if (config.demoMode() && assessmentDemo.seedOnce()) {
                sqlSeeded = true;
                LOG.info("Demo assessment data seeded (after the courses, which it needs).");
            }
            if (config.demoMode()) {
                int certificates = demoSeeder.seedCertificatesOnce();
                if (certificates > 0) {
                    LOG.info(() -> "Demo certificates seeded: " + certificates + ".");
                }
                if (config.demoHistory() && demoHistory.seedOnce()) {
                    sqlSeeded = true;
                    LOG.info("A year of demo training and field history seeded for the reports.");
                }
            }
            if (sqlSeeded) {
                tally.rebuild(); // those seeders write enrolments with plain SQL
            }
            if (sqlSeeded || config.demoMode() && !impact.freshness().isBuilt()) {
                impact.rebuild(); // demo data is small: build it now rather than a minute later
            }
        } finally {
            requestContext.deactivate();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> banner(millis));
    }

    private void seed() {
        if (config.demoMode()) {
            boolean seeded = demoSeeder.seedOnce();
            LOG.info(() -> seeded ? "Demo data seeded." : "Demo data already present; not seeded again.");
        } else {
            int retired = accounts.retireDemoAccounts(DemoSeeder.ACCOUNTS.stream().map(DemoSeeder.DemoAccount::username).toList());
            if (retired > 0) {
                LOG.info(() -> "Demo mode is off: deactivated " + retired + " demo accounts.");
            }
        }
        if (!config.demoMode() && config.adminUsername().isPresent() && config.adminPassword().isPresent()) {
            if (accounts.ensureAdmin(config.adminUsername().get(), config.adminPassword().get().toCharArray())) {
                LOG.info(() -> "Created the first administrator '" + config.adminUsername().get() + "'.");
            }
        }
    }

    private void importCourses(ServletContext context) {
        Path dir = config.coursesDir().orElseGet(() -> {
            String real = context.getRealPath(COURSES_IN_WAR);
            return real == null ? null : Path.of(real);
        });
        if (dir == null || !Files.isDirectory(dir)) {
            LOG.warning(() -> "No courses folder found (" + ConfigKeys.COURSES_DIR + "); nothing imported.");
            return;
        }
        catalog.importDirectory(dir);
    }

    private void migrate() {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private String banner(long millis) {
        StringBuilder sb = new StringBuilder("\n==================================================\n")
                .append(" Grassroots Academy 基层学院 is ready (").append(millis).append(" ms)\n")
                .append(" Open: ").append(config.publicUrl()).append('\n')
                .append(" Data: ").append(config.isH2() ? config.dataDir() : config.dbUrl())
                .append('\n');
        if (config.demoMode()) {
            sb.append(" Demo accounts (password ").append(DemoSeeder.DEMO_PASSWORD).append("):\n");
            sb.append(DemoSeeder.ACCOUNTS.stream()
                    .map(a -> String.format("   %-18s %-10s %s", a.username(), a.role(), a.scope()))
                    .collect(Collectors.joining("\n")));
            sb.append('\n');
        }
        return sb.append("==================================================").toString();
    }
}
