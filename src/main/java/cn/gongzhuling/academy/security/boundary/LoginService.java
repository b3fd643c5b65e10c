package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.security.control.PasswordHasher;
import cn.gongzhuling.academy.security.control.ThrottlePolicy;
import cn.gongzhuling.academy.security.entity.Account;
import cn.gongzhuling.academy.security.entity.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Checks a user name and password with throttling. Failures are counted per
 * typed user name and per client address, whether or not the account exists,
 * so the answer never reveals which names are real.
 */
@ApplicationScoped
public class LoginService {

    /** Outcome of one login attempt. */
    public enum Outcome { SUCCESS, INVALID, THROTTLED }

    /** A locked client address tolerates more failures than a single name (shared NAT at a street office). */
    private static final int ADDRESS_FACTOR = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    private PasswordHasher hasher;
    private ThrottlePolicy userPolicy;
    private ThrottlePolicy addressPolicy;
    private String dummyHash;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(config.passwordIterations());
        Duration window = Duration.ofMinutes(config.loginWindowMinutes());
        Duration lock = Duration.ofMinutes(config.loginLockMinutes());
        userPolicy = new ThrottlePolicy(config.loginMaxFailures(), window, lock);
        addressPolicy = new ThrottlePolicy(config.loginMaxFailures() * ADDRESS_FACTOR, window, lock);
        dummyHash = hasher.hash("not-a-password".toCharArray());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, char[] password, String clientAddress) {
        String name = normalise(username);
        LocalDateTime now = LocalDateTime.now(clock);
        LoginThrottle byName = row("u:" + name, now);
        LoginThrottle byAddress = row("a:" + clientAddress, now);
        if (userPolicy.isLocked(byName, now) || addressPolicy.isLocked(byAddress, now)) {
            return Outcome.THROTTLED;
        }
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", name).getResultStream().findFirst().orElse(null);
        // Hash even for unknown names so timing does not reveal which accounts exist.
        boolean valid = hasher.verify(password, account == null ? dummyHash : account.getPasswordHash())
                && account != null && account.isActive();
        if (valid) {
            byName.setFailures(0);
            byName.setLockedUntil(null);
            if (hasher.needsRehash(account.getPasswordHash())) {
                account.setPasswordHash(hasher.hash(password));
            }
            return Outcome.SUCCESS;
        }
        boolean locked = userPolicy.recordFailure(byName, now);
        locked |= addressPolicy.recordFailure(byAddress, now);
        return locked ? Outcome.THROTTLED : Outcome.INVALID;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isThrottled(String username, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        return userPolicy.isLocked(em.find(LoginThrottle.class, "u:" + normalise(username)), now)
                || addressPolicy.isLocked(em.find(LoginThrottle.class, "a:" + clientAddress), now);
    }

    public int lockMinutes() {
        return config.loginLockMinutes();
    }

    private LoginThrottle row(String key, LocalDateTime now) {
        String bounded = key.length() > 120 ? key.substring(0, 120) : key;
        LoginThrottle row = em.find(LoginThrottle.class, bounded, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginThrottle(bounded, now);
            em.persist(row);
        }
        return row;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
