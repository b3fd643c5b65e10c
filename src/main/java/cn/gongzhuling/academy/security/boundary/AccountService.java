package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.control.PasswordHasher;
import cn.gongzhuling.academy.security.entity.Account;
import cn.gongzhuling.academy.security.entity.Role;
import cn.gongzhuling.academy.security.entity.RoleGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts, their role grants and the caller's identity. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final int PASSWORD_MIN = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    private PasswordHasher hasher;

    PasswordHasher hasher() {
        if (hasher == null) {
            hasher = new PasswordHasher(config.passwordIterations());
        }
        return hasher;
    }

    /** Roles and scope paths of an active account, in two indexed queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Caller loadCaller(String username) {
        List<Object[]> ids = em.createQuery("select a.id, p.id from Account a left join a.person p "
                        + "where a.username = :u and a.active = :active", Object[].class)
                .setParameter("u", username).setParameter("active", true).getResultList();
        if (ids.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        Long accountId = (Long) ids.get(0)[0];
        Long personId = (Long) ids.get(0)[1];
        List<Object[]> rows = em.createQuery("select g.role, s.path from RoleGrant g left join g.scope s "
                        + "where g.account.id = :a", Object[].class)
                .setParameter("a", accountId).getResultList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Map<Role, List<String>> scopes = new EnumMap<>(Role.class);
        for (Object[] row : rows) {
            Role role = (Role) row[0];
            roles.add(role);
            if (row[1] != null) {
                scopes.computeIfAbsent(role, r -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return new Caller(username, accountId, personId, roles, scopes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findForPerson(Long personId) {
        return em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleGrant> grantsOf(Long accountId) {
        return em.createQuery("select g from RoleGrant g left join fetch g.scope where g.account.id = :a "
                + "order by g.role", RoleGrant.class).setParameter("a", accountId).getResultList();
    }

    /** Creates a login for a person; every account can learn, so it starts as a trainee. */
    public Account createAccount(String username, char[] password, Person person) {
        requireAdmin();
        return createAccountUnchecked(username, password, person);
    }

    Account createAccountUnchecked(String username, char[] password, Person person) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(Account.USERNAME_PATTERN) || name.length() > Account.USERNAME_MAX) {
            throw new BusinessException("account.error.username");
        }
        if (findByUsername(name).isPresent()) {
            throw new BusinessException("account.error.usernameTaken", name);
        }
        if (person != null && findForPerson(person.getId()).isPresent()) {
            throw new BusinessException("account.error.personHasAccount");
        }
        checkPassword(password);
        LocalDateTime now = LocalDateTime.now(clock);
        Account account = new Account(name, hasher().hash(password), person, now);
        account.grant(Role.TRAINEE, null, actor(), now);
        em.persist(account);
        em.flush();
        audit.record("ACCOUNT_CREATED", "Account", account.getId(), name);
        return account;
    }

    public RoleGrant grant(Long accountId, Role role, OrgUnit scope) {
        requireAdmin();
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("error.notFound");
        }
        if (role.isScoped() && scope == null) {
            throw new BusinessException("grant.error.scopeRequired");
        }
        boolean exists = account.getGrants().stream().anyMatch(g -> g.getRole() == role
                && (g.getScope() == null ? scope == null : scope != null && g.getScope().getId().equals(scope.getId())));
        if (exists) {
            throw new BusinessException("grant.error.duplicate");
        }
        RoleGrant grant = account.grant(role, scope, actor(), LocalDateTime.now(clock));
        em.flush();
        audit.record("GRANT_ADDED", "Account", accountId,
                role + (grant.getScope() == null ? "" : " @ " + grant.getScope().getCode()));
        return grant;
    }

    public void revoke(Long grantId) {
        requireAdmin();
        RoleGrant grant = em.find(RoleGrant.class, grantId);
        if (grant == null) {
            throw new BusinessException("error.notFound");
        }
        Account account = grant.getAccount();
        if (grant.getRole() == Role.ADMIN && account.getUsername().equals(currentUser.getUsername())) {
            throw new BusinessException("grant.error.ownAdmin");
        }
        account.getGrants().remove(grant);
        audit.record("GRANT_REVOKED", "Account", account.getId(),
                grant.getRole() + (grant.getScope() == null ? "" : " @ " + grant.getScope().getCode()));
    }

    public void resetPassword(Long accountId, char[] password) {
        requireAdmin();
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("error.notFound");
        }
        checkPassword(password);
        account.setPasswordHash(hasher().hash(password));
        audit.record("PASSWORD_RESET", "Account", accountId, account.getUsername());
    }

    public void setActive(Long accountId, boolean active) {
        requireAdmin();
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("error.notFound");
        }
        if (!active && account.getUsername().equals(currentUser.getUsername())) {
            throw new BusinessException("account.error.deactivateSelf");
        }
        account.setActive(active);
        audit.record(active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED", "Account", accountId, account.getUsername());
    }

    /** Remembers the caller's language choice on their account. */
    public void rememberLocale(String languageTag) {
        String name = currentUser.getUsername();
        if (!name.isEmpty()) {
            findByUsername(name).ifPresent(a -> a.setLocale(languageTag));
        }
    }

    /** Demo mode only: creates a demo login with its grants, skipping the admin check. */
    public Account createDemoAccount(String username, char[] password, Person person, Role role, OrgUnit scope) {
        if (!config.demoMode()) {
            throw new IllegalStateException("demo accounts exist only in demo mode");
        }
        Account account = createAccountUnchecked(username, password, person);
        if (role != Role.TRAINEE) {
            account.grant(role, scope, AuditLog.SYSTEM, LocalDateTime.now(clock));
        }
        return account;
    }

    /**
     * Trainee logins for many demo people at once (the demo history's cadres, so reminders reach
     * someone): username "cadre." + staff number, one password hash computed once and shared, since
     * 200 PBKDF2 hashes would add a minute to the first start. Demo mode only; returns how many.
     */
    public int createDemoTraineeAccounts(List<Person> people, char[] password) {
        if (!config.demoMode()) {
            throw new IllegalStateException("demo accounts exist only in demo mode");
        }
        String hash = hasher().hash(password);
        LocalDateTime now = LocalDateTime.now(clock);
        int created = 0;
        for (Person person : people) {
            String name = "cadre." + person.getStaffNo().toLowerCase(java.util.Locale.ROOT);
            if (!name.matches(Account.USERNAME_PATTERN) || findForPerson(person.getId()).isPresent()
                    || findByUsername(name).isPresent()) {
                continue;
            }
            Account account = new Account(name, hash, person, now);
            account.grant(Role.TRAINEE, null, AuditLog.SYSTEM, now);
            em.persist(account);
            created++;
        }
        return created;
    }

    /** With demo mode off, demo logins (if a demo run seeded them) are deactivated; start-up only. */
    public int retireDemoAccounts(List<String> usernames) {
        if (currentUser.isLoggedIn()) {
            throw new NotInScopeException();
        }
        int retired = 0;
        for (String name : usernames) {
            Optional<Account> account = findByUsername(name).filter(Account::isActive);
            if (account.isPresent()) {
                account.get().setActive(false);
                audit.record("ACCOUNT_DEACTIVATED", "Account", account.get().getId(), name + " (demo mode off)");
                retired++;
            }
        }
        return retired;
    }

    /** With demo mode off: the first admin comes from configuration, once. */
    public boolean ensureAdmin(String username, char[] password) {
        Long admins = em.createQuery("select count(g) from RoleGrant g where g.role = :r and g.account.active = :yes",
                        Long.class)
                .setParameter("r", Role.ADMIN).setParameter("yes", true).getSingleResult();
        if (admins > 0) {
            return false;
        }
        String name = LoginService.normalise(username);
        Account account = findByUsername(name).orElseGet(() -> createAccountUnchecked(name, password, null));
        account.setActive(true);
        account.setPasswordHash(hasher().hash(password));
        if (account.getGrants().stream().noneMatch(g -> g.getRole() == Role.ADMIN)) {
            account.grant(Role.ADMIN, null, AuditLog.SYSTEM, LocalDateTime.now(clock));
        }
        audit.record("GRANT_ADDED", "Account", account.getId(), "ADMIN (configured first admin)");
        return true;
    }

    private void checkPassword(char[] password) {
        if (password == null || password.length < PASSWORD_MIN) {
            throw new BusinessException("account.error.passwordShort", PASSWORD_MIN);
        }
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
    }

    private String actor() {
        return currentUser.isLoggedIn() ? currentUser.getUsername() : AuditLog.SYSTEM;
    }
}
