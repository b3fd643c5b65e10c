package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.certification.boundary.DemoCertificates;
import cn.gongzhuling.academy.field.boundary.FieldDemoSeeder;
import cn.gongzhuling.academy.organization.boundary.DemoOrganizationSeeder;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.entity.AppSetting;
import cn.gongzhuling.academy.security.boundary.AccountService;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Seeds the demo world exactly once (guarded by an app_setting row written in the same transaction). */
@ApplicationScoped
public class DemoSeeder {

    public static final String SEEDED_KEY = "demo.seeded";
    public static final String DEMO_PASSWORD = "demo2026";
    /** Demo certificates need the imported courses, so they are seeded after the import, once. */
    public static final String CERTIFICATES_SEEDED_KEY = "demo.certificates.seeded";

    /** Demo logins shown on the console and in the README: user name, role, scope. */
    public record DemoAccount(String username, Role role, String scope) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", Role.ADMIN, "-"),
            new DemoAccount("organizer", Role.ORGANIZER, "GZL"),
            new DemoAccount("organizer.tiebei", Role.ORGANIZER, "TIEBEI"),
            new DemoAccount("instructor", Role.INSTRUCTOR, "GZL"),
            new DemoAccount("trainee", Role.TRAINEE, "DONGFENG-G1"));

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoOrganizationSeeder organization;

    @Inject
    AccountService accounts;

    @Inject
    FieldDemoSeeder field;

    @Inject
    Clock clock;

    @Inject
    DemoCertificates certificates;

    /** Returns true when this call seeded, false when the data was already there. */
    @Transactional
    public boolean seedOnce() {
        if (em.find(AppSetting.class, SEEDED_KEY, LockModeType.PESSIMISTIC_WRITE) != null) {
            return false;
        }
        Map<String, OrgUnit> units = organization.seed();
        OrgUnit city = units.get("GZL");
        Person admin = organization.staff("GZL-A001", "赵晓明", "Xiaoming Zhao", city, Position.TRAINING_OFFICER);
        Person organizer = organization.staff("GZL-O001", "孙丽华", "Lihua Sun", city, Position.TRAINING_OFFICER);
        Person streetOrganizer = organization.staff("GZL-O002", "姜文博", "Wenbo Jiang", units.get("TIEBEI"),
                Position.TRAINING_OFFICER);
        Person instructor = organization.staff("GZL-I001", "韩雪梅", "Xuemei Han", city, Position.TRAINER);
        Person trainee = organization.firstIn("DONGFENG-G1", Position.GRID_WORKER);
        char[] password = DEMO_PASSWORD.toCharArray();
        accounts.createDemoAccount("admin", password, admin, Role.ADMIN, null);
        accounts.createDemoAccount("organizer", password, organizer, Role.ORGANIZER, city);
        accounts.createDemoAccount("organizer.tiebei", password, streetOrganizer, Role.ORGANIZER, units.get("TIEBEI"));
        accounts.createDemoAccount("instructor", password, instructor, Role.INSTRUCTOR, city);
        accounts.createDemoAccount("trainee", password, trainee, Role.TRAINEE, null);
        field.seed();
        em.persist(new AppSetting(SEEDED_KEY, LocalDateTime.now(clock).toString()));
        return true;
    }

    /** Seeds the demo certificates once, after the courses were imported; 0 when already seeded. */
    @Transactional
    public int seedCertificatesOnce() {
        if (em.find(AppSetting.class, CERTIFICATES_SEEDED_KEY, LockModeType.PESSIMISTIC_WRITE) != null) {
            return 0;
        }
        int created = certificates.seed();
        if (created > 0) {
            em.persist(new AppSetting(CERTIFICATES_SEEDED_KEY, LocalDateTime.now(clock).toString()));
        }
        return created;
    }
}
